import { describe, expect, it } from "vitest";
import { arrowhead, nodeBoxParts, stageFrameParts } from "./drawing.js";
import { badgeWidth, NODE_METRICS as M } from "./text-metrics.js";
import { ICON_VIEWBOX } from "./theme.js";

describe("nodeBoxParts", () => {
  it("centres a one-line label beside the icon and puts the badge row under them", () => {
    const parts = nodeBoxParts(M.maxWidth, "Model", ["PyTorch"]);
    expect(parts.icon).toEqual({ x: M.padX, y: M.padY, scale: M.icon / ICON_VIEWBOX });
    const top = M.padY + (M.icon - M.lineHeight) / 2;
    expect(parts.lines).toEqual([{ text: "Model", x: M.padX + M.icon + M.iconGap, y: top + 12.5 }]);
    const y = M.padY + M.icon + M.badgeGap;
    expect(parts.badges).toEqual([
      { text: "PyTorch", x: M.padX, y, width: badgeWidth("PyTorch"), height: M.badgeHeight, textX: M.padX + M.badgePadX, textY: y + 12.5 },
    ]);
  });

  it("puts each label line one line height below the last", () => {
    const { lines } = nodeBoxParts(M.minWidth, "A rather long label that has to wrap", []);
    expect(lines.length).toBeGreaterThan(1);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.y - lines[i - 1]!.y).toBe(M.lineHeight);
  });

  it("shortens a badge to the room left and drops one that has no room", () => {
    const width = M.minWidth;
    const { badges } = nodeBoxParts(width, "x", ["a fairly long badge text", "second badge", "third"]);
    for (const b of badges) expect(b.x + b.width).toBeLessThanOrEqual(width - M.padX);
    expect(badges[0]!.text.endsWith("…")).toBe(true);
    expect(badges.length).toBeLessThan(3);
  });

  it("draws no badge in a box too narrow for one", () => {
    expect(nodeBoxParts(2 * M.padX + 35, "x", ["badge"]).badges).toEqual([]);
    expect(nodeBoxParts(2 * M.padX + 36, "x", ["badge"]).badges).toHaveLength(1);
  });
});

describe("stageFrameParts", () => {
  it("inset the colour bar and the title from the frame's corner; the bar never has a negative width", () => {
    const frame = { stage: "data" as const, title: "Data", x: 100, y: 50, width: 300, height: 200 };
    expect(stageFrameParts(frame)).toEqual({ bar: { x: 110, y: 50, width: 280, height: 3 }, title: { x: 112, y: 74 } });
    expect(stageFrameParts({ ...frame, width: 8 }).bar.width).toBe(0);
  });
});

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
