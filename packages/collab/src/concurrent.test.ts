import { getDocument } from "@mlsd/catalog";
import {
  addNode,
  connect,
  createNode,
  type Document,
  EdgeId,
  NodeId,
  removeNodes,
  serializeDocument,
  updateEdge,
  updateNode,
} from "@mlsd/core";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { designOf, edit, replicas, sync } from "./testing.js";
import { createUndoManager } from "./undo.js";

let base: Document;
beforeAll(async () => {
  base = await getDocument("credit-card-fraud");
});

const first = (doc: Document) => doc.nodes[0]!.id;
const converged = (a: Y.Doc, b: Y.Doc) => {
  const da = designOf(a);
  expect(serializeDocument(designOf(b))).toBe(serializeDocument(da));
  return da;
};

describe("two people at once", () => {
  it("moving one part: both end with one of the two moves, position and stage together", () => {
    const [a, b] = replicas(base);
    const id = first(base);
    const other = base.nodes.find((n) => n.stage !== base.nodes[0]!.stage)!.stage;
    edit(a!, (d) => updateNode(d, id, { position: { x: 10, y: 20 }, pinned: true }));
    edit(b!, (d) => updateNode(d, id, { position: { x: 900, y: 700 }, pinned: true, stage: other }));
    sync(a!, b!);
    const node = converged(a!, b!).nodes.find((n) => n.id === id)!;
    const moves = [
      { position: { x: 10, y: 20 }, stage: base.nodes[0]!.stage },
      { position: { x: 900, y: 700 }, stage: other },
    ];
    expect(moves).toContainEqual({ position: node.position, stage: node.stage });
  });

  it("one deletes a part the other is editing: the part, its edges and mentions are gone everywhere", () => {
    const [a, b] = replicas(base);
    const id = base.edges[0]!.source;
    edit(a!, (d) => removeNodes(d, [id]));
    edit(b!, (d) => updateNode(d, id, { label: "Edited while deleted", props: {} }));
    const target = base.nodes.find((n) => n.id !== id && !base.edges.some((e) => e.source === id && e.target === n.id))!.id;
    edit(b!, (d) => connect(d, { source: id, target, kind: "data" }));
    sync(a!, b!);
    const doc = converged(a!, b!);
    expect(doc.nodes.some((n) => n.id === id)).toBe(false);
    expect(doc.edges.some((e) => e.source === id || e.target === id)).toBe(false);
    expect(doc.notes.some((n) => n.nodes?.includes(id))).toBe(false);
  });

  it("both connecting the same pair make one edge", () => {
    const [a, b] = replicas(base);
    const [s, t] = [base.nodes[0]!.id, base.nodes[base.nodes.length - 1]!.id];
    edit(a!, (d) => connect(d, { source: s, target: t, kind: "control" }));
    edit(b!, (d) => connect(d, { source: s, target: t, kind: "control", label: "mine" }));
    sync(a!, b!);
    const doc = converged(a!, b!);
    expect(doc.edges.filter((e) => e.source === s && e.target === t && e.kind === "control")).toHaveLength(1);
  });

  it("two edges that became the same pair and kind are read as one", () => {
    const [a, b] = replicas(base);
    const [s, t] = [base.nodes[0]!.id, base.nodes[base.nodes.length - 1]!.id];
    edit(a!, (d) => connect(d, { source: s, target: t, kind: "control", id: "one" }));
    edit(b!, (d) => connect(d, { source: s, target: t, kind: "control", id: "two" }));
    sync(a!, b!);
    expect(converged(a!, b!).edges.filter((e) => e.source === s && e.target === t)).toHaveLength(1);
  });

  it("typing in one label at once keeps both people's words", () => {
    const [a, b] = replicas(base);
    const id = first(base);
    edit(a!, (d) => updateNode(d, id, { label: "Fast payments" }));
    sync(a!, b!);
    edit(a!, (d) => updateNode(d, id, { label: "Fast card payments" }));
    edit(b!, (d) => updateNode(d, id, { label: "Fast payments stream" }));
    sync(a!, b!);
    expect(converged(a!, b!).nodes.find((n) => n.id === id)!.label).toBe("Fast card payments stream");
  });

  it("two texts that each fit but not together are cut at the limit, the same way on both", () => {
    const [a, b] = replicas(base);
    const id = first(base);
    edit(a!, (d) => updateNode(d, id, { label: "a".repeat(150) }));
    edit(b!, (d) => updateNode(d, id, { label: "b".repeat(150) }));
    sync(a!, b!);
    const label = converged(a!, b!).nodes.find((n) => n.id === id)!.label;
    expect(label).toHaveLength(200);
    expect(new Set(label)).toEqual(new Set(["a", "b"]));
  });

  it("edits of different properties of one part both stay", () => {
    const [a, b] = replicas(base);
    const node = base.nodes.find((n) => n.kind === "online-service") ?? base.nodes[0]!;
    edit(a!, (d) => updateNode(d, node.id, { notes: "from a" }));
    edit(b!, (d) => updateNode(d, node.id, { label: "from b" }));
    sync(a!, b!);
    const merged = converged(a!, b!).nodes.find((n) => n.id === node.id)!;
    expect([merged.notes, merged.label]).toEqual(["from a", "from b"]);
  });

  it("an edge relabelled by one and deleted by the other is gone", () => {
    const [a, b] = replicas(base);
    const edge = base.edges[0]!;
    edit(a!, (d) => ({ ...d, edges: d.edges.filter((e) => e.id !== edge.id) }));
    edit(b!, (d) => updateEdge(d, EdgeId(edge.id), { label: "still here?" }));
    sync(a!, b!);
    expect(converged(a!, b!).edges.some((e) => e.id === edge.id)).toBe(false);
  });
});

