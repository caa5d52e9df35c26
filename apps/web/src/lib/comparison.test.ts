import { EXERCISE_IDS, getDocument, getReference } from "@mlsd/catalog";
import { addNode, connect, createNode, type Document, NodeId, relabel, removeNodes, updateNode } from "@mlsd/core";
import { applyScene, layout } from "@mlsd/layout";
import { FRAME_METRICS, intersects } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { buildComparison, countDifferences } from "./comparison.js";
import { nodeBox, stageFrames, withBoxes } from "./geometry.js";
import { routeDocument, routesExtent } from "./routes.js";

const CASE = "uber-michelangelo";

/** A design laid out afresh left to right (the catalogue stores rows). */
const rightwards = async (doc: Document): Promise<Document> => applyScene(doc, await layout(doc, { direction: "right" }));

/** Every ghost (removed node) lies clear of every other part, and the stage frames still follow one another. */
const expectGhostsClear = (c: ReturnType<typeof buildComparison>) => {
  const boxes = c.drawing.nodes.map((n) => ({ id: n.id, box: nodeBox(n) }));
  for (const g of boxes.filter((b) => c.nodeStatus.get(b.id) === "removed"))
    for (const other of boxes) if (other.id !== g.id) expect(intersects(g.box, other.box), `${g.id} overlaps ${other.id}`).toBe(false);
  // Each frame ends before the next one starts, along the flow.
  // "down" and "rows" stack their stage bands top to bottom.
  const down = (c.drawing.layout?.direction ?? "right") !== "right";
  const frames = stageFrames(c.drawing).map((f) => (down ? { x: f.y, width: f.height } : f));
  for (let i = 1; i < frames.length; i++) expect(frames[i]!.x).toBeGreaterThanOrEqual(frames[i - 1]!.x + frames[i - 1]!.width);
};

/** Every edge of the drawing joins parts of the drawing, and every entry selects parts that are there. */
const expectConsistent = (c: ReturnType<typeof buildComparison>) => {
  const nodes = new Set<string>(c.drawing.nodes.map((n) => n.id));
  const edges = new Set<string>(c.drawing.edges.map((e) => e.id));
  expect(nodes.size).toBe(c.drawing.nodes.length);
  expect(edges.size).toBe(c.drawing.edges.length);
  for (const e of c.drawing.edges) expect(nodes.has(e.source) && nodes.has(e.target), e.id).toBe(true);
  for (const entry of c.entries) {
    for (const id of entry.select.nodes) expect(nodes.has(id), `${entry.label}: node ${id}`).toBe(true);
    for (const id of entry.select.edges) expect(edges.has(id), `${entry.label}: edge ${id}`).toBe(true);
  }
  expect([...c.nodeStatus.keys()].sort()).toEqual([...nodes].sort());
  expect([...c.edgeStatus.keys()].sort()).toEqual([...edges].sort());
};

