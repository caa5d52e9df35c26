import { describe, expect, it } from "vitest";
import { arrowhead } from "./geometry.js";

describe("arrowhead", () => {
  it("has its tip on the end point and its base across the segment", () => {
    expect(arrowhead({ x: 0, y: 0 }, { x: 10, y: 0 }, 8, 4)).toEqual([
      { x: 10, y: 0 },
      { x: 2, y: 4 },
      { x: 2, y: -4 },
    ]);
    const [tip, a, b] = arrowhead({ x: 5, y: 5 }, { x: 5, y: 25 }, 9, 4.5);
    expect(tip).toEqual({ x: 5, y: 25 });
    expect([a.y, b.y]).toEqual([16, 16]);
    expect(Math.abs(a.x - b.x)).toBe(9);
  });

  it("does not divide by zero on a segment of no length", () => {
    const head = arrowhead({ x: 3, y: 3 }, { x: 3, y: 3 }, 8, 4);
    for (const p of head) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
