import { describe, expect, it } from "vitest";
import {
  COMPACT_METRICS,
  estimateTextWidth,
  NODE_METRICS,
  nodeBadgeEntries,
  nodeBadges,
  nodeLabelLines,
  nodeSize,
  wrapText,
} from "./text-metrics.js";

describe("text metrics", () => {
  it("estimates wider text for more and wider characters", () => {
    expect(estimateTextWidth("", 13)).toBe(0);
    expect(estimateTextWidth("mmmm", 13)).toBeGreaterThan(estimateTextWidth("iiii", 13));
    expect(estimateTextWidth("abc", 26)).toBeGreaterThan(estimateTextWidth("abc", 13));
  });

  it("wraps words into lines that fit, cutting the last with an ellipsis", () => {
    const lines = wrapText("one two three four five six seven eight nine ten eleven twelve", 80, 13);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(estimateTextWidth(l, 13)).toBeLessThanOrEqual(80);
    expect(lines[2]?.endsWith("…")).toBe(true);
    expect(wrapText("short", 200, 13)).toEqual(["short"]);
  });

  it("sizes a node for its label and badges within the min and max width", () => {
    const small = nodeSize({ kind: "model", label: "M", props: {} });
    expect(small.width).toBe(NODE_METRICS.minWidth);
    const long = nodeSize({ kind: "model", label: "A model with a very long descriptive name that wraps", props: {} });
    expect(long.width).toBe(NODE_METRICS.maxWidth);
    expect(long.height).toBeGreaterThan(small.height);
    expect(nodeLabelLines("A model with a very long descriptive name that wraps", long.width).length).toBeGreaterThan(1);
    const badged = nodeSize({ kind: "event-stream", label: "Clicks", props: { technology: "Kafka" } });
    expect(badged.height).toBeGreaterThan(small.height);
  });

  it("sizes a compact box for its icon and label alone: no badge row, less padding, never wider", () => {
    const node = { kind: "event-stream", label: "Clicks", props: { technology: "Kafka", eventsPerSecond: 3000 } } as const;
    const full = nodeSize(node);
    const compact = nodeSize(node, { compact: true });
    // One line of label beside the icon, padded above and below.
    expect(compact.height).toBe(2 * COMPACT_METRICS.padY + Math.max(NODE_METRICS.icon, NODE_METRICS.lineHeight));
    expect(compact.height).toBeLessThan(nodeSize({ ...node, props: {} }).height);
    expect(full.height - compact.height).toBeGreaterThanOrEqual(NODE_METRICS.badgeGap + NODE_METRICS.badgeHeight);
    expect(compact.width).toBeLessThanOrEqual(full.width);
    expect(nodeSize({ kind: "model", label: "M", props: {} }, { compact: true }).width).toBe(COMPACT_METRICS.minWidth);
    // A wrapped label keeps its lines: only the badge row and padding go.
    const long = {
      kind: "model",
      label: "A model with a very long descriptive name that wraps",
      props: { family: "gradient-boosted trees" },
    } as const;
    const lines = nodeLabelLines(long.label, nodeSize(long).width).length;
    expect(nodeSize(long, { compact: true }).height).toBe(2 * COMPACT_METRICS.padY + lines * NODE_METRICS.lineHeight);
  });

  it("shows at most two set badge properties, formatted", () => {
    expect(nodeBadges({ kind: "event-stream", props: { technology: "Kafka", eventsPerSecond: 3000 } })).toEqual(["Kafka", "3,000 ev/s"]);
    expect(nodeBadges({ kind: "data-source", props: { volume: "2 TB/day", freshness: "hourly", personalData: true } })).toHaveLength(2);
    expect(nodeBadges({ kind: "model", props: {} })).toEqual([]);
  });

  it("follows the kind's order of badge properties; a flag that is off shows nothing", () => {
    expect(nodeBadges({ kind: "data-source", props: { personalData: true, volume: "2 TB/day" } })).toEqual(["2 TB/day", "personal data"]);
    expect(nodeBadges({ kind: "data-source", props: { personalData: false } })).toEqual([]);
  });

  it("names the property behind each badge, with its full value", () => {
    expect(nodeBadgeEntries({ kind: "data-source", props: { personalData: true, volume: "2 TB/day" } })).toEqual([
      { key: "volume", label: "Volume", text: "2 TB/day", value: "2 TB/day" },
      { key: "personalData", label: "Holds personal data", text: "personal data", value: "yes" },
    ]);
    expect(nodeBadgeEntries({ kind: "event-stream", props: { eventsPerSecond: 1000000 } })[0]?.value).toBe("1,000,000 ev/s");
  });
});
