import { describe, expect, it } from "vitest";
import { starterDocument } from "./create.js";
import { LIMITS } from "./limits.js";
import { parseDocument } from "./parse.js";
import { clampPlacement, clampPoint, clampSize, fitDrawing } from "./placement.js";
import type { Document, Point } from "./schema.js";

const L = LIMITS.coordinate;
const placed = (points: Point[], size = { width: 120, height: 60 }): Document => {
  const doc = starterDocument("Placed");
  return { ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, position: points[i % points.length] as Point, size })) };
};
const loads = (doc: Document) => parseDocument(JSON.parse(JSON.stringify(doc))).ok;

describe("clampPoint and clampSize", () => {
  it("keep coordinates within the schema's bounds and sizes at least LIMITS.minSide", () => {
    expect(clampPoint({ x: L + 5, y: -L - 5 })).toEqual({ x: L, y: -L });
    expect(clampPoint({ x: Number.NaN, y: -0 })).toEqual({ x: 0, y: 0 });
    expect(Object.is(clampPoint({ x: -0, y: 1 }).x, 0)).toBe(true);
    expect(clampPoint({ x: Infinity, y: -Infinity })).toEqual({ x: L, y: -L });
    expect(clampSize({ width: 0, height: 0.4 })).toEqual({ width: LIMITS.minSide, height: LIMITS.minSide });
    expect(clampSize({ width: 2 * L, height: 10 })).toEqual({ width: L, height: 10 });
    expect(clampSize({ width: Number.NaN, height: 10 })).toBeUndefined();
  });
});

describe("clampPlacement", () => {
  it("returns the same document when every part is inside", () => {
    const doc = placed([{ x: 0, y: 0 }]);
    expect(clampPlacement(doc)).toBe(doc);
  });

  it("stops each part at the edge on its own", () => {
    const doc = clampPlacement(
      placed([
        { x: L + 300, y: 0 },
        { x: 10, y: 10 },
      ]),
    );
    expect(doc.nodes.map((n) => n.position)).toEqual([
      { x: L, y: 0 },
      { x: 10, y: 10 },
      { x: L, y: 0 },
      { x: 10, y: 10 },
    ]);
    expect(loads(doc)).toBe(true);
  });
});

describe("fitDrawing", () => {
  it("leaves a drawing that fits alone", () => {
    const doc = placed([
      { x: -L, y: 0 },
      { x: L, y: 40 },
    ]);
    expect(fitDrawing(doc)).toBe(doc);
  });

  it("moves a drawing that pokes out by as little as it must, keeping every gap", () => {
    const doc = fitDrawing(
      placed([
        { x: L - 100, y: 0 },
        { x: L + 250, y: 90 },
      ]),
    );
    expect(doc.nodes.slice(0, 2).map((n) => n.position)).toEqual([
      { x: L - 350, y: 0 },
      { x: L, y: 90 },
    ]);
    expect(loads(doc)).toBe(true);
  });

  it("scales down a drawing wider than the bounds, keeping its order and shape", () => {
    const doc = fitDrawing(
      placed([
        { x: -L, y: 0 },
        { x: 0, y: 10 },
        { x: 2 * L, y: 20 },
      ]),
    );
    const xs = doc.nodes.slice(0, 3).map((n) => n.position?.x ?? Number.NaN);
    expect(xs).toEqual([-L, -L / 3, L].map(Math.round));
    expect(loads(doc)).toBe(true);
  });

  it("keeps tiny boxes at the smallest stored size", () => {
    const doc = fitDrawing(placed([{ x: 0, y: 0 }], { width: 0, height: 0.4 }));
    expect(doc.nodes[0]?.size).toEqual({ width: LIMITS.minSide, height: LIMITS.minSide });
    expect(loads(doc)).toBe(true);
  });
});
