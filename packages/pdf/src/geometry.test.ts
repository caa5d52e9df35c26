import { describe, expect, it } from "vitest";
import { breakLines, contentBox, cutAxis, MIN_SCALE, planDiagram, type Size } from "./geometry.js";

const room =
  (portrait: Size, landscape: Size = { width: portrait.height, height: portrait.width }) =>
  (o: "portrait" | "landscape") =>
    o === "portrait" ? portrait : landscape;
const monospace = (text: string, size: number) => text.length * size * 0.5;

describe("planDiagram", () => {
  it("keeps a small diagram on page 1, portrait on a tie, never enlarged past 85%", () => {
    const plan = planDiagram({ x: 0, y: 0, width: 200, height: 100 }, room({ width: 500, height: 400 }));
    expect(plan).toMatchObject({ placement: "first-page", orientation: "portrait", scale: 0.85 });
  });

  it("turns the page for a wide diagram", () => {
    const plan = planDiagram({ x: 0, y: 0, width: 1500, height: 300 }, room({ width: 500, height: 700 }, { width: 760, height: 400 }));
    expect(plan.placement).toBe("first-page");
    expect(plan.orientation).toBe("landscape");
    expect(plan.scale).toBeCloseTo(760 / 1500);
  });

  it("gives a diagram its own page when page 1 would shrink its labels below 6 pt", () => {
    const small = room({ width: 500, height: 150 }, { width: 760, height: 60 });
    const plan = planDiagram({ x: 0, y: 0, width: 900, height: 900 }, small);
    expect(plan.placement).toBe("own-page");
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });

  it("splits a long diagram into legible parts that cover it, cutting between stages", () => {
    const bounds = { x: -10, y: 0, width: 5000, height: 600 };
    const boxes = Array.from({ length: 20 }, (_, i) => ({ start: i * 250, end: i * 250 + 180 }));
    const plan = planDiagram(bounds, room({ width: 10, height: 10 }), {
      direction: "right",
      boxes: boxes.map((b) => ({ x: b.start, y: 100, width: b.end - b.start, height: 60 })),
      boundaries: [1240, 2490, 3740],
    });
    expect(plan.placement).toBe("parts");
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(plan.tiles[0]!.x).toBe(-10);
    const last = plan.tiles[plan.tiles.length - 1]!;
    expect(last.x + last.width).toBeCloseTo(4990);
    for (const [i, t] of plan.tiles.entries()) {
      expect(t.width * plan.scale).toBeLessThanOrEqual(contentBox(plan.orientation).width + 1e-6);
      if (i > 0) expect(t.x).toBeCloseTo(plan.tiles[i - 1]!.x + plan.tiles[i - 1]!.width);
    }
    // No cut runs through a box.
    for (const t of plan.tiles.slice(1)) expect(boxes.some((b) => t.x > b.start && t.x < b.end)).toBe(false);
  });

  it("falls back to a grid of tiles when the diagram is too big both ways", () => {
    const plan = planDiagram({ x: 0, y: 0, width: 4000, height: 4000 }, room({ width: 10, height: 10 }));
    expect(plan.placement).toBe("parts");
    expect(plan.tiles.length).toBeGreaterThan(4);
    expect(plan.scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });
});

/** Two boxes `apart` scene units apart along x (and `down` along y). */
const farApart = (apart: number, down = 0, x0 = 0) => {
  const boxes = [
    { x: x0, y: 0, width: 150, height: 60 },
    { x: x0 + apart, y: down, width: 150, height: 60 },
  ];
  return { boxes, bounds: { x: x0 - 20, y: -40, width: apart + 190, height: down + 120 } };
};

describe("planDiagram on huge and sparse drawings (issue 17, item 3)", () => {
  const none = room({ width: 10, height: 10 });

  it("prints two parts 100,000 px apart on two pages, each showing one part, not the empty space between", () => {
    const { boxes, bounds } = farApart(100_000);
    const plan = planDiagram(bounds, none, { boxes });
    expect(plan.placement).toBe("parts");
    expect(plan.tiles).toHaveLength(2);
    for (const [i, t] of plan.tiles.entries()) {
      const b = boxes[i]!;
      expect(t.x <= b.x && b.x + b.width <= t.x + t.width && t.y <= b.y && b.y + b.height <= t.y + t.height).toBe(true);
      expect(t.width * plan.scale).toBeLessThanOrEqual(contentBox(plan.orientation).width + 1e-6);
    }
  });

  it("does the same across the other axis, and at the coordinate limits", () => {
    const tall = farApart(0, 100_000);
    expect(planDiagram(tall.bounds, none, { boxes: tall.boxes }).tiles).toHaveLength(2);
    const corners = farApart(1_999_000, 1_999_000, -999_900);
    const plan = planDiagram(corners.bounds, none, { boxes: corners.boxes, direction: "down" });
    expect(plan.placement).toBe("parts");
    expect(plan.tiles).toHaveLength(2);
  });

  it("prints only the overview past the page limit, saying how many pages a legible print would take", () => {
    const boxes = Array.from({ length: 60 }, (_, i) => ({ x: i * 5000, y: 0, width: 150, height: 60 }));
    const bounds = { x: -20, y: -40, width: 59 * 5000 + 190, height: 120 };
    const plan = planDiagram(bounds, none, { boxes, maxPages: 24 });
    expect(plan).toMatchObject({ placement: "overview-only", tiles: [], pagesNeeded: 60 });
    expect(planDiagram(bounds, none, { boxes, maxPages: 60 })).toMatchObject({ placement: "parts" });
  });

  it("keeps every text at 6 pt: the smallest text, not the box label, sets the smallest scale", () => {
    const bounds = { x: 0, y: 0, width: 1000, height: 1300 };
    const page = room({ width: 520, height: 700 });
    // 0.52 prints 13-unit labels at 6.8 pt but 11-unit edge labels at 5.7 pt.
    expect(planDiagram(bounds, page).placement).toBe("first-page");
    expect(planDiagram(bounds, page, { minScale: 6 / 11 }).placement).not.toBe("first-page");
  });
});

describe("cutAxis", () => {
  it("prefers a stage boundary, then a gap between boxes, and cuts through only when it must", () => {
    expect(cutAxis(0, 1000, 600, [], [500])).toEqual([
      { start: 0, end: 500 },
      { start: 500, end: 1000 },
    ]);
    // The stretch after the last box holds nothing to show: no page for it.
    expect(cutAxis(0, 1000, 600, [{ start: 300, end: 700 }], [])).toEqual([
      { start: 0, end: 296 },
      { start: 296, end: 896 },
    ]);
    expect(cutAxis(0, 1000, 600, [{ start: 0, end: 1000 }], [])).toEqual([
      { start: 0, end: 600 },
      { start: 600, end: 1000 },
    ]);
  });

  it("skips stretches with nothing in them and stops at the part limit", () => {
    const far = [
      { start: 0, end: 100 },
      { start: 10_000, end: 10_100 },
    ];
    expect(cutAxis(0, 10_100, 600, far, [])).toEqual([
      { start: 0, end: 600 },
      { start: 10_000 - 48, end: 10_100 },
    ]);
    const many = Array.from({ length: 100 }, (_, i) => ({ start: i * 1000, end: i * 1000 + 100 }));
    expect(cutAxis(0, 100_000, 600, many, [], 5)).toHaveLength(5);
  });
});

describe("breakLines", () => {
  it("wraps on spaces, cuts an over-long word, and ends a cut text with an ellipsis", () => {
    expect(breakLines("one two three four", 40, 10, monospace, 5)).toEqual(["one two", "three", "four"]);
    expect(breakLines("supercalifragilistic", 40, 10, monospace, 5)).toEqual(["supercal", "ifragili", "stic"]);
    const cut = breakLines("one two three four five six", 40, 10, monospace, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith("…")).toBe(true);
    expect(monospace(cut[1]!, 10)).toBeLessThanOrEqual(40);
  });
});
