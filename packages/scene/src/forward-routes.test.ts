import type { Point } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { forwardRouter, routeEdge } from "./forward-routes.js";
import { FRAME_METRICS as F } from "./frames.js";

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

  it("runs the corridor on the free level nearest both ends, the upper one on a tie", () => {
    const s = { x: 0, y: 0, width: 100, height: 40 };
    const middle = { x: 200, y: 0, width: 100, height: 40 };
    const t = { x: 400, y: 0, width: 100, height: 40 };
    const x0 = 100 + F.stub;
    const x1 = 400 - F.stub;
    const at = (y: number) => [
      { x: 100, y: 20 },
      { x: x0, y: 20 },
      { x: x0, y },
      { x: x1, y },
      { x: x1, y: 20 },
      { x: 400, y: 20 },
    ];
    // Above and below the middle box are as near: the upper (smaller y) level wins.
    expect(routeEdge(s, t, "right", [s, middle, t])).toEqual(at(-F.stub));
    // A box just above the middle one blocks that level, and the levels around it: below wins.
    const above = { x: 200, y: -30, width: 100, height: 25 };
    expect(routeEdge(s, t, "right", [s, middle, above, t])).toEqual(at(40 + F.stub));
    // A box across the vertical at x0 going down blocks that too: the upper level past both boxes.
    const low = { x: x0 - 5, y: 45, width: 30, height: 40 };
    expect(routeEdge(s, t, "right", [s, middle, above, low, t])).toEqual(at(-30 - F.stub));
  });

  it("routes many edges among the same boxes as one edge at a time, in every direction", () => {
    const boxes = Array.from({ length: 30 }, (_, i) => ({
      x: (i % 6) * 160,
      y: Math.floor(i / 6) * 90 + (i % 3) * 7,
      width: 120,
      height: 50,
    }));
    for (const direction of ["right", "down", "rows"] as const) {
      const route = forwardRouter(boxes, direction);
      for (let i = 0; i < boxes.length; i += 4)
        for (let j = 1; j < boxes.length; j += 5) {
          const s = boxes[i] as (typeof boxes)[number];
          const t = boxes[j] as (typeof boxes)[number];
          expect(route(s, t)).toEqual(routeEdge(s, t, direction, boxes));
        }
    }
  });
});
