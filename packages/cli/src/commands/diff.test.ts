import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { getReference } from "@mlsd/catalog";
import { type Document, NodeId, removeNodes, renameIds, serializeDocument, updateNode } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";

const dir = tempDir("mlsd-diff-");
const write = async (name: string, doc: Document | string) => {
  const file = join(dir(), name);
  await writeFile(file, typeof doc === "string" ? doc : serializeDocument(doc));
  return file;
};

let reference: Document;
let original: string;
beforeAll(async () => {
  reference = await getReference("credit-card-fraud");
  original = await write("reference.mlsd.json", reference);
});

describe("mlsd diff", () => {
  it("says there is no difference and exits 0 when the designs are the same", async () => {
    const copy = await write("copy.mlsd.json", reference);
    expect(await run("diff", original, copy)).toEqual({ code: 0, out: `${original} → ${copy}: no differences\n`, err: "" });
    const json = await run("diff", "--format", "json", original, copy);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({
      nodes: { added: [], removed: [], changed: [], moved: [] },
      edges: { added: [], removed: [], changed: [] },
      notes: { added: [], removed: [], changed: [] },
    });
  });

  it("names removed parts by label and id and exits 1", async () => {
    const after = await write("no-monitoring.mlsd.json", removeNodes(reference, [NodeId("monitor")]));
    const { code, out } = await run("diff", original, after);
    expect(code).toBe(1);
    expect(out.split("\n")[0]).toBe(`${original} → ${after}: nodes: 1 removed; edges: 2 removed; notes: 1 changed`);
    expect(out).toContain(
      '\nnotes\n  ~ "Keeping up with adversaries" [loops]: nodes ["monitor","train","disputes","ab"] → ["train","disputes","ab"]\n',
    );
    expect(out).toContain('\nnodes\n  - "Score, drift and loss monitoring" [monitor] (monitoring, serving)\n');
    expect(out).toContain('  - "Scoring at authorisation" → "Score, drift and loss monitoring" [scoring-monitor] (data)\n');
    expect(out).toContain(
      '  - "Score, drift and loss monitoring" → "Weekly retraining" "retrain on drift" [monitor-train-fb] (feedback)\n',
    );
  });

  it("prints JSON with nodes, edges and notes, each added, removed and changed with ids and named fields", async () => {
    let changed = updateNode(reference, NodeId("scoring"), { label: "Scoring API", props: { latencyMs: 50 } });
    changed = { ...changed, notes: changed.notes.filter((n) => n.id !== "imbalance") };
    const after = await write("changed.mlsd.json", changed);
    const { code, out } = await run("diff", "--format", "json", original, after);
    expect(code).toBe(1);
    const diff = JSON.parse(out);
    expect(Object.keys(diff)).toEqual(["nodes", "edges", "notes"]);
    for (const section of ["nodes", "edges", "notes"])
      expect(Object.keys(diff[section])).toEqual(expect.arrayContaining(["added", "removed", "changed"]));
    expect(diff.nodes.changed).toEqual([
      {
        id: "scoring",
        label: "Scoring API",
        kind: "online-service",
        stage: "serving",
        fields: [
          { field: "label", before: "Scoring at authorisation", after: "Scoring API" },
          { field: "props.hardware", before: "cpu" },
          { field: "props.latencyMs", before: 100, after: 50 },
          { field: "props.throughputRps", before: 5000 },
        ],
      },
    ]);
    expect(diff.notes.removed).toEqual([{ id: "imbalance", label: "Rare positives", stage: "modeling" }]);
  });

  it("reports moves apart from changes, and pairs a redrawn design by kind and label", async () => {
    const moved = updateNode(reference, NodeId("rules"), { position: { x: 0, y: 0 } });
    const after = await write("moved.mlsd.json", moved);
    const { code, out } = await run("diff", original, after);
    expect(code).toBe(1);
    expect(out).toBe(
      `${original} → ${after}: nodes: 1 moved\nnodes\n  > "Today's fraud rules" [rules] (baseline, modeling): moved (position)\n`,
    );
    const redrawn = await write(
      "redrawn.mlsd.json",
      renameIds(reference, (id) => `new-${id}`),
    );
    const json = JSON.parse((await run("diff", "--format", "json", original, redrawn)).out);
    expect([json.nodes.added, json.nodes.removed, json.edges.added, json.edges.removed]).toEqual([[], [], [], []]);
    expect(json.nodes.changed[0]).toMatchObject({
      id: "new-goal",
      beforeId: "goal",
      fields: [{ field: "id", before: "goal", after: "new-goal" }],
    });
  });

  it("keeps hostile labels from driving the terminal", async () => {
    const after = await write("hostile.mlsd.json", updateNode(reference, NodeId("rules"), { label: "rules\u001b[2J\u202e" }));
    const { out } = await run("diff", original, after);
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202e");
    expect(out).toContain('label "Today\'s fraud rules" → "rules\\u001b[2J');
  });

  it("exits 2 on bad input: a missing or invalid file, or an unknown format", async () => {
    const missing = await run("diff", original, join(dir(), "nope.mlsd.json"));
    expect(missing).toMatchObject({ code: 2, out: "" });
    expect(missing.err).toBe(`${join(dir(), "nope.mlsd.json")}: cannot read the file: no such file\n`);
    const bad = await write("bad.mlsd.json", serializeDocument(reference).replace('"label": "Model registry"', '"label": 7'));
    const invalid = await run("diff", bad, original);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/bad\.mlsd\.json: nodes\[15\]\.label: expected a string, got 7\n$/);
    expect((await run("diff", "--format", "xml", original, original)).code).toBe(2);
    expect((await run("diff", original)).code).toBe(2);
  });
});
