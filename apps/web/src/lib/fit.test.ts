import type { Rect } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { fitView, freeAreas, onScreen, revealView } from "./fit.js";

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (a: Rect, outer: { width: number; height: number }) =>
  a.x >= 0 && a.y >= 0 && a.x + a.width <= outer.width && a.y + a.height <= outer.height;

describe("fitting a design in the canvas", () => {
  const canvas = { width: 1000, height: 700 };
  const minimap = { x: 785, y: 535, width: 200, height: 150 };
  const controls = { x: 15, y: 560, width: 32, height: 125 };

  it("fills the canvas when nothing is in the way, up to the largest zoom", () => {
    const view = fitView({ x: 100, y: 50, width: 2000, height: 500 }, canvas, []);
    expect(view.zoom).toBeCloseTo((1000 - 32) / 2000);
    const drawn = onScreen({ x: 100, y: 50, width: 2000, height: 500 }, view);
    expect(drawn.x).toBeCloseTo(16);
    expect(drawn.y + drawn.height / 2).toBeCloseTo(350);
    expect(fitView({ x: 0, y: 0, width: 100, height: 100 }, canvas, []).zoom).toBe(1.2);
  });

  it("keeps every part clear of the minimap and the zoom controls", () => {
    for (const bounds of [
      { x: 0, y: 0, width: 2400, height: 600 },
      { x: -300, y: 40, width: 900, height: 800 },
      { x: 0, y: 0, width: 1000, height: 700 },
    ]) {
      const drawn = onScreen(bounds, fitView(bounds, canvas, [minimap, controls]));
      expect(within(drawn, canvas)).toBe(true);
      expect(overlaps(drawn, minimap)).toBe(false);
      expect(overlaps(drawn, controls)).toBe(false);
    }
  });

  it("picks the free area where the design is largest: a wide one above the overlays, a tall one between them", () => {
    const wide = fitView({ x: 0, y: 0, width: 3000, height: 500 }, canvas, [minimap, controls]);
    const tall = fitView({ x: 0, y: 0, width: 300, height: 900 }, canvas, [minimap, controls]);
    // Wide: the whole width above the minimap's top. Tall: the whole height between the controls and the minimap.
    expect(wide.zoom).toBeCloseTo((1000 - 32) / 3000);
    expect(tall.zoom).toBeCloseTo((700 - 32) / 900);
  });

  it("lists only areas clear of every overlay", () => {
    const areas = freeAreas(canvas, [minimap, controls]);
    expect(areas.length).toBeGreaterThan(2);
    for (const a of areas) for (const o of [minimap, controls]) expect(overlaps(a, o)).toBe(false);
    expect(freeAreas(canvas, [])).toEqual([{ x: 0, y: 0, ...canvas }]);
  });
});

describe("bringing a new part into sight", () => {
  const canvas = { width: 800, height: 600 };
  const view = { x: 0, y: 0, zoom: 0.5 };

  it("leaves the view alone when the part is on screen", () => {
    expect(revealView({ x: 200, y: 200, width: 170, height: 64 }, view, canvas, [])).toBeUndefined();
  });

  it("pans just enough for a part off screen, never changing the zoom", () => {
    const box = { x: 2000, y: 300, width: 170, height: 64 };
    const next = revealView(box, view, canvas, [])!;
    expect(next.zoom).toBe(0.5);
    const drawn = onScreen(box, next);
    expect(within(drawn, canvas)).toBe(true);
    // Just inside the right edge, not re-centred.
    expect(drawn.x + drawn.width).toBeCloseTo(800 - 16);
    expect(next.y).toBe(0);
  });

  it("pans a part out from under the minimap", () => {
    const minimap = { x: 585, y: 435, width: 200, height: 150 };
    const box = { x: 1300, y: 950, width: 170, height: 64 };
    const next = revealView(box, view, canvas, [minimap])!;
    expect(next.zoom).toBe(0.5);
    expect(overlaps(onScreen(box, next), minimap)).toBe(false);
  });
});
