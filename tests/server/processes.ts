import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../support/port.js";

/** The `mlsd` command as installed in the workspace (its built dist). */
export const MLSD = fileURLToPath(new URL("../../packages/cli/bin/mlsd.js", import.meta.url));

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

const waitFor = async (ok: () => Promise<boolean>, what: string, child: ChildProcess, output: () => string) => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    if (await ok().catch(() => false)) return;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${what} did not start within 30 s:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
};

export interface Serve {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed on stdout (JSON lines) and stderr. */
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

/** `mlsd serve` as its own process on a free port of 127.0.0.1, ready when /healthz answers. */
export const startServe = async (data: string, extra: string[] = [], port?: number): Promise<Serve> => {
  const at = port ?? (await freePort());
  const child = spawn(process.execPath, [MLSD, "serve", "--port", String(at), "--data", data, "--save-delay", "200", ...extra], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => (stdout += d));
  child.stderr?.on("data", (d) => (stderr += d));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  const url = `http://127.0.0.1:${at}`;
  await waitFor(
    async () => (await fetch(`${url}/healthz`)).ok,
    "mlsd serve",
    child,
    () => stdout + stderr,
  );
  return { url, port: at, child, stdout: () => stdout, stderr: () => stderr, exited };
};

/** A Redis of our own on a free port, with no persistence; stop it with `child.kill()`. */
export const startRedis = async () => {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(
    async () => output.includes("Ready to accept connections"),
    "redis-server",
    child,
    () => output,
  );
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
};
