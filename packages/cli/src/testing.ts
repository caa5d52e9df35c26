// Helpers for the command tests; not part of the published package (see "files" in package.json).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { main } from "./main.js";

/** Runs `mlsd …args` in-process and returns its exit code and everything it printed. */
export const run = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["node", "mlsd", ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(""), err: err.join("") };
};

/**
 * A temporary folder for one test file: made before its tests, removed after them. Call at
 * the top of the file; hooks registered later run after the folder exists.
 */
export const tempDir = (prefix: string): (() => string) => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return () => dir;
};
