import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiProblems, apiReport, PUBLISHED, reportPath } from "../../scripts/api-report.mjs";

describe("public API reports", () => {
  it.each(PUBLISHED)("@mlsd/%s matches tests/api-report (update on purpose: pnpm api:update)", (name) => {
    const report = apiReport(name);
    expect(report, `@mlsd/${name} has no built .d.ts: run pnpm build`).not.toBeNull();
    expect(existsSync(reportPath(name)), `no checked-in report for @mlsd/${name}: run pnpm api:update`).toBe(true);
    // On a difference: check that the change to the public surface is intended, then run `pnpm api:update`.
    expect(report).toBe(readFileSync(reportPath(name), "utf8"));
  });

  it.each(PUBLISHED)("@mlsd/%s: every export has a TSDoc comment with one release tag (@public, @beta, @internal)", (name) => {
    expect(apiProblems(name)).toEqual([]);
  });
});
