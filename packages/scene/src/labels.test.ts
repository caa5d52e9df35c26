import { describe, expect, it } from "vitest";
import { edgeLabelBox, labelBoxOf } from "./labels.js";
import { estimateTextWidth, NODE_METRICS } from "./text-metrics.js";

const route = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 300 },
  { x: 200, y: 300 },
];

describe("edgeLabelBox", () => {
  it("centres a box as wide as the text on the longest segment", () => {
    const box = edgeLabelBox("retrain", route);
    expect(box.width).toBe(estimateTextWidth("retrain", NODE_METRICS.edgeLabelSize) + 8);
    expect(box.height).toBe(NODE_METRICS.edgeLabelSize + 6);
    expect([box.x + box.width / 2, box.y + box.height / 2]).toEqual([100, 150]);
  });

  it("takes the next longest segment whose box stays clear of the boxes to avoid", () => {
    const box = edgeLabelBox("retrain", route, [{ x: 80, y: 100, width: 40, height: 100 }]);
    expect([box.x + box.width / 2, box.y + box.height / 2]).toEqual([50, 0]);
  });
});

describe("labelBoxOf", () => {
  it("keeps the layout's box, places a label without one by the same rule, and has none without a label", () => {
    const given = { x: 1, y: 2, width: 3, height: 4 };
    expect(labelBoxOf({ label: "x", labelBox: given, points: route })).toBe(given);
    expect(labelBoxOf({ label: "retrain", points: route })).toEqual(edgeLabelBox("retrain", route));
    expect(labelBoxOf({ points: route })).toBeUndefined();
  });
});
