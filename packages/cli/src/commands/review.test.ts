import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Document, NodeId, serializeDocument, starterDocument } from "@mlsd/core";
import { RULES } from "@mlsd/core/review";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";

const dir = tempDir("mlsd-review-");
const write = async (name: string, doc: Document | string) => {
  const file = join(dir(), name);
  await writeFile(file, typeof doc === "string" ? doc : serializeDocument(doc));
  return file;
};

/** The starter: a model served online with no evaluation and no monitoring (two errors). */
const starter = (extra: Partial<Document> = {}): Document => ({ ...starterDocument("Starter"), ...extra });
const ERRORS = ["modeling/no-evaluation", "serving/no-monitoring"];

describe("mlsd review", () => {
  it("prints findings grouped by severity with rule ids and nodes, and exits 1 on errors", async () => {
    const file = await write("starter.mlsd.json", starter());
    const { code, out } = await run("review", file);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(/^.*starter\.mlsd\.json: 2 errors, \d+ warnings, 1 info, 0 suppressed$/);
    const at = (heading: string) => lines.indexOf(`  ${heading}`);
    expect(at("errors")).toBe(1);
    expect(at("warnings")).toBeGreaterThan(at("errors"));
    expect(at("info")).toBeGreaterThan(at("warnings"));
    expect(out).toContain('    serving/no-monitoring: nothing watches the predictions of "Prediction service"  [online-service]\n');
    expect(lines.slice(at("errors") + 1, at("warnings")).map((l) => l.trim().split(":")[0])).toEqual(ERRORS);
  });

  it("shows suppressed findings apart, with their reasons, and passes once every error is suppressed", async () => {
    const suppressions = [
      { rule: "modeling/no-evaluation", reason: "evaluated offline by the research team" },
      { rule: "serving/no-monitoring", node: NodeId("online-service"), reason: "watched by the\u001b[31m platform" },
    ];
    const file = await write("kept.mlsd.json", starter({ suppressions }));
    const { code, out } = await run("review", file);
    expect(code).toBe(0);
    expect(out).toMatch(/: 0 errors, \d+ warnings, 1 info, 2 suppressed\n/);
    const kept = out.slice(out.indexOf("  suppressed\n"));
    expect(kept).toContain("    modeling/no-evaluation (error): ");
    expect(kept).toContain("      reason: evaluated offline by the research team\n");
    // The escape character in the reason is shown escaped, never sent to the terminal.
    expect(kept).toContain("reason: watched by the\\x1b[31m platform");
    expect(out).not.toContain("\u001b");
    expect(out.indexOf("  suppressed")).toBeGreaterThan(out.indexOf("  info"));
  });

  it("says so when a design has no findings, and explains findings on request", async () => {
    const empty = await write("empty.mlsd.json", { ...starter(), nodes: [], edges: [] });
    expect(await run("review", empty)).toMatchObject({ code: 0, out: `${empty}: no findings\n` });
    const file = await write("explain.mlsd.json", starter());
    const { out } = await run("review", "--explain", file);
    const monitoring = RULES.find((r) => r.id === "serving/no-monitoring")!;
    expect(out).toContain(`      why: ${monitoring.why}\n      fix: ${monitoring.hint}\n`);
  });

  it("prints JSON with the summary and findings of every file", async () => {
    const file = await write(
      "json.mlsd.json",
      starter({ suppressions: [{ rule: "modeling/no-baseline", reason: "heuristics came first" }] }),
    );
    const { code, out } = await run("review", "--format", "json", file);
    expect(code).toBe(1);
    const [result] = JSON.parse(out);
    expect(result).toMatchObject({ file, valid: true, summary: { error: 2, suppressed: 1 } });
    expect(result.findings.find((f: { rule: string }) => f.rule === "modeling/no-baseline")).toMatchObject({
      severity: "warning",
      nodes: ["model"],
      suppressed: { reason: "heuristics came first" },
    });
  });

  it("reports invalid files as file: path: message, reviews the others and exits 1", async () => {
    const bad = await write("bad.mlsd.json", serializeDocument(starter()).replace('"label": "Model"', '"label": 42'));
    const good = await write("good.mlsd.json", { ...starter(), nodes: [], edges: [] });
    const { code, out, err } = await run("review", bad, good);
    expect(code).toBe(1);
    expect(err).toBe(`${bad}: nodes[2].label: expected a string, got 42\n`);
    expect(out).toContain(`${good}: no findings\n`);
    expect(out).toMatch(/\n2 files \(1 invalid\): 0 errors, 0 warnings, 0 info, 0 suppressed\n$/);
    const json = await run("review", "--format", "json", bad);
    expect(JSON.parse(json.out)).toEqual([
      { file: bad, valid: false, problems: [{ path: "nodes[2].label", message: "expected a string, got 42" }] },
    ]);
  });

  it("refuses an unknown format and a missing file argument; lists the rules", async () => {
    expect((await run("review", "--format", "xml", "x.mlsd.json")).code).toBe(2);
    expect((await run("review")).code).toBe(2);
    const { code, out } = await run("review", "--rules");
    expect(code).toBe(0);
    for (const r of RULES) expect(out).toContain(`${r.id} (${r.severity}): ${r.title}\n`);
  });
});
