import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The web app's folder, and vite's CLI as installed for it. */
export const WEB_DIR = fileURLToPath(new URL("../../apps/web/", import.meta.url));
const VITE = fileURLToPath(new URL("../../apps/web/node_modules/vite/bin/vite.js", import.meta.url));

/**
 * `vite build` of apps/web with the app's own config (the build `pnpm start` serves) into
 * `outDir`, so a test measures the sources as they are, never a stale dist.
 */
export const buildWeb = (outDir: string) =>
  new Promise<void>((resolve, reject) => {
    // vitest sets NODE_ENV=test, which would make vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: "production" };
    const args = [VITE, "build", "--logLevel", "warn", "--outDir", outDir, "--emptyOutDir"];
    const child = spawn(process.execPath, args, { cwd: WEB_DIR, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite build of apps/web failed (${code}):\n${output}`))));
  });
