import { type Document, EdgeId, emptyDocument, isPlaced, NodeId, type PlacedDocument, type Point, starterDocument } from "@mlsd/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { sceneFromDocument } from "./assembly.js";
import type { Rect } from "./types.js";

/** The starter design with boxes in a row, as a layout would store them. */
const placed = (): PlacedDocument => {
  const doc = starterDocument("Placed", { id: "placed" });
  return {
    ...doc,
    nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: 20 + i * 240, y: 60 }, size: { width: 160, height: 48 } })),
    edges: [
      ...doc.edges,
      { id: EdgeId("loop"), kind: "feedback", source: NodeId("online-service"), target: NodeId("data-source"), label: "clicks" },
    ],
  };
};

const onBorder = (p: Point, r: Rect) =>
  ((p.x === r.x || p.x === r.x + r.width) && p.y >= r.y && p.y <= r.y + r.height) ||
  ((p.y === r.y || p.y === r.y + r.height) && p.x >= r.x && p.x <= r.x + r.width);

const inside = (r: Rect, f: Rect) => r.x >= f.x && r.y >= f.y && r.x + r.width <= f.x + f.width && r.y + r.height <= f.y + f.height;

describe("sceneFromDocument", () => {
  it("takes a placed document only: the compiler refuses one whose nodes may lack a box", () => {
    expectTypeOf(sceneFromDocument).parameter(0).toEqualTypeOf<PlacedDocument>();
    expectTypeOf<Document>().not.toExtend<PlacedDocument>();
  });

  it("builds a scene from stored boxes: frames around each stage in order, edges on box borders", () => {
    const doc = placed();
    const before = structuredClone(doc);
    const scene = sceneFromDocument(doc);
    expect(doc).toEqual(before);
    expect(scene.direction).toBe("right");
    expect(scene.nodes.map((n) => [n.id, n.x, n.y])).toEqual(doc.nodes.map((n) => [n.id, n.position?.x, n.position?.y]));
    expect(scene.stages.map((s) => s.stage)).toEqual(["setup", "data", "modeling", "serving"]);
    for (const n of scene.nodes) expect(inside(n, scene.stages.find((s) => s.stage === n.stage) as Rect)).toBe(true);
    for (let i = 1; i < 4; i++) {
      const a = scene.stages[i - 1] as Rect;
      expect((scene.stages[i] as Rect).x).toBeGreaterThanOrEqual(a.x + a.width);
    }
    for (const e of scene.edges) {
      const s = scene.nodes.find((n) => n.id === e.source) as Rect;
      const t = scene.nodes.find((n) => n.id === e.target) as Rect;
      expect(onBorder(e.points[0] as Point, s), `${e.id} starts on its source`).toBe(true);
      expect(onBorder(e.points[e.points.length - 1] as Point, t), `${e.id} ends on its target`).toBe(true);
    }
    expect(inside(scene.stages[0] as Rect, scene.bounds)).toBe(true);
  });

  it("routes a feedback edge around the boxes, below them, with its label on the lane", () => {
    const scene = sceneFromDocument(placed());
    const loop = scene?.edges.find((e) => e.id === "loop");
    const bottom = Math.max(...(scene?.nodes ?? []).map((n) => n.y + n.height));
    const lane = Math.max(...(loop?.points ?? []).map((p) => p.y));
    expect(lane).toBeGreaterThan(bottom);
    const box = loop?.labelBox;
    expect(box ? box.y + box.height / 2 : null).toBe(lane);
  });

  it("follows the stored direction, or the one asked for", () => {
    const doc = placed();
    const down = {
      ...doc,
      layout: { direction: "down" as const },
      nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: 160, y: 20 + i * 140 } })),
    };
    const scene = sceneFromDocument(down);
    expect(scene.direction).toBe("down");
    for (let i = 1; i < 4; i++) {
      const a = scene.stages[i - 1] as Rect;
      expect((scene.stages[i] as Rect).y).toBeGreaterThanOrEqual(a.y + a.height);
    }
    expect(sceneFromDocument(doc, { direction: "down" })?.direction).toBe("down");
  });

  it("gives empty stages a narrow frame between their neighbours", () => {
    const doc = placed();
    const noModel = { ...doc, nodes: doc.nodes.filter((n) => n.stage !== "modeling"), edges: [] };
    const scene = sceneFromDocument(noModel);
    const [, data, modeling, serving] = scene?.stages ?? [];
    expect(modeling?.x).toBeGreaterThan((data?.x ?? 0) + (data?.width ?? 0));
    expect((modeling?.x ?? 0) + (modeling?.width ?? 0)).toBeLessThan(serving?.x ?? 0);
    const nothing = emptyDocument("Nothing");
    if (!isPlaced(nothing)) throw new Error("a document without nodes is placed");
    expect(sceneFromDocument(nothing).stages).toHaveLength(4);
  });
});
