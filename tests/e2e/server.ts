import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort } from "../support/browser.js";

/** The web app's folder, and vite's CLI as installed for it. */
export const WEB_DIR = fileURLToPath(new URL("../../apps/web/", import.meta.url));
const VITE = fileURLToPath(new URL("../../apps/web/node_modules/vite/bin/vite.js", import.meta.url));

const run = (args: string[]) =>
  new Promise<void>((resolve, reject) => {
    // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: "production" };
    const child = spawn(process.execPath, [VITE, ...args], { cwd: WEB_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite ${args.join(" ")} failed (${code}):\n${output}`))));
  });

/**
 * `vite build` of apps/web, the same build `pnpm start` serves; into `outDir` when given, so
 * test files running side by side do not build over each other.
 */
export const buildWeb = (outDir?: string) => run(["build", "--logLevel", "warn", ...(outDir ? ["--outDir", outDir, "--emptyOutDir"] : [])]);

export interface Preview {
  url: string;
  stop: () => Promise<void>;
}

/** `vite preview` of the built app (from `outDir` when given) on a free port, or `port`; stopped through its own process handle. */
export const startPreview = async (options: { outDir?: string; port?: number } = {}): Promise<Preview> => {
  const port = options.port ?? (await freePort());
  const args = [
    "preview",
    "--host",
    "127.0.0.1",
    "--strictPort",
    "--port",
    String(port),
    ...(options.outDir ? ["--outDir", options.outDir] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, [VITE, ...args], {
    cwd: WEB_DIR,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error("vite preview did not start within 30 s");
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
};
