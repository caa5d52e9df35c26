#!/usr/bin/env node
// Keeps the architecture honest: which workspace package may depend on which, no cycles
// between packages, and no React or DOM in the framework-free packages.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const ALLOWED = {
  "@mlsd/core": [],
  "@mlsd/scene": ["@mlsd/core"],
  "@mlsd/catalog": ["@mlsd/core"],
  "@mlsd/layout": ["@mlsd/core", "@mlsd/scene"],
  "@mlsd/svg": ["@mlsd/core", "@mlsd/scene"],
  "@mlsd/react": ["@mlsd/core", "@mlsd/scene", "@mlsd/svg", "@mlsd/layout"],
  "@mlsd/pdf": ["@mlsd/core", "@mlsd/scene", "@mlsd/layout", "@mlsd/catalog"],
  "@mlsd/element": ["@mlsd/core", "@mlsd/scene", "@mlsd/svg"],
  "@mlsd/cli": ["@mlsd/core", "@mlsd/scene", "@mlsd/layout", "@mlsd/svg", "@mlsd/catalog", "@mlsd/pdf"],
};
const NO_DOM = ["@mlsd/core", "@mlsd/scene", "@mlsd/layout", "@mlsd/svg", "@mlsd/catalog"];
const FORBIDDEN_IMPORTS = /from\s+["'](react|react-dom|@xyflow\/react)(\/[^"']*)?["']/;

const dirs = ["packages", "apps"].flatMap((d) => readdirSync(d).map((n) => join(d, n))).concat("tests");
const pkgs = new Map();
for (const dir of dirs) {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    pkgs.set(pkg.name, { dir, pkg });
  } catch {}
}
const problems = [];
const deps = (pkg) =>
  Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies }).filter((d) => d.startsWith("@mlsd/"));
for (const [name, { pkg }] of pkgs) {
  const mine = deps(pkg);
  if (ALLOWED[name]) {
    // Dev dependencies may reach further for tests, but never into apps.
    const runtime = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).filter((d) => d.startsWith("@mlsd/"));
    for (const d of runtime) if (!ALLOWED[name].includes(d)) problems.push(`${name} may not depend on ${d}`);
  }
  for (const d of mine) if (pkgs.get(d)?.pkg.private && d !== "@mlsd/tests") problems.push(`${name} may not depend on the app ${d}`);
}
// Cycles between packages through runtime dependencies.
const visit = (name, stack) => {
  if (stack.includes(name)) return problems.push(`package cycle: ${[...stack, name].join(" → ")}`);
  const entry = pkgs.get(name);
  if (!entry) return;
  for (const d of Object.keys({ ...entry.pkg.dependencies, ...entry.pkg.peerDependencies }).filter((x) => x.startsWith("@mlsd/")))
    visit(d, [...stack, name]);
};
for (const name of pkgs.keys()) visit(name, []);

const walk = (dir) =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
for (const name of NO_DOM) {
  const entry = pkgs.get(name);
  if (!entry) continue;
  for (const file of walk(join(entry.dir, "src"))) {
    if (file.includes(".test.") || file.includes("/generated/")) continue;
    const text = readFileSync(file, "utf8");
    if (FORBIDDEN_IMPORTS.test(text)) problems.push(`${file}: ${name} must not import React`);
    // Code that reaches for browser globals, not the word "window" in a document's text.
    if (
      /\b(window|navigator)\s*\.|\bdocument\s*\.\s*(createElement|body|querySelector|getElementById)\b/.test(text) &&
      !/worker/i.test(file)
    )
      problems.push(`${file}: ${name} must not touch the DOM`);
  }
}
if (problems.length) {
  console.error(problems.map((p) => `boundaries: ${p}`).join("\n"));
  process.exit(1);
}
console.log(`boundaries: ${pkgs.size} packages checked, arrows point down`);
