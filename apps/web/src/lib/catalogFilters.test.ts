import { listCatalog } from "@mlsd/catalog";
import { describe, expect, it } from "vitest";
import { filterCatalog, NO_FILTER, PARTS, SERVING, SIZES, TASKS, tasksOf } from "./catalogFilters.js";

describe("gallery filters", () => {
  const entries = listCatalog();

  it("gives every case study and exercise a task", () => {
    for (const e of entries.filter((x) => x.kind !== "flow")) expect(tasksOf(e).length, e.id).toBeGreaterThan(0);
  });

  it("tells designs apart: every choice of every filter keeps some designs and drops others", () => {
    const choices = [
      ...TASKS.map((t) => ({ task: t.id })),
      ...SERVING.map((s) => ({ serving: s.id })),
      ...PARTS.map((part) => ({ part })),
      ...SIZES.map((s) => ({ size: s.id })),
    ];
    for (const choice of choices) {
      const shown = filterCatalog(entries, { ...NO_FILTER, ...choice });
      expect(shown.length, JSON.stringify(choice)).toBeGreaterThan(0);
      expect(shown.length, JSON.stringify(choice)).toBeLessThan(entries.length);
    }
  });

  it("keeps exactly the entries that match each filter, and all of them together", () => {
    expect(filterCatalog(entries, NO_FILTER)).toHaveLength(entries.length);
    const review = filterCatalog(entries, { ...NO_FILTER, part: "human-review" });
    expect(review.map((e) => e.id)).toEqual(entries.filter((e) => e.partKinds.includes("human-review")).map((e) => e.id));
    const small = filterCatalog(entries, { ...NO_FILTER, size: "small" });
    expect(small.every((e) => e.nodeCount <= 10)).toBe(true);
    const both = filterCatalog(entries, { ...NO_FILTER, part: "ab-test", type: "case-study" });
    expect(both.map((e) => e.id)).toEqual(
      entries.filter((e) => e.kind === "case-study" && e.partKinds.includes("ab-test")).map((e) => e.id),
    );
    expect(filterCatalog(entries, { ...NO_FILTER, query: "uber michelangelo" }).map((e) => e.id)).toEqual(["uber-michelangelo"]);
  });
});