describe("comparison drawing", () => {
  it("shows a design compared with itself as the same, with nothing listed", async () => {
    const doc = await getDocument(CASE);
    const c = buildComparison(doc, doc);
    expect(c.entries).toEqual([]);
    expect(new Set(c.nodeStatus.values())).toEqual(new Set(["same"]));
    expect(c.drawing.nodes).toHaveLength(doc.nodes.length);
  });

  it("keeps a removed part, ghosted where it was, with its edges joined to the parts still there", async () => {
    const before = withBoxes(await getDocument(CASE));
    const gone = before.nodes.find((n) => n.stage === "modeling")!;
    const after = removeNodes(before, [gone.id]);
    const c = buildComparison(before, after);
    const ghost = c.drawing.nodes.find((n) => n.id === gone.id)!;
    expect(c.nodeStatus.get(gone.id)).toBe("removed");
    // Its spot is free now: it stays exactly there.
    expect(ghost.position).toEqual(gone.position);
    expectGhostsClear(c);
    const lostEdges = before.edges.filter((e) => e.source === gone.id || e.target === gone.id);
    expect(lostEdges.length).toBeGreaterThan(0);
    for (const e of lostEdges) {
      expect(c.edgeStatus.get(e.id)).toBe("removed");
      const drawn = c.drawing.edges.find((d) => d.id === e.id)!;
      expect([drawn.source, drawn.target]).toEqual([e.source, e.target]);
    }
    const entry = c.entries.find((e) => e.group === "nodes")!;
    expect(entry).toMatchObject({ status: "removed", label: gone.label, select: { nodes: [gone.id], edges: [] } });
    expect(c.entries.filter((e) => e.group === "edges" && e.status === "removed")).toHaveLength(lostEdges.length);
    expectConsistent(c);
  });

  /** The case study drawn top to bottom: every box's axes swapped. */
  const downwards = async (): Promise<Document> => {
    const doc = withBoxes(await rightwards(await getDocument(CASE)));
    return {
      ...doc,
      layout: { ...doc.layout, direction: "down" },
      nodes: doc.nodes.map((n) => ({ ...n, position: { x: n.position.y, y: n.position.x } })),
    };
  };

  it.each([["right"], ["down"], ["rows"]])(
    "moves a ghost whose old spot is taken to the foot of its stage, touching nothing (%s)",
    async (direction) => {
      const stored = await getDocument(CASE);
      const before = withBoxes(direction === "down" ? await downwards() : direction === "right" ? await rightwards(stored) : stored);
      const gone = before.nodes.find((n) => n.stage === "data")!;
      // The removed part's spot is taken by a new part of another kind.
      const after = addNode(removeNodes(before, [gone.id]), {
        ...createNode(before, "monitoring", { id: "squatter", label: "Something else entirely", stage: "data" }),
        position: gone.position!,
      });
      const c = buildComparison(before, after);
      expect(c.nodeStatus.get(gone.id)).toBe("removed");
      expect(c.nodeStatus.get("squatter")).toBe("added");
      expect(c.drawing.nodes.find((n) => n.id === gone.id)!.position).not.toEqual(gone.position);
      expectGhostsClear(c);
      expectConsistent(c);
    },
  );

  it("marks added, changed and moved parts, naming the changed fields", async () => {
    const before = withBoxes(await getDocument(CASE));
    const [a, b] = [before.nodes[0]!, before.nodes[1]!];
    let after = relabel(before, a.id, `${a.label} (renamed)`);
    after = updateNode(after, b.id, { position: { x: b.position!.x + 48, y: b.position!.y } });
    const added = createNode(after, "monitoring", { id: "watch", label: "Drift watch", stage: "serving" });
    after = connect(addNode(after, added), { source: before.nodes.find((n) => n.stage === "serving")!.id, target: NodeId("watch") });
    const c = buildComparison(before, after);
    expect(c.nodeStatus.get(a.id)).toBe("changed");
    expect(c.nodeStatus.get(b.id)).toBe("moved");
    expect(c.nodeStatus.get("watch")).toBe("added");
    expect(c.entries.find((e) => e.id === a.id)?.fields?.map((f) => f.field)).toContain("label");
    expect(c.entries.find((e) => e.id === b.id)).toMatchObject({ status: "moved", geometry: ["position"] });
    const edge = c.entries.find((e) => e.group === "edges")!;
    expect(edge).toMatchObject({ status: "added", label: expect.stringContaining("Drift watch") });
    expect(countDifferences(c.entries)).toEqual({ added: 2, removed: 0, changed: 1, moved: 1 });
    expectConsistent(c);
  });

  it("lets a note's entry select the parts it is about, a removed note's too", async () => {
    const before = withBoxes(await getReference("credit-card-fraud"));
    const note = before.notes.find((n) => n.nodes?.length)!;
    const after: Document = { ...before, notes: before.notes.filter((n) => n !== note) };
    const c = buildComparison(before, after);
    const entry = c.entries.find((e) => e.group === "notes")!;
    expect(entry).toMatchObject({ status: "removed", id: note.id, label: note.title });
    expect(entry.select.nodes).toEqual(note.nodes);
  });

  it("compares every exercise's starter with its reference into one clean drawing", async () => {
    for (const id of EXERCISE_IDS) {
      const [starter, reference] = await Promise.all([getDocument(id), getReference(id)]);
      const c = buildComparison(starter, reference);
      // Something of the starter is not in the reference, and the reference adds more.
      const counts = countDifferences(c.entries);
      expect(counts.added, id).toBeGreaterThan(0);
      expect(c.drawing.nodes.length, id).toBe(reference.nodes.length + c.diff.nodes.removed.length);
      expectGhostsClear(c);
      expectConsistent(c);
    }
  });

  it("frames the drawing around its routes: the loops of both designs run below the stage titles", async () => {
    // Left to right, where the loops' lanes run above the drawing (rows keep them on a side lane).
    const c = buildComparison(
      await rightwards(await getDocument("credit-card-fraud")),
      await rightwards(await getReference("credit-card-fraud")),
    );
    const routes = routeDocument(c.drawing);
    const highest = Math.min(...[...routes.values()].flatMap((r) => [...r.points.map((p) => p.y), ...(r.labelBox ? [r.labelBox.y] : [])]));
    const belowTitles = (frames: { y: number }[]) => Math.min(...frames.map((f) => f.y)) + FRAME_METRICS.titleBand;
    // Around the nodes alone, the outer loops' lanes cross the title band.
    expect(highest).toBeLessThan(belowTitles(stageFrames(c.drawing)));
    expect(highest).toBeGreaterThanOrEqual(belowTitles(stageFrames(c.drawing, undefined, routesExtent(routes))));
    expect(routesExtent(new Map())).toBeNull();
  });
});
