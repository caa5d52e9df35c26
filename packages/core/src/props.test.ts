import { expect, it } from "vitest";
import { KINDS } from "./kinds.js";
import { formatBadge, formatPropValue } from "./props.js";

it("a flag shows its short word when on and nothing when off", () => {
  const spec = KINDS["data-source"].props.personalData;
  expect(formatBadge(spec, true)).toBe("personal data");
  expect(formatBadge(spec, false)).toBeNull();
  expect(formatPropValue(spec, false)).toBe("no");
});

it("numbers carry their unit", () => {
  expect(formatBadge(KINDS["online-service"].props.latencyMs, 1200)).toBe("1,200 ms");
});
