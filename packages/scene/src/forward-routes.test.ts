import type { Point } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { routeEdge } from "./forward-routes.js";

describe("routeEdge", () => {
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
});
