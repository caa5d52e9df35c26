import { type DesignNode, type Document, LIMITS, NodeId, parseDocument, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { applyScene, isLayoutStale } from "./apply.js";
import { layout } from "./layout.js";

/** The starter with its first node pinned at `at` (and optionally a stored size). */
const pinnedAt = (at: { x: number; y: number }, size?: { width: number; height: number }): Document => {
  const doc = starterDocument("Edge of the world");
  const [first, ...rest] = doc.nodes as [DesignNode, ...DesignNode[]];
  return { ...doc, nodes: [{ ...first, position: at, pinned: true, ...(size ? { size } : {}) }, ...rest] };
};

const stored = async (doc: Document, direction: "right" | "down" = "right") => applyScene(doc, await layout(doc, { direction }));

const problemsOf = (doc: Document) => {
  const parsed = parseDocument(JSON.parse(JSON.stringify(doc)));
  return parsed.ok ? [] : parsed.error.problems.map((p) => `${p.path}: ${p.message}`);
};

describe("applyScene keeps what it stores inside the schema's bounds (issue 17, item 1)", { timeout: 60_000 }, () => {
  const L = LIMITS.coordinate;
  it.each([
    ["right edge", { x: L, y: 0 }],
    ["bottom edge", { x: 0, y: L }],
    ["left edge", { x: -L, y: 0 }],
    ["top-left corner", { x: -L, y: -L }],
    ["bottom-right corner", { x: L, y: L }],
  ])("a part pinned at the %s beside unpinned parts gives a document that loads", async (_, at) => {
    for (const direction of ["right", "down"] as const) {
      const doc = await stored(pinnedAt(at), direction);
      expect(problemsOf(doc)).toEqual([]);
    }
  });

  it("moves the whole drawing by as little as it must: every gap between parts is kept", async () => {
    const input = pinnedAt({ x: L, y: 0 });
    const scene = await layout(input);
    const doc = applyScene(input, scene);
    const shifts = doc.nodes.map((n, i) => (n.position?.x ?? 0) - (scene.nodes[i]?.x ?? 0));
    expect(new Set(shifts).size).toBe(1);
    expect(Math.max(...doc.nodes.map((n) => n.position?.x ?? 0))).toBe(L);
  });

  it("gives a pinned part too small to round to a pixel a stored size the schema accepts", async () => {
    const doc = await stored(pinnedAt({ x: 0, y: 0 }, { width: 0.4, height: 0.4 }));
    expect(problemsOf(doc)).toEqual([]);
    expect(doc.nodes[0]?.size?.width).toBeGreaterThanOrEqual(1);
  });

  it("calls a layout it just stored up to date, even when it had to move it", async () => {
    const doc = await stored(pinnedAt({ x: L, y: L }));
    expect(await isLayoutStale(doc)).toBe(false);
  });

  it("changes nothing in a drawing that already fits", async () => {
    const input = starterDocument("Fits");
    const scene = await layout(input);
    const doc = applyScene(input, scene);
    expect(doc.nodes.map((n) => ({ ...n.position, ...n.size }))).toEqual(
      scene.nodes.map((n) => ({ x: n.x, y: n.y, width: n.width, height: n.height })),
    );
    expect(NodeId("objective")).toBe(doc.nodes[0]?.id);
  });
});
