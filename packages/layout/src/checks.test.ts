import type { Scene, SceneNode, StageFrame } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import {
  checkFrameOrder,
  checkScene,
  countCrossings,
  findDetachedEdges,
  findNodesOutsideFrames,
  findOverlaps,
  totalEdgeLength,
} from "./checks.js";

const node = (id: string, x: number, y: number, stage: SceneNode["stage"] = "data"): SceneNode =>
  ({ id, kind: "component", stage, label: id, props: {}, pinned: false, x, y, width: 100, height: 40 }) as SceneNode;
const frame = (stage: StageFrame["stage"], x: number, width = 200): StageFrame => ({ stage, title: stage, x, y: 0, width, height: 300 });

const base = (
  nodes: SceneNode[],
  edges: Scene["edges"] = [],
  stages = [frame("setup", 0), frame("data", 220), frame("modeling", 440), frame("serving", 660)],
): Scene => ({
  documentId: "t",
  title: "t",
  summary: "",
  direction: "right",
  bounds: { x: 0, y: 0, width: 900, height: 300 },
  stages,
  nodes,
  edges,
});

const edge = (id: string, source: string, target: string, points: [number, number][]) =>
  ({ id, kind: "data", source, target, points: points.map(([x, y]) => ({ x, y })) }) as Scene["edges"][number];

describe("scene checks", () => {
  it("finds overlapping boxes but not boxes that only touch", () => {
    const scene = base([node("a", 240, 10), node("b", 300, 30), node("c", 240, 50), node("d", 340, 200)]);
    expect(findOverlaps(scene)).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
  });

  it("finds nodes outside their own stage's frame", () => {
    const scene = base([node("in", 240, 10), node("wrong-band", 10, 10), node("sticks-out", 380, 10)]);
    expect(findNodesOutsideFrames(scene)).toEqual(["wrong-band", "sticks-out"]);
  });

  it("reports frames out of order, overlapping or missing", () => {
    expect(checkFrameOrder(base([]))).toEqual([]);
    const swapped = base([], [], [frame("setup", 0), frame("data", 440), frame("modeling", 220), frame("serving", 660)]);
    expect(checkFrameOrder(swapped)).toEqual(['frame "modeling" starts before frame "data" ends']);
    const missing = base([], [], [frame("setup", 0), frame("data", 220), frame("serving", 660)]);
    expect(checkFrameOrder(missing)).toEqual(['stage "modeling" has no frame']);
  });

  it("finds edges that do not start and end on their nodes' borders", () => {
    const scene = base(
      [node("a", 240, 10), node("b", 460, 10)],
      [
        edge("ok", "a", "b", [
          [340, 30],
          [460, 30],
        ]),
        edge("short", "a", "b", [
          [340, 30],
          [450, 30],
        ]),
      ],
    );
    expect(findDetachedEdges(scene)).toEqual(["short"]);
  });

  it("counts proper crossings between different edges and sums lengths", () => {
    const scene = base(
      [],
      [
        edge("h", "a", "b", [
          [0, 50],
          [100, 50],
        ]),
        edge("v", "c", "d", [
          [50, 0],
          [50, 100],
        ]),
        edge("touch", "e", "f", [
          [100, 0],
          [100, 50],
        ]),
        edge("slant", "g", "h", [
          [0, 0],
          [100, 100],
        ]),
      ],
    );
    // h×v, h×slant, v×slant (at one point, counted per pair), touch only meets h's end.
    expect(countCrossings(scene)).toBe(3);
    expect(Math.round(totalEdgeLength(scene))).toBe(100 + 100 + 50 + 141);
    expect(checkScene(scene).crossings).toBe(3);
  });
});
