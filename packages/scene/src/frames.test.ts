import { describe, expect, it } from "vitest";
import { FRAME_METRICS as F, stageFrameParts, stageFrames } from "./frames.js";
import type { Rect } from "./types.js";

const inside = (r: Rect, f: Rect) => r.x >= f.x && r.y >= f.y && r.x + r.width <= f.x + f.width && r.y + r.height <= f.y + f.height;

describe("stageFrames", () => {
  it("pads a stage's boxes along the main axis and spans the whole drawing, title band included, across it", () => {
    const [setup, , , serving] = stageFrames(
      [
        { stage: "setup", x: 0, y: 0, width: 100, height: 40 },
        { stage: "serving", x: 600, y: 80, width: 100, height: 40 },
      ],
      "right",
    );
    expect(setup).toMatchObject({ x: -F.pad, width: 100 + 2 * F.pad, y: -F.pad - F.titleBand, height: 120 + 2 * F.pad + F.titleBand });
    expect(serving).toMatchObject({ x: 600 - F.pad, width: 100 + 2 * F.pad, y: setup?.y, height: setup?.height });
  });

  it("puts every stage's frame around its boxes", () => {
    const frames = stageFrames(
      [
        { stage: "setup", x: 0, y: 0, width: 100, height: 40 },
        { stage: "serving", x: 600, y: 80, width: 100, height: 40 },
      ],
      "right",
    );
    expect(frames.map((f) => f.stage)).toEqual(["setup", "data", "modeling", "serving"]);
    const serving = frames[3] as Rect;
    expect(inside({ x: 600, y: 80, width: 100, height: 40 }, serving)).toBe(true);
    for (let i = 1; i < 4; i++) expect((frames[i] as Rect).x).toBeGreaterThan((frames[i - 1] as Rect).x + (frames[i - 1] as Rect).width);
  });
});

describe("stageFrameParts", () => {
  it("inset the colour bar and the title from the frame's corner; the bar never has a negative width", () => {
    const frame = { stage: "data" as const, title: "Data", x: 100, y: 50, width: 300, height: 200 };
    expect(stageFrameParts(frame)).toEqual({ bar: { x: 110, y: 50, width: 280, height: 3 }, title: { x: 112, y: 74 } });
    expect(stageFrameParts({ ...frame, width: 8 }).bar.width).toBe(0);
  });
});
