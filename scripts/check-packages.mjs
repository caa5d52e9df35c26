#!/usr/bin/env node
// Checks that every publishable package is one a stranger can install: packs each with
// pnpm (as `pnpm publish` would), then checks the tarball: a clean package.json (no
// "@mlsd/source" condition, no workspace: ranges), the required fields, publint and
// "Are the types wrong?" (esm-only profile).
//
//   node scripts/check-packages.mjs          check (exit 1 on a problem)
//   node scripts/check-packages.mjs --fix    rewrite each publishConfig.exports from exports
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Folders under packages/ that are published to npm. */
export const PUBLISHED = ["core", "scene", "layout", "svg", "react", "element", "pdf", "catalog", "interop", "cli", "collab", "server"];
const SOURCE_CONDITION = "@mlsd/source";
const require = createRequire(join(ROOT, "tests", "package.json"));

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

/** The exports map with the workspace-only condition removed: what npm users see. */
export const stripSourceCondition = (exports) => {
  if (typeof exports !== "object" || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, value]) => [key, stripSourceCondition(value)]),
  );
};

/** Problems with the package.json in the workspace (before packing). */
export const manifestProblems = (dir) => {
  const pkg = readJson(join(dir, "package.json"));
  const problems = [];
  const need = (ok, text) => ok || problems.push(text);
  need(pkg.type === "module", 'type must be "module" (the packages are ESM)');
  need(typeof pkg.license === "string" && existsSync(join(dir, "LICENSE")), "license field and a LICENSE file");
  need(pkg.engines?.node, "engines.node");
  need(pkg.sideEffects !== undefined, "sideEffects (false, or the list of files with side effects)");
  need(Array.isArray(pkg.files) && pkg.files.includes("dist"), 'files must list "dist"');
  need(existsSync(join(dir, "README.md")), "a README.md with a working example");
  need(pkg.publishConfig?.access === "public", 'publishConfig.access "public" (a scoped package is private by default)');
  const root = pkg.exports?.["."];
  need(root && typeof root === "object" && root.types && root.default, 'exports["."] with "types" and "default"');
  need(!Object.keys(pkg.exports ?? {}).some((k) => k.includes("*")), "no wildcard subpaths in exports");
  need(
    JSON.stringify(pkg.publishConfig?.exports) === JSON.stringify(stripSourceCondition(pkg.exports)),
    "publishConfig.exports must equal exports without the @mlsd/source condition (run node scripts/check-packages.mjs --fix)",
  );
  // A library shares the page's React; a command (with "bin") brings its own.
  if (!pkg.bin)
    for (const dep of ["react", "react-dom"]) need(!pkg.dependencies?.[dep], `${dep} must be a peer dependency, not a dependency`);
  return problems;
};

/** `pnpm pack` one package into `dest`; returns the tarball's path. */
export const pack = (dir, dest) => {
  const out = execFileSync("pnpm", ["pack", "--pack-destination", dest, "--json"], { cwd: dir, encoding: "utf8" });
  const info = JSON.parse(out.slice(out.indexOf("{")));
  return info.filename.startsWith("/") ? info.filename : join(dest, info.filename);
};

/** The files of a .tgz as a map path → text (enough for package.json and listings). */
export const untar = (tarball) => {
  const data = gunzipSync(readFileSync(tarball));
  const files = new Map();
  for (let at = 0; at + 512 <= data.length; ) {
    const name = data.toString("utf8", at, at + 100).replace(/\0.*$/s, "");
    if (!name) break;
    const prefix = data.toString("utf8", at + 345, at + 500).replace(/\0.*$/s, "");
    const size = Number.parseInt(
      data
        .toString("utf8", at + 124, at + 136)
        .replace(/\0.*$/s, "")
        .trim() || "0",
      8,
    );
    const type = data.toString("utf8", at + 156, at + 157);
    const path = prefix ? `${prefix}/${name}` : name;
    if (type === "0" || type === "\0" || type === "") files.set(path, data.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
};

/** Problems with a packed tarball: its package.json, publint and attw. */
export const tarballProblems = async (tarball) => {
  const problems = [];
  const files = untar(tarball);
  const manifestText = files.get("package/package.json")?.toString("utf8") ?? "";
  const manifest = JSON.parse(manifestText || "{}");
  if (manifestText.includes(SOURCE_CONDITION)) problems.push(`the packed package.json still mentions "${SOURCE_CONDITION}"`);
  if (manifestText.includes("workspace:")) problems.push("the packed package.json still has workspace: ranges");
  for (const path of files.keys())
    if (/\.test\.|tsbuildinfo/.test(path)) problems.push(`the tarball ships a test or build-info file: ${path}`);
  for (const target of collectTargets(manifest.exports))
    if (!files.has(`package/${target.replace(/^\.\//, "")}`)) problems.push(`exports points at ${target}, which is not in the tarball`);

  const { publint } = await import(require.resolve("publint"));
  const { messages } = await publint({
    pkgDir: "package",
    pack: { files: [...files].map(([name, data]) => ({ name, data })) },
    level: "warning",
    strict: true,
  });
  const { formatMessage } = await import(require.resolve("publint/utils"));
  for (const m of messages) problems.push(`publint: ${formatMessage(m, manifest) ?? m.code}`);

  const attw = spawnSync(
    process.execPath,
    [
      require.resolve("@arethetypeswrong/cli/package.json").replace(/package\.json$/, "dist/index.js"),
      tarball,
      "--profile",
      "esm-only",
      "--format",
      "json",
    ],
    { encoding: "utf8" },
  );
  if (attw.status !== 0) {
    let detail = attw.stderr.trim() || attw.stdout.trim();
    try {
      const report = JSON.parse(attw.stdout);
      detail =
        (report.analysis?.problems ?? [])
          .map((p) => `${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ""}${p.resolutionKind ? ` (${p.resolutionKind})` : ""}`)
          .join("; ") || detail;
    } catch {}
    problems.push(`attw: ${detail.slice(0, 2000)}`);
  }
  return problems;
};

const collectTargets = (exports) => {
  if (typeof exports === "string") return [exports];
  if (typeof exports !== "object" || exports === null) return [];
  return Object.values(exports).flatMap(collectTargets);
};

const fix = () => {
  for (const name of PUBLISHED) {
    const file = join(ROOT, "packages", name, "package.json");
    const text = readFileSync(file, "utf8");
    const pkg = JSON.parse(text);
    const exports = stripSourceCondition(pkg.exports);
    if (JSON.stringify(pkg.publishConfig?.exports) === JSON.stringify(exports) && pkg.publishConfig?.access === "public") continue;
    pkg.publishConfig = { ...pkg.publishConfig, access: "public", exports };
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    console.log(`updated publishConfig of packages/${name}/package.json`);
  }
};

const main = async () => {
  if (process.argv.includes("--fix")) return fix();
  const dest = mkdtempSync(join(tmpdir(), "mlsd-pack-"));
  let failed = 0;
  try {
    for (const name of PUBLISHED) {
      const dir = join(ROOT, "packages", name);
      const problems = manifestProblems(dir);
      if (!existsSync(join(dir, "dist"))) problems.push("no dist: run pnpm build first");
      else problems.push(...(await tarballProblems(pack(dir, dest))));
      failed += problems.length ? 1 : 0;
      console.log(problems.length ? `✗ @mlsd/${name}\n${problems.map((p) => `    ${p}`).join("\n")}` : `✓ @mlsd/${name}`);
    }
  } finally {
    rmSync(dest, { recursive: true, force: true });
  }
  if (failed) {
    console.error(`${failed} package(s) are not ready to publish.`);
    process.exit(1);
  }
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
