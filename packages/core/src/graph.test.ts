import { describe, expect, it } from "vitest";
import { starterDocument } from "./create.js";
import {
  addNode,
  changeKind,
  connect,
  connectionProblem,
  createNode,
  disconnect,
  duplicateNodes,
  freshId,
  moveToStage,
  pasteNodes,
  relabel,
  removeNodes,
  suggestEdgeKind,
  updateNode,
} from "./graph.js";
import { EdgeId, NodeId } from "./ids.js";
import { parseDocument } from "./parse.js";
import type { Document } from "./schema.js";

const frozen = (): Document => {
  const doc = starterDocument("Graph");
  doc.notes.push({ id: "about-model", text: "why this model", nodes: [NodeId("model"), NodeId("objective")] });
  return structuredClone(doc);
};
const valid = (doc: Document) => expect(parseDocument(doc).ok).toBe(true);
const id = NodeId;

describe("graph operations", () => {
  it("freshId avoids taken ids", () => {
    expect(freshId("model", new Set())).toBe("model");
    expect(freshId("model", new Set(["model", "model-2"]))).toBe("model-3");
    expect(freshId("  Feature store!", new Set())).toBe("Feature-store-");
  });

  it("adds a node of a kind in its default stage, with a fresh id", () => {
    const doc = frozen();
    const node = createNode(doc, "model");
    expect(node).toMatchObject({ id: "model-2", kind: "model", stage: "modeling", label: "Model", props: {} });
    const next = addNode(doc, node);
    expect(next.nodes).toHaveLength(5);
    expect(doc.nodes).toHaveLength(4);
    valid(next);
    expect(() => addNode(next, node)).toThrow(/already exists/);
  });

  it("updates, relabels and moves a node between stages without touching the input", () => {
    const doc = frozen();
    const before = structuredClone(doc);
    const next = moveToStage(
      relabel(updateNode(doc, id("model"), { props: { family: "GBDT" } }), id("model"), "Ranker"),
      id("model"),
      "serving",
    );
    expect(next.nodes[2]).toMatchObject({ label: "Ranker", stage: "serving", props: { family: "GBDT" } });
    expect(doc).toEqual(before);
    valid(next);
    expect(() => relabel(doc, id("ghost"), "x")).toThrow(/no node/);
  });

  it("drops a field when a patch sets it to undefined", () => {
    const doc = updateNode(frozen(), id("model"), { notes: "temp", pinned: true });
    const next = updateNode(doc, id("model"), { notes: undefined, pinned: undefined });
    expect(Object.keys(next.nodes[2] ?? {})).toEqual(["id", "kind", "stage", "label", "props"]);
  });

  it("changing the kind keeps only the properties both kinds have", () => {
    const doc = updateNode(frozen(), id("online-service"), { props: { latencyMs: 20, throughputRps: 5, hardware: "gpu" } });
    const next = changeKind(doc, id("online-service"), "batch-prediction");
    expect(next.nodes[3]).toMatchObject({ kind: "batch-prediction", props: {} });
    const back = changeKind(doc, id("online-service"), "stream-processor");
    expect(back.nodes[3]?.props).toEqual({ latencyMs: 20 });
    valid(back);
  });

  it("removing a node removes its edges and its mentions in notes", () => {
    const next = removeNodes(frozen(), [id("model")]);
    expect(next.nodes.map((n) => n.id)).toEqual(["objective", "data-source", "online-service"]);
    expect(next.edges.map((e) => e.id)).toEqual(["objective-data-source"]);
    expect(next.notes.at(-1)?.nodes).toEqual(["objective"]);
    const suppressed = {
      ...frozen(),
      suppressions: [
        { rule: "modeling/no-baseline", node: id("model"), reason: "r" },
        { rule: "serving/no-monitoring", reason: "r" },
      ],
    };
    expect(removeNodes(suppressed, [id("model")]).suppressions).toEqual([{ rule: "serving/no-monitoring", reason: "r" }]);
    const none = removeNodes(next, [id("objective")]);
    expect(none.notes.at(-1)).not.toHaveProperty("nodes");
    valid(none);
  });

  it("proposes feedback for a link to an earlier stage", () => {
    const doc = frozen();
    expect(suggestEdgeKind(doc, id("online-service"), id("data-source"))).toBe("feedback");
    expect(suggestEdgeKind(doc, id("data-source"), id("online-service"))).toBe("data");
    const next = connect(doc, { source: id("online-service"), target: id("data-source") });
    expect(next.edges.at(-1)).toEqual({
      id: "online-service-data-source",
      kind: "feedback",
      source: "online-service",
      target: "data-source",
    });
    valid(next);
  });

  it("refuses duplicate edges, self loops and missing ends", () => {
    const doc = frozen();
    expect(connectionProblem(doc, id("model"), id("online-service"), "deploy")).toMatch(/already connected/);
    expect(connectionProblem(doc, id("model"), id("online-service"), "data")).toBeNull();
    expect(connectionProblem(doc, id("model"), id("model"), "data")).toMatch(/itself/);
    expect(connectionProblem(doc, id("model"), id("ghost"), "data")).toMatch(/no node/);
    expect(() => connect(doc, { source: id("model"), target: id("online-service"), kind: "deploy" })).toThrow(/already connected/);
  });

  it("disconnects edges by id", () => {
    const next = disconnect(frozen(), [EdgeId("data-source-model")]);
    expect(next.edges.map((e) => e.id)).toEqual(["objective-data-source", "model-online-service"]);
  });

  it("duplicates a selection with fresh ids and the edges inside it", () => {
    const doc = updateNode(frozen(), id("model"), { position: { x: 10, y: 20 }, pinned: true });
    const { doc: next, ids } = duplicateNodes(doc, [id("data-source"), id("model")]);
    expect(ids.get(id("model"))).toBe("model-2");
    const copy = next.nodes.find((n) => n.id === "model-2");
    expect(copy).toMatchObject({ position: { x: 50, y: 60 } });
    expect(copy).not.toHaveProperty("pinned");
    expect(next.edges.at(-1)).toMatchObject({ id: "data-source-model-2", source: "data-source-2", target: "model-2" });
    expect(next.edges).toHaveLength(4);
    valid(next);
  });

  it("pastes nodes from another document", () => {
    const other = starterDocument("Other");
    const { doc } = pasteNodes(frozen(), other.nodes, other.edges);
    expect(doc.nodes).toHaveLength(8);
    expect(doc.edges).toHaveLength(6);
    valid(doc);
  });
});