describe("undo is per person", () => {
  it("undoing my change never undoes yours", () => {
    const [a, b] = replicas(base);
    const mine = Symbol("a");
    const undo = createUndoManager(a!, mine);
    const id = first(base);
    const other = base.nodes[1]!.id;
    edit(a!, (d) => updateNode(d, id, { label: "A's label" }), mine);
    sync(a!, b!);
    edit(b!, (d) => updateNode(d, other, { label: "B's label" }));
    sync(a!, b!);
    undo.undo();
    sync(a!, b!);
    const doc = converged(a!, b!);
    expect(doc.nodes.find((n) => n.id === id)!.label).toBe(base.nodes[0]!.label);
    expect(doc.nodes.find((n) => n.id === other)!.label).toBe("B's label");
    undo.redo();
    expect(designOf(a!).nodes.find((n) => n.id === id)!.label).toBe("A's label");
  });

  it("undoing an added part brings the document back exactly", () => {
    const [a] = replicas(base);
    const mine = Symbol("a");
    const undo = createUndoManager(a!, mine);
    edit(a!, (d) => addNode(d, createNode(d, "model-registry", { id: "registry" })), mine);
    undo.stopCapturing();
    edit(a!, (d) => connect(d, { source: NodeId("registry"), target: d.nodes[0]!.id, kind: "deploy" }), mine);
    undo.undo();
    undo.undo();
    expect(serializeDocument(designOf(a!))).toBe(serializeDocument(base));
  });
});

describe("any concurrent edits converge on a valid document", () => {
  const ops = (doc: Document) => {
    const ids = doc.nodes.map((n) => n.id);
    const id = fc.constantFrom(...ids);
    return fc.oneof(
      fc.record({ t: fc.constant("move" as const), id, x: fc.integer({ min: -500, max: 2000 }), y: fc.integer({ min: -500, max: 2000 }) }),
      fc.record({ t: fc.constant("label" as const), id, label: fc.string({ maxLength: 12 }) }),
      fc.record({ t: fc.constant("delete" as const), id }),
      fc.record({ t: fc.constant("connect" as const), s: id, d: id }),
      fc.record({ t: fc.constant("add" as const), n: fc.integer({ min: 0, max: 3 }) }),
    );
  };
  type Op =
    | { t: "move"; id: NodeId; x: number; y: number }
    | { t: "label"; id: NodeId; label: string }
    | { t: "delete"; id: NodeId }
    | { t: "connect"; s: NodeId; d: NodeId }
    | { t: "add"; n: number };
  const apply = (doc: Document, op: Op): Document => {
    const has = (id: string) => doc.nodes.some((n) => n.id === id);
    switch (op.t) {
      case "move":
        return has(op.id) ? updateNode(doc, op.id, { position: { x: op.x, y: op.y }, pinned: true }) : doc;
      case "label":
        return has(op.id) ? updateNode(doc, op.id, { label: op.label }) : doc;
      case "delete":
        return removeNodes(doc, [op.id]);
      case "connect":
        try {
          return connect(doc, { source: op.s, target: op.d, kind: "data" });
        } catch {
          return doc;
        }
      case "add":
        return addNode(doc, createNode(doc, "batch-prediction", { position: { x: op.n * 50, y: 0 } }));
    }
  };

  it("holds for random edits on three replicas", () => {
    fc.assert(
      fc.property(fc.array(fc.array(ops(base), { maxLength: 6 }), { minLength: 3, maxLength: 3 }), (plans) => {
        const docs = replicas(base, 3);
        plans.forEach((plan, i) => {
          for (const op of plan) edit(docs[i]!, (d) => apply(d, op as Op));
        });
        sync(...docs);
        const doc = converged(docs[0]!, docs[1]!);
        converged(docs[1]!, docs[2]!);
        return doc.edges.every((e) => doc.nodes.some((n) => n.id === e.source) && doc.nodes.some((n) => n.id === e.target));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
