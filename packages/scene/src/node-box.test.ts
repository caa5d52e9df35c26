import { describe, expect, it } from "vitest";
import { ICON_VIEWBOX } from "./kind-styles.js";
import { nodeBoxParts } from "./node-box.js";
import { badgeWidth, NODE_METRICS as M } from "./text-metrics.js";

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
