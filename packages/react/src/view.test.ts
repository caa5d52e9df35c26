import { describe, expect, it } from "vitest";
import { fitView, MAX_ZOOM, MIN_ZOOM, panBy, viewBoxOf, zoomAt, zoomOf } from "./view.js";

const bounds = { x: 0, y: 0, width: 800, height: 400 };
const fitted = fitView(bounds);

describe("view math", () => {
  it("fits the bounds with a margin", () => {
    expect(fitted).toEqual({ x: -16, y: -16, width: 832, height: 432 });
    expect(zoomOf(fitted, fitted)).toBe(1);
  });

  it("keeps the point under the pointer in place while zooming", () => {
    const at = { x: 600, y: 100 };
    const zoomed = zoomAt(fitted, fitted, 2, at.x, at.y);
    expect(zoomOf(zoomed, fitted)).toBeCloseTo(2);
    // The point's relative position inside the view is unchanged.
    expect((at.x - zoomed.x) / zoomed.width).toBeCloseTo((at.x - fitted.x) / fitted.width);
    expect((at.y - zoomed.y) / zoomed.height).toBeCloseTo((at.y - fitted.y) / fitted.height);
  });

  it("zooming in then out by the same factor returns to the fitted view", () => {
    const back = zoomAt(zoomAt(fitted, fitted, 1.25), fitted, 1 / 1.25);
    for (const key of ["x", "y", "width", "height"] as const) expect(back[key]).toBeCloseTo(fitted[key]);
  });

  it("clamps the zoom", () => {
    expect(zoomOf(zoomAt(fitted, fitted, 1000), fitted)).toBeCloseTo(MAX_ZOOM);
    expect(zoomOf(zoomAt(fitted, fitted, 0.0001), fitted)).toBeCloseTo(MIN_ZOOM);
  });

  it("pans in Scene units and prints a rounded viewBox", () => {
    const moved = panBy(fitted, 10.123, -5);
    expect(moved.x).toBeCloseTo(-5.877);
    expect(moved.y).toBe(-21);
    expect(viewBoxOf(panBy(fitted, 10.123, -5))).toBe("-5.88 -21 832 432");
  });
});
