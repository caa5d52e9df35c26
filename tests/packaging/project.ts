import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PUBLISHED, pack, ROOT } from "../../scripts/check-packages.mjs";

/**
 * What a stranger installs for the examples: every publishable package but @mlsd/server,
 * whose native SQLite (better-sqlite3) would be compiled from source on a machine without
 * its prebuilt binaries; the server's tarball is still checked, and `mlsd serve` is tested
 * from the workspace (tests/server).
 */
const INSTALLED = ["core", "scene", "layout", "svg", "react", "element", "catalog", "pdf", "interop", "cli", "collab"];
/** The React the examples run with, from the npm registry like any other project. */
const REACT = "19.3.1";

export interface Project {
  dir: string;
  /** Every publishable package's tarball, by folder name. */
  tarballs: Record<string, string>;
  dispose(): void;
}

/**
 * Packs every publishable package with pnpm, then installs the ones the examples use with
 * npm into a fresh project under the system temp folder, outside the workspace, so nothing
 * resolves to the monorepo by accident.
 */
export const createProject = (): Project => {
  const dir = mkdtempSync(join(tmpdir(), "mlsd-stranger-"));
  const packs = join(dir, "tarballs");
  mkdirSync(packs);
  const tarballs: Record<string, string> = {};
  for (const name of PUBLISHED as string[]) tarballs[name] = pack(join(ROOT, "packages", name), packs);

  const dependencies: Record<string, string> = { react: REACT, "react-dom": REACT };
  const overrides: Record<string, string> = {};
  for (const name of INSTALLED) {
    dependencies[`@mlsd/${name}`] = `file:${tarballs[name]}`;
    // Our packages depend on each other by version: make npm take the local tarballs.
    overrides[`@mlsd/${name}`] = `$@mlsd/${name}`;
  }
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "mlsd-stranger", private: true, type: "module", dependencies, overrides }, null, 2)}\n`,
  );
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline=false", "--loglevel=error"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_workspaces: "false" },
  });
  return { dir, tarballs, dispose: () => rmSync(dir, { recursive: true, force: true }) };
};
