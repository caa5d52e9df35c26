import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium.mjs";
import { DEFAULT_VIEWPORT } from "./e2e/support/viewports.js";
import { freePort } from "./support/port.js";

/**
 * The editor end to end (tests/e2e/README.md): `vite preview` of the built apps/web, driven
 * in this machine's Chromium. `pnpm test` runs it after vitest and counts both;
 * `pnpm test:e2e` runs it alone.
 */
const ROOT = fileURLToPath(new URL("..", import.meta.url));

// One free port per run, picked by the runner; its workers load this file again and
// inherit the choice through the environment. Set MLSD_E2E_PORT to pick it yourself.
process.env.MLSD_E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.MLSD_E2E_PORT);
const BASE_URL = `http://127.0.0.1:${PORT}/`;

/** Playwright's JSON report, read by scripts/test.mjs for the closing summary line. */
export const REPORT = `${ROOT}.playwright-report.json`;

export default defineConfig({
  testDir: "./e2e/specs",
  testMatch: "**/*.spec.ts",
  outputDir: `${ROOT}test-results/e2e`,
  fullyParallel: true,
  // Two cores: one Chromium per worker, the preview server and the PDF export share them.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: REPORT }]],
  use: {
    baseURL: BASE_URL,
    viewport: DEFAULT_VIEWPORT,
    colorScheme: "light",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    // turbo rebuilds the app only when a source changed (`pnpm test` has just built it), and
    // the `mlsd` command with the copy of the app `mlsd serve` serves (rooms.spec.ts).
    command: `pnpm exec turbo run build --filter=@mlsd/web... --filter=@mlsd/cli... --output-logs=errors-only && cd apps/web && exec node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --strictPort --port ${PORT}`,
    cwd: ROOT,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 300_000,
    env: { TURBO_TELEMETRY_DISABLED: "1" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
