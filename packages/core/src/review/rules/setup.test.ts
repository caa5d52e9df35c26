import { describe, expect, it } from "vitest";
import { review } from "../review.js";
import { sketch } from "../sketch.js";

const hits = (doc: ReturnType<typeof sketch>, rule: string) => review(doc).filter((f) => f.rule === rule);

describe("setup/no-objective", () => {
  const rule = "setup/no-objective";
  it("fires when a design has components but no objective", () => {
    expect(hits(sketch({ m: "model" }), rule)).toHaveLength(1);
  });
  it("passes with an objective, and on an empty canvas", () => {
    expect(hits(sketch({ m: "model", goal: "objective" }), rule)).toEqual([]);
    expect(hits(sketch({}), rule)).toEqual([]);
  });
});

describe("setup/no-metric", () => {
  const rule = "setup/no-metric";
  it("asks for an offline and an online metric when something learns, pointing at unscoped metrics", () => {
    const found = hits(sketch({ m: "model", vague: "metric" }), rule);
    expect(found.map((f) => f.message.split(":")[0])).toEqual(["no offline metric", "no online metric"]);
    expect(found[0]!.nodes).toEqual(["vague"]);
  });
  it("passes with scoped metrics, or an evaluation and an A/B test that name theirs", () => {
    const scoped = { off: { kind: "metric", props: { scope: "offline" } }, on: { kind: "metric", props: { scope: "online" } } } as const;
    expect(hits(sketch({ m: "model", ...scoped }), rule)).toEqual([]);
    const named = { e: { kind: "evaluation", props: { metric: "AUC" } }, t: { kind: "ab-test", props: { metric: "bookings" } } } as const;
    expect(hits(sketch({ m: "model", ...named }), rule)).toEqual([]);
  });
  it("counts a business metric or the objective's metric as measured online", () => {
    const off = { kind: "metric", props: { scope: "offline" } } as const;
    expect(hits(sketch({ m: "model", off, b: { kind: "metric", props: { scope: "business" } } }), rule)).toEqual([]);
    expect(hits(sketch({ m: "model", off, goal: { kind: "objective", props: { metric: "bookings" } } }), rule)).toEqual([]);
  });
  it("only fires when only the online side is missing", () => {
    expect(hits(sketch({ m: "model", off: { kind: "metric", props: { scope: "offline" } } }), rule).map((f) => f.message)).toEqual([
      expect.stringMatching(/^no online metric/),
    ]);
  });
  it("does not apply to a design without a model", () => {
    expect(hits(sketch({ lake: "warehouse" }), rule)).toEqual([]);
  });
});

describe("setup/no-constraint", () => {
  const rule = "setup/no-constraint";
  it("fires on an online service with no latency or throughput budget", () => {
    const found = hits(sketch({ api: "online-service", c: { kind: "constraint", props: { type: "cost" } } }), rule);
    expect(found.map((f) => f.nodes)).toEqual([["api"]]);
  });
  it("passes with a latency constraint or a budget on the service; batch scoring needs none", () => {
    expect(hits(sketch({ api: "online-service", c: { kind: "constraint", props: { type: "throughput" } } }), rule)).toEqual([]);
    expect(hits(sketch({ api: { kind: "online-service", props: { throughputRps: 500 } } }), rule)).toEqual([]);
    expect(hits(sketch({ job: "batch-prediction" }), rule)).toEqual([]);
  });
});
