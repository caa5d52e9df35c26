#!/usr/bin/env node
// The public surface of each publishable package, read from its built .d.ts entry files:
// every exported name of every subpath (each entry of the package's "exports" map with
// types) with its release tag (@public, @beta or @internal, from its TSDoc) and its
// declaration, doc comments removed. Checked in under tests/api-report/ and compared by
// tests/packaging/api-report.test.ts, so the surface changes only on purpose; the same test
// fails on an export without a TSDoc comment or a release tag (`apiProblems`).
//
//   node scripts/api-report.mjs            print which reports differ (exit 1 if any)
//   node scripts/api-report.mjs --update   rewrite the reports (after `pnpm build`)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PUBLISHED = ["core", "scene", "layout", "svg", "react", "element", "pdf", "catalog", "interop", "cli", "collab", "server"];
/** The release tags an export may carry, as API Extractor names them. */
export const RELEASE_TAGS = ["public", "beta", "alpha", "internal"];
export const REPORTS = join(ROOT, "tests", "api-report");

// TypeScript 7 has no JS API; the compiler API of the 5.x that "Are the types wrong?" ships
// reads .d.ts files just as well.
const fromTests = createRequire(join(ROOT, "tests", "package.json"));
const attwCli = createRequire(fromTests.resolve("@arethetypeswrong/cli/package.json"));
const ts = createRequire(attwCli.resolve("@arethetypeswrong/core"))("typescript");

const typeEntries = (pkg) =>
  Object.entries(pkg.exports ?? {})
    .filter(([, v]) => typeof v === "object" && v?.types)
    .map(([subpath, v]) => [subpath, v.types]);

const stripComments = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "")
    .join("\n");

/** The statement that carries a declaration's doc comment (`export declare const a` for `a`). */
const documented = (decl) => (ts.isVariableDeclaration(decl) ? decl.parent.parent : decl);

/** The release tags in a declaration's TSDoc, and whether it has a doc comment at all. */
const docOf = (decl) => {
  const node = documented(decl);
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const tags = docs.flatMap((d) => d.tags ?? []).map((t) => t.tagName.text);
  return { documented: docs.length > 0, release: tags.filter((t) => RELEASE_TAGS.includes(t)) };
};

const declarationText = (decl) => {
  // `const a: T` lives in a statement that carries `export declare const`.
  const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
  const sf = node.getSourceFile();
  const indent = " ".repeat(sf.getLineAndCharacterOfPosition(node.getStart()).character);
  return stripComments(
    node
      .getText()
      .split("\n")
      .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
      .join("\n"),
  );
};

/** Every exported symbol of every typed subpath of one package, or null when it has no built types. */
const exportsOf = (name) => {
  const dir = join(ROOT, "packages", name);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const entries = typeEntries(pkg).map(([subpath, types]) => [subpath, join(dir, types)]);
  if (!entries.length || entries.some(([, file]) => !existsSync(file))) return null;
  const program = ts.createProgram(
    entries.map(([, f]) => f),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  const subpaths = entries.map(([subpath, file]) => {
    const sf = program.getSourceFile(file);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const symbols = [...exports]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((exp) => {
        const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
        const decls = (target.declarations ?? []).filter((d) => !ts.isSourceFile(d));
        // Overloads and merged declarations: the first documented one speaks for the name.
        const docs = decls.map(docOf);
        const doc = docs.find((d) => d.documented) ?? { documented: false, release: [] };
        return { name: exp.name, decls, doc };
      });
    return { subpath, symbols };
  });
  return { pkg, subpaths };
};

/** The report of one package as Markdown, or null when it has no built types. */
export const apiReport = (name) => {
  const surface = exportsOf(name);
  if (!surface) return null;
  let out = `# ${surface.pkg.name}: public API\n\nGenerated by \`node scripts/api-report.mjs --update\` from the built .d.ts files. Do not edit.\n`;
  for (const { subpath, symbols } of surface.subpaths) {
    out += `\n## "${subpath}"\n`;
    if (!symbols.length) out += "\n(no exports)\n";
    for (const { name: exported, decls, doc } of symbols) {
      const text = decls.map(declarationText).join("\n");
      const tag = doc.release.length ? doc.release.map((t) => `@${t}`).join(" ") : "(no release tag)";
      out += `\n### ${exported}\n\n${tag}\n\n\`\`\`ts\n${text || "(declared elsewhere)"}\n\`\`\`\n`;
    }
  }
  return out;
};

/** Exports of one package without a TSDoc comment, or without exactly one release tag. */
export const apiProblems = (name) => {
  const surface = exportsOf(name);
  if (!surface) return [`@mlsd/${name} has no built types (run pnpm build)`];
  return surface.subpaths.flatMap(({ subpath, symbols }) =>
    symbols.flatMap(({ name: exported, doc }) => {
      const where = `${surface.pkg.name} "${subpath}" ${exported}`;
      if (!doc.documented) return [`${where}: no TSDoc comment`];
      if (doc.release.length !== 1) return [`${where}: ${doc.release.length ? "more than one release tag" : "no release tag"}`];
      return [];
    }),
  );
};

export const reportPath = (name) => join(REPORTS, `${name}.api.md`);

const main = () => {
  const update = process.argv.includes("--update");
  let differs = 0;
  mkdirSync(REPORTS, { recursive: true });
  for (const name of PUBLISHED) {
    const report = apiReport(name);
    if (report === null) {
      console.log(`- @mlsd/${name}: no built types (run pnpm build)`);
      differs++;
      continue;
    }
    const file = reportPath(name);
    const same = existsSync(file) && readFileSync(file, "utf8") === report;
    if (update && !same) writeFileSync(file, report);
    if (!same) differs++;
    console.log(`${same ? "✓" : update ? "updated" : "✗ differs:"} @mlsd/${name}`);
    for (const problem of apiProblems(name)) console.log(`    ${problem}`);
  }
  if (differs && !update) process.exit(1);
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
