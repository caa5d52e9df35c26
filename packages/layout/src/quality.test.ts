import type { Scene, SceneNode } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { a4TextPt, editorTextPx, parseTarget, targetRatio } from "./fit.js";
import { countBends, findEdgesThroughBoxes, findLabelCollisions, findSharedRuns, routeBends } from "./quality.js";

const node = (id: string, x: number, y: number): SceneNode =>
  ({ id, kind: "component", stage: "data", label: id, props: {}, pinned: false, x, y, width: 100, height: 40 }) as SceneNode;
type Edge = Scene["edges"][number];
const edge = (id: string, source: string, target: string, points: [number, number][], labelBox?: Edge["labelBox"]): Edge =>
  ({
    id,
    kind: "data",
    source,
    target,
    points: points.map(([x, y]) => ({ x, y })),
    ...(labelBox ? { label: id, labelBox } : {}),
  }) as Edge;
const line: [number, number][] = [
  [0, 0],
  [10, 0],
];

describe("quality measures", () => {
  it("counts bends, not repeated or collinear points", () => {
    const points: [number, number][] = [
      [0, 0],
      [10, 0],
      [20, 0],
      [20, 0],
      [20, 10],
      [30, 10],
    ];
    expect(routeBends(points.map(([x, y]) => ({ x, y })))).toBe(2);
    const bent: [number, number][] = [
      [0, 0],
      [5, 0],
      [5, 5],
    ];
    expect(countBends({ edges: [edge("a", "x", "y", line), edge("b", "x", "y", bent)] })).toBe(1);
  });

  it("finds labels on a box or on another label, but not labels that only touch", () => {
    const nodes = [node("n", 100, 100)];
    const edges = [
      edge("on-box", "a", "b", line, { x: 150, y: 120, width: 40, height: 17 }),
      edge("free", "a", "b", line, { x: 0, y: 0, width: 40, height: 17 }),
      edge("on-free", "a", "b", line, { x: 20, y: 5, width: 40, height: 17 }),
      edge("touching", "a", "b", line, { x: 100, y: 83, width: 40, height: 17 }),
    ];
    expect(findLabelCollisions({ nodes, edges })).toEqual([
      { edge: "on-box", with: "n" },
      { edge: "free", with: "label:on-free" },
    ]);
  });

  it("finds routes through a box that is not their end, and routes running along each other", () => {
    const nodes = [node("s", 0, 0), node("m", 200, 0), node("t", 400, 0)];
    const around: [number, number][] = [
      [100, 20],
      [150, 20],
      [150, 60],
      [350, 60],
      [350, 20],
      [400, 20],
    ];
    const edges = [
      edge("through", "s", "t", [
        [100, 20],
        [400, 20],
      ]),
      edge("around", "s", "t", around),
      edge("along-border", "s", "t", [
        [100, 0],
        [400, 0],
      ]),
    ];
    expect(findEdgesThroughBoxes({ nodes, edges })).toEqual([["through", "m"]]);
    expect(findSharedRuns({ edges })).toEqual([["around", "through"]]);
  });

  it("fits a drawing to the editor (never above 100%) and to A4 (the better orientation)", () => {
    expect(editorTextPx({ width: 500, height: 400 })).toBe(13);
    expect(editorTextPx({ width: 1744, height: 400 })).toBeCloseTo(6.5);
    expect(a4TextPt({ width: 2 * 769.89, height: 100 })).toBeCloseTo(6.5);
    expect(a4TextPt({ width: 100, height: 2 * 663.89 })).toBeCloseTo(6.5);
  });

  it("reads targets and refuses anything else", () => {
    expect(parseTarget("screen")).toBe("screen");
    expect(parseTarget(" a4-landscape ")).toBe("a4-landscape");
    expect(parseTarget("16:9")).toBe("16:9");
    expect(targetRatio("16:9")).toBeCloseTo(16 / 9);
    expect(targetRatio("screen")).toBeCloseTo(1.6);
    expect(targetRatio("a4-portrait")).toBeLessThan(1);
    expect(targetRatio("a4-landscape")).toBeGreaterThan(1);
    for (const bad of ["wide", "16x9", "0:1", "1:100", "-1:2", ""]) expect(parseTarget(bad)).toBeNull();
  });
});
