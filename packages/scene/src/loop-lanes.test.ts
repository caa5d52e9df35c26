import { EdgeId, NodeId, type Point } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { routeBackEdges, splitBackEdges } from "./loop-lanes.js";
import type { SceneNode } from "./types.js";

const node = (id: string, x: number, stage: SceneNode["stage"] = "data"): SceneNode => ({
  id: NodeId(id),
  kind: "component",
  stage,
  label: id,
  props: {},
  pinned: false,
  x,
  y: 0,
  width: 100,
  height: 60,
});
const loop = (id: string, source: string, target: string) => ({
  id: EdgeId(id),
  kind: "feedback" as const,
  source: NodeId(source),
  target: NodeId(target),
});
const row = [node("a", 0), node("b", 300), node("c", 600), node("d", 900), node("e", 1200)];
const laneOf = (points: readonly Point[]) => Math.max(...points.map((p) => p.y));

describe("splitBackEdges", () => {
  it("takes feedback edges and edges to an earlier stage as back edges; self-loops stay forward", () => {
    const nodes = [node("s", 0, "setup"), node("m", 300, "modeling")];
    const edges = [
      { ...loop("f", "s", "m") },
      { ...loop("up", "m", "s"), kind: "data" as const },
      { ...loop("on", "s", "m"), kind: "data" as const },
      { ...loop("self", "m", "m") },
    ];
    const { forward, back } = splitBackEdges(nodes, edges);
    expect(back.map((e) => e.id)).toEqual(["f", "up"]);
    expect(forward.map((e) => e.id)).toEqual(["on", "self"]);
  });
});

describe("routeBackEdges", () => {
  it("runs a loop on a lane below the boxes, from its source's border to its target's", () => {
    const [edge] = routeBackEdges(row, [loop("back", "b", "a")], "right");
    const points = edge?.points ?? [];
    expect(laneOf(points)).toBe(60 + 24);
    expect(points[0]?.y).toBe(60);
    expect(points[0]?.x).toBeGreaterThan(300);
    expect(points.at(-1)?.y).toBe(60);
    expect(points.at(-1)?.x).toBeLessThan(100);
    for (let i = 1; i < points.length; i++) expect(points[i - 1]?.x === points[i]?.x || points[i - 1]?.y === points[i]?.y).toBe(true);
  });

  it("goes above instead when below would cross more of the routes already drawn", () => {
    const under = [
      { x: -50, y: 70 },
      { x: 1400, y: 70 },
    ];
    const [edge] = routeBackEdges(row, [loop("back", "b", "a")], "right", [under]);
    expect(Math.min(...(edge?.points ?? []).map((p) => p.y))).toBe(-24);
  });

  it("puts a longer loop outside a shorter one it encloses, and lets loops far apart share a lane", () => {
    const edges = [loop("long", "c", "a"), loop("short", "b", "a"), loop("far", "e", "d")];
    const [long, short, far] = routeBackEdges(row, edges, "right");
    expect(laneOf(long?.points ?? [])).toBeGreaterThan(laneOf(short?.points ?? []));
    expect(laneOf(far?.points ?? [])).toBe(laneOf(short?.points ?? []));
  });

  it("puts a loop's label on its lane, with room kept for it", () => {
    const [plain] = routeBackEdges(row, [loop("back", "b", "a")], "right");
    const [labelled] = routeBackEdges(row, [{ ...loop("back", "b", "a"), label: "clicks" }], "right");
    const lane = laneOf(labelled?.points ?? []);
    expect(lane).toBeGreaterThan(laneOf(plain?.points ?? []));
    const box = labelled?.labelBox;
    expect(box && box.y + box.height / 2).toBe(lane);
  });
});
