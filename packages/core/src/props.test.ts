import { expect, it } from "vitest";
import { KINDS } from "./kinds.js";
import { formatBadge, formatPropValue } from "./props.js";
import { nodeBadges } from "./text-metrics.js";

it("a flag shows its short word when on and nothing when off", () => {
  const spec = KINDS["data-source"].props.personalData;
  expect(formatBadge(spec, true)).toBe("personal data");
  expect(formatBadge(spec, false)).toBeNull();
  expect(formatPropValue(spec, false)).toBe("no");
});

it("numbers carry their unit, and node badges follow the kind's order", () => {
  expect(formatBadge(KINDS["online-service"].props.latencyMs, 1200)).toBe("1,200 ms");
  expect(nodeBadges({ kind: "data-source", props: { personalData: true, volume: "2 TB/day" } })).toEqual(["2 TB/day", "personal data"]);
  expect(nodeBadges({ kind: "data-source", props: { personalData: false } })).toEqual([]);
});
