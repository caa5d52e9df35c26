import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { removeNodes, updateNode } from "../graph.js";
import { EdgeId, NodeId } from "../ids.js";
import { renameIds } from "../rename.js";
import { sketch } from "../review/sketch.js";
import type { Document } from "../schema.js";
import { documentArb } from "../testing/arbitraries.js";
import { compareDesigns, isSameDesign, matchDesigns } from "./compare.js";
import { labelSimilarity } from "./similarity.js";

/** A small fraud design with positions, one note and one labelled edge. */
const base = (): Document =>
  sketch(
    {
      tx: { kind: "data-source", label: "Card transactions" },
      model: { kind: "model", label: "Fraud classifier" },
      api: { kind: "online-service", label: "Scoring service", props: { latencyMs: 100 } },
      mon: { kind: "monitoring", label: "Monitoring" },
    },
    ["tx -> model => api -> mon", "mon ~> tx"],
    { notes: [{ id: "why", title: "Why score at authorisation", text: "A declined fraud costs nothing later.", nodes: [NodeId("api")] }] },
  );

const placed = (doc: Document): Document => ({
  ...doc,
  nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: i * 200, y: 0 }, size: { width: 160, height: 60 } })),
});

describe("compareDesigns", () => {
  it("finds nothing between a design and itself", () => {
    const diff = compareDesigns(placed(base()), placed(base()));
    expect(isSameDesign(diff)).toBe(true);
    expect(diff).toEqual({
      nodes: { added: [], removed: [], changed: [], moved: [] },
      edges: { added: [], removed: [], changed: [] },
      notes: { added: [], removed: [], changed: [] },
    });
  });

  it("reports a node that was only moved or resized as moved, apart from changes", () => {
    const before = placed(base());
    const after = updateNode(before, NodeId("api"), { position: { x: 999, y: 40 }, size: { width: 200, height: 60 } });
    const diff = compareDesigns(before, after);
    expect(diff.nodes.changed).toEqual([]);
    expect(diff.nodes.moved).toEqual([
      { id: "api", label: "Scoring service", kind: "online-service", stage: "serving", fields: ["position", "size"] },
    ]);
    expect(isSameDesign(diff)).toBe(false);
  });

  it("names every changed field, props by name, and flags a change that also moved", () => {
    const before = placed(base());
    let after = updateNode(before, NodeId("api"), {
      label: "Scoring API",
      props: { latencyMs: 50, throughputRps: 2000 },
      position: { x: 1, y: 1 },
    });
    after = updateNode(after, NodeId("mon"), { stage: "modeling", notes: "drift and outcomes" });
    const diff = compareDesigns(before, after);
    expect(diff.nodes.changed).toEqual([
      {
        id: "api",
        label: "Scoring API",
        kind: "online-service",
        stage: "serving",
        moved: true,
        fields: [
          { field: "label", before: "Scoring service", after: "Scoring API" },
          { field: "props.latencyMs", before: 100, after: 50 },
          { field: "props.throughputRps", after: 2000 },
        ],
      },
      {
        id: "mon",
        label: "Monitoring",
        kind: "monitoring",
        stage: "modeling",
        fields: [
          { field: "stage", before: "serving", after: "modeling" },
          { field: "notes", after: "drift and outcomes" },
        ],
      },
    ]);
    expect(diff.nodes.moved).toEqual([]);
  });

  it("lists removed nodes with their edges, and added ones, by label and id", () => {
    const before = base();
    const after = {
      ...removeNodes(before, [NodeId("mon")]),
      nodes: [...removeNodes(before, [NodeId("mon")]).nodes, ...sketch({ ab: { kind: "ab-test", label: "A/B test" } }).nodes],
    };
    const diff = compareDesigns(before, after);
    expect(diff.nodes.removed).toEqual([{ id: "mon", label: "Monitoring", kind: "monitoring", stage: "serving" }]);
    expect(diff.nodes.added).toEqual([{ id: "ab", label: "A/B test", kind: "ab-test", stage: "serving" }]);
    expect(diff.edges.removed.map((e) => [e.id, e.sourceLabel, e.targetLabel])).toEqual([
      ["api.data.mon", "Scoring service", "Monitoring"],
      ["mon.feedback.tx", "Monitoring", "Card transactions"],
    ]);
  });

  it("pairs a design redrawn with fresh ids by kind and label: only the ids changed", () => {
    const before = base();
    const after = renameIds(before, (id, sort) => `${sort}-${id}-new`);
    const diff = compareDesigns(before, after);
    expect([diff.nodes.added, diff.nodes.removed, diff.edges.added, diff.edges.removed, diff.notes.added, diff.notes.removed]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(diff.nodes.changed.map((c) => [c.beforeId, c.id, c.fields.map((f) => f.field)])).toEqual([
      ["tx", "node-tx-new", ["id"]],
      ["model", "node-model-new", ["id"]],
      ["api", "node-api-new", ["id"]],
      ["mon", "node-mon-new", ["id"]],
    ]);
    expect(diff.edges.changed.every((c) => c.fields.length === 1 && c.fields[0]!.field === "id")).toBe(true);
    expect(diff.notes.changed).toEqual([
      {
        id: "note-why-new",
        beforeId: "why",
        label: "Why score at authorisation",
        fields: [{ field: "id", before: "why", after: "note-why-new" }],
      },
    ]);
  });

  it("pairs relabelled nodes by label similarity, or as the only one of their kind; unrelated ones stay apart", () => {
    const before = sketch({
      a: { kind: "model", label: "Candidate generator" },
      b: { kind: "model", label: "Answer ranker" },
      m: { kind: "monitoring", label: "Monitoring" },
      c: { kind: "component", label: "Spam filter" },
    });
    const after = sketch({
      x: { kind: "model", label: "Ranker for answers" },
      y: { kind: "model", label: "Candidate generation" },
      z: { kind: "monitoring", label: "Drift watch" },
      w: { kind: "component", label: "Vector index" },
    });
    const match = matchDesigns(before, after);
    expect([...match.nodes]).toEqual([
      ["a", "y"],
      ["b", "x"],
      ["m", "z"],
    ]);
    const diff = compareDesigns(before, after);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(["c"]);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(["w"]);
  });

  it("prefers an equal id over a similar label", () => {
    const before = sketch({ a: { kind: "model", label: "Ranker" }, b: { kind: "model", label: "Scorer" } });
    const after = sketch({ a: { kind: "model", label: "Scorer" }, b: { kind: "model", label: "Ranker" } });
    expect([...matchDesigns(before, after).nodes]).toEqual([
      ["a", "a"],
      ["b", "b"],
    ]);
  });

  it("names edge changes: kind, label and a re-attached end", () => {
    const before = base();
    const after: Document = {
      ...before,
      edges: before.edges.map((e) => {
        if (e.id === "mon.feedback.tx") return { ...e, target: NodeId("model"), label: "retrain" };
        if (e.id === "model.deploy.api") return { ...e, kind: "data" };
        return e;
      }),
    };
    const diff = compareDesigns(before, after);
    expect(diff.edges.changed).toEqual([
      {
        id: "model.deploy.api",
        kind: "data",
        source: "model",
        target: "api",
        sourceLabel: "Fraud classifier",
        targetLabel: "Scoring service",
        fields: [{ field: "kind", before: "deploy", after: "data" }],
      },
      {
        id: "mon.feedback.tx",
        label: "retrain",
        kind: "feedback",
        source: "mon",
        target: "model",
        sourceLabel: "Monitoring",
        targetLabel: "Fraud classifier",
        fields: [
          { field: "label", after: "retrain" },
          { field: "target", before: "tx", after: "model" },
        ],
      },
    ]);
  });

  it("pairs an edge with a new id through its paired ends", () => {
    const before = base();
    const after = { ...before, edges: before.edges.map((e) => (e.id === "tx.data.model" ? { ...e, id: EdgeId("feeds") } : e)) };
    expect(compareDesigns(before, after).edges).toMatchObject({
      added: [],
      removed: [],
      changed: [{ id: "feeds", beforeId: "tx.data.model", fields: [{ field: "id", before: "tx.data.model", after: "feeds" }] }],
    });
  });

  it("compares notes: text, the nodes they are about, added and removed notes", () => {
    const before = base();
    const after: Document = {
      ...before,
      notes: [
        {
          id: "why",
          title: "Why score at authorisation",
          text: "A declined fraud costs nothing later; a chargeback does.",
          nodes: [NodeId("api"), NodeId("mon")],
        },
        { id: "trade-off", title: "Recall against friction", text: "Blocking more fraud declines more honest customers." },
      ],
    };
    const diff = compareDesigns(before, after);
    expect(diff.notes.changed).toEqual([
      {
        id: "why",
        label: "Why score at authorisation",
        fields: [
          {
            field: "text",
            before: "A declined fraud costs nothing later.",
            after: "A declined fraud costs nothing later; a chargeback does.",
          },
          { field: "nodes", before: ["api"], after: ["api", "mon"] },
        ],
      },
    ]);
    expect(diff.notes.added).toEqual([{ id: "trade-off", label: "Recall against friction" }]);
    expect(compareDesigns(after, before).notes.removed).toEqual([{ id: "trade-off", label: "Recall against friction" }]);
  });
});

describe("compareDesigns properties", () => {
  it("a design matches itself and its renamed copy part for part, and the result is deterministic", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        expect(isSameDesign(compareDesigns(doc, structuredClone(doc)))).toBe(true);
        const renamed = renameIds(doc, (id) => `R.${id}`);
        const diff = compareDesigns(doc, renamed);
        for (const section of [diff.nodes, diff.edges, diff.notes]) {
          expect(section.added).toEqual([]);
          expect(section.removed).toEqual([]);
          for (const c of section.changed) expect(c.fields.map((f) => f.field)).toEqual(["id"]);
        }
        expect(compareDesigns(doc, renamed)).toEqual(diff);
      }),
    );
  });

  it("accounts for every part: each one of the first design is paired or removed, each of the second paired or added", () => {
    fc.assert(
      fc.property(documentArb, documentArb, (x, y) => {
        const diff = compareDesigns(x, y);
        const match = matchDesigns(x, y);
        expect(diff.nodes.removed.length + match.nodes.size).toBe(x.nodes.length);
        expect(diff.nodes.added.length + match.nodes.size).toBe(y.nodes.length);
        expect(diff.nodes.changed.length + diff.nodes.moved.length).toBeLessThanOrEqual(match.nodes.size);
        expect(diff.edges.removed.length + match.edges.size).toBe(x.edges.length);
        expect(diff.edges.added.length + match.edges.size).toBe(y.edges.length);
        expect(diff.notes.removed.length + match.notes.size).toBe(x.notes.length);
        expect(new Set(match.nodes.values()).size).toBe(match.nodes.size);
      }),
    );
  });
});

describe("labelSimilarity", () => {
  it("is 1 for labels that differ only in case and punctuation, high for rewordings, low for unrelated ones", () => {
    expect(labelSimilarity("Feature-store (online)", "feature store online")).toBe(1);
    expect(labelSimilarity("Monitoring", "Drift monitoring")).toBeGreaterThan(0.6);
    expect(labelSimilarity("Spam filter", "Vector index")).toBeLessThan(0.3);
    expect(labelSimilarity("", "Model")).toBe(0);
  });
});
