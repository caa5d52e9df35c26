#!/usr/bin/env node
// `pnpm test`: make sure the system tools the tests drive are present, build, run every
// vitest project in one run, then the Playwright end-to-end suite (tests/e2e), and close
// with one plain summary line for CI that counts both. Arguments go to vitest.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const REPORT = ".vitest-report.json";
const E2E_REPORT = ".playwright-report.json";
const TOOLS = [
  ["/usr/bin/chromium", "chromium"],
  ["/usr/bin/pdftotext", "poppler-utils"],
  ["/usr/bin/qpdf", "qpdf"],
  // The scale-out tests start their own Redis (mlsd serve --redis).
  ["/usr/bin/redis-server", "redis-server"],
];

const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: "inherit", ...opts }).status ?? 1;

const missing = TOOLS.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    console.error(
      `missing system packages: ${missing.join(" ")}. Install them (Debian: apt-get install ${missing.join(" ")}) and run again.`,
    );
    process.exit(1);
  }
  console.log(`installing ${missing.join(" ")} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (run("apt-get", ["update", "-qq"], { env }) || run("apt-get", ["install", "-y", "-qq", ...missing], { env })) process.exit(1);
}

if (
  run("pnpm", ["exec", "turbo", "run", "build", "--output-logs=errors-only"], { env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } })
) {
  console.error("build failed");
  console.log("vitest: 0 passed, 1 failed");
  process.exit(1);
}

rmSync(REPORT, { force: true });
const vitestStatus = run("pnpm", [
  "exec",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${REPORT}`,
  ...process.argv.slice(2),
]);

/** vitest's counts; a test file that failed to load has no failed test of its own, so it counts once. */
const vitestCounts = () => {
  try {
    const report = JSON.parse(readFileSync(REPORT, "utf8"));
    const brokenFiles = report.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles.length };
  } catch {
    return { passed: 0, failed: 1 };
  }
};

rmSync(E2E_REPORT, { force: true });
// The config (tests/playwright.config.ts) writes the JSON report next to this script's.
const e2eStatus = run("pnpm", ["--dir", "tests", "exec", "playwright", "test"]);

/**
 * Playwright's counts: a test that passed only on a retry counts as failed, every error
 * outside a test (a spec file that does not load, a server that does not start) counts
 * once.
 */
const e2eCounts = () => {
  try {
    const { stats, errors } = JSON.parse(readFileSync(E2E_REPORT, "utf8"));
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky + errors.length };
  } catch {
    return { passed: 0, failed: 1 };
  }
};

/** A run that exited non-zero or ran no test counts as (at least) one failure, so the line never hides it. */
const settle = ({ passed, failed }, status) => ({ passed, failed: failed || (status !== 0 || passed === 0 ? 1 : 0) });

const unit = settle(vitestCounts(), vitestStatus);
const e2e = settle(e2eCounts(), e2eStatus);
console.log(`(vitest ${unit.passed} passed and ${unit.failed} failed; Playwright ${e2e.passed} passed and ${e2e.failed} failed)`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`vitest: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
