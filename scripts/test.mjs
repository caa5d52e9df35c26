#!/usr/bin/env node
// `pnpm test`: make sure the system tools the tests drive are present, build, run every
// vitest project in one run, and close with one plain summary line for CI.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const REPORT = ".vitest-report.json";
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
const status = run("pnpm", [
  "exec",
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${REPORT}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(REPORT, "utf8"));
  passed = report.numPassedTests;
  // A test file that failed to load has no failed test of its own: count it once.
  const brokenFiles = report.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
  failed = report.numFailedTests + brokenFiles.length;
} catch {
  failed = 1;
}
console.log(`vitest: ${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
