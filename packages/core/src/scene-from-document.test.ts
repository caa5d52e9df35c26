import { describe, expect, it } from "vitest";
import { emptyDocument, starterDocument } from "./create.js";
import { EdgeId, NodeId } from "./ids.js";
import type { Rect } from "./scene.js";
import { routeEdge, sceneFromDocument, stageFrames } from "./scene-from-document.js";
import type { Document, Point } from "./schema.js";

/** The starter design with boxes in a row, as a layout would store them. */
const placed = (): Document => {
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
  it("is null while some node has no stored position or size", () => {
    expect(sceneFromDocument(starterDocument("No positions"))).toBeNull();
    const doc = placed();
    const missingSize = { ...doc, nodes: doc.nodes.map((n, i) => (i === 2 ? { ...n, size: undefined } : n)) };
    expect(sceneFromDocument(missingSize)).toBeNull();
  });

  it("builds a scene from stored boxes: frames around each stage in order, edges on box borders", () => {
    const doc = placed();
    const before = structuredClone(doc);
    const scene = sceneFromDocument(doc);
    expect(doc).toEqual(before);
    if (!scene) throw new Error("expected a scene");
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
    if (!scene) throw new Error("expected a scene");
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
    expect(sceneFromDocument(emptyDocument("Nothing"))?.stages).toHaveLength(4);
  });
});

describe("routeEdge and stageFrames", () => {
  it("routes forward edges straight when the boxes face each other, else with one jog", () => {
    expect(routeEdge({ x: 0, y: 0, width: 100, height: 40 }, { x: 200, y: 0, width: 100, height: 40 }, "right")).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
    ]);
    const jog = routeEdge({ x: 0, y: 0, width: 100, height: 40 }, { x: 200, y: 100, width: 100, height: 40 }, "right");
    expect(jog).toEqual([
      { x: 100, y: 20 },
      { x: 150, y: 20 },
      { x: 150, y: 120 },
      { x: 200, y: 120 },
    ]);
    const down = routeEdge({ x: 0, y: 0, width: 100, height: 40 }, { x: 0, y: 100, width: 100, height: 40 }, "down");
    expect(down).toEqual([
      { x: 50, y: 40 },
      { x: 50, y: 100 },
    ]);
  });

  it("takes a free corridor when the direct route would cross a box in between", () => {
    const s = { x: 0, y: 0, width: 100, height: 40 };
    const middle = { x: 200, y: 0, width: 100, height: 40 };
    const t = { x: 400, y: 0, width: 100, height: 40 };
    const route = routeEdge(s, t, "right", [s, middle, t]);
    expect(route[0]).toEqual({ x: 100, y: 20 });
    expect(route[route.length - 1]).toEqual({ x: 500 - 100, y: 20 });
    // The route leaves the row of boxes, passes the middle box above or below it, and comes back.
    const passing = route.filter((p) => p.x > middle.x && p.x < middle.x + middle.width);
    expect(passing).toEqual([]);
    const level = route.find((p, i) => i > 0 && p.y !== 20)?.y ?? 20;
    expect(level <= middle.y || level >= middle.y + middle.height).toBe(true);
    for (let i = 1; i < route.length; i++) {
      const a = route[i - 1] as Point;
      const b = route[i] as Point;
      expect(a.x === b.x || a.y === b.y).toBe(true);
    }
  });

  it("puts every stage's frame around its boxes", () => {
    const frames = stageFrames(
      [
        { stage: "setup", x: 0, y: 0, width: 100, height: 40 },
        { stage: "serving", x: 600, y: 80, width: 100, height: 40 },
      ],
      "right",
    );
    expect(frames.map((f) => f.stage)).toEqual(["setup", "data", "modeling", "serving"]);
    const serving = frames[3] as Rect;
    expect(inside({ x: 600, y: 80, width: 100, height: 40 }, serving)).toBe(true);
    for (let i = 1; i < 4; i++) expect((frames[i] as Rect).x).toBeGreaterThan((frames[i - 1] as Rect).x + (frames[i - 1] as Rect).width);
  });
});
