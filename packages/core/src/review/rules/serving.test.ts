import { describe, expect, it } from "vitest";
import { review } from "../review.js";
import { sketch } from "../sketch.js";

const hits = (doc: ReturnType<typeof sketch>, rule: string) => review(doc).filter((f) => f.rule === rule);

describe("serving/no-monitoring", () => {
  const rule = "serving/no-monitoring";
  it("fires on serving with nothing watching it", () => {
    expect(hits(sketch({ api: "online-service", job: "batch-prediction" }), rule)).toMatchObject([
      { severity: "error", nodes: ["api", "job"] },
    ]);
  });
  it("passes with monitoring, and when nothing is served", () => {
    expect(hits(sketch({ api: "online-service", mon: "monitoring" }, ["api -> mon"]), rule)).toEqual([]);
    expect(hits(sketch({ m: "model" }), rule)).toEqual([]);
  });
});

describe("serving/no-feedback-loop", () => {
  const rule = "serving/no-feedback-loop";
  const parts = { d: "dataset", train: "training-job", api: "online-service", mon: "monitoring" } as const;
  it("fires when nothing after serving leads back", () => {
    expect(hits(sketch(parts, ["d -> train => api -> mon"]), rule)).toMatchObject([{ nodes: ["mon"] }]);
    expect(hits(sketch({ train: "training-job", api: "online-service" }, ["train => api"]), rule)).toMatchObject([{ nodes: ["api"] }]);
  });
  it("passes when monitoring or user feedback flows back to data or training, by any edge kind", () => {
    expect(hits(sketch(parts, ["d -> train => api -> mon ~> d"]), rule)).toEqual([]);
    expect(hits(sketch(parts, ["d -> train => api -> mon ..> train"]), rule)).toEqual([]);
    const fb = { train: "training-job", api: "online-service", fb: "user-feedback", lab: "labeling" } as const;
    expect(hits(sketch(fb, ["train => api -> fb -> lab"]), rule)).toEqual([]);
  });
  it("passes when a serving component is drawn with a feedback edge back to data", () => {
    expect(hits(sketch({ d: "dataset", train: "training-job", api: "online-service" }, ["d -> train => api ~> d"]), rule)).toEqual([]);
  });
});

describe("serving/on-device-without-feedback", () => {
  const rule = "serving/on-device-without-feedback";
  it("fires on an on-device model that does not say how feedback comes back", () => {
    const blank = { kind: "on-device-model", props: { feedbackCollection: "  " } } as const;
    expect(hits(sketch({ phone: "on-device-model", tv: blank }), rule).map((f) => f.nodes)).toEqual([["phone"], ["tv"]]);
  });
  it("passes when feedback collection is described", () => {
    const said = { kind: "on-device-model", props: { feedbackCollection: "opt-in telemetry" } } as const;
    expect(hits(sketch({ phone: said }), rule)).toEqual([]);
  });
});

describe("serving/no-fallback", () => {
  const rule = "serving/no-fallback";
  it("fires when a tag says errors are costly and nothing catches unsure predictions", () => {
    const found = hits(sketch({ api: "online-service" }, [], { tags: ["payments", "fraud"] }), rule);
    expect(found).toMatchObject([{ nodes: ["api"] }]);
    expect(found[0]!.message).toContain('tag "payments"');
  });
  it("fires when a constraint speaks of the cost of false positives", () => {
    const c = { kind: "constraint", label: "False positives block honest riders", props: {} } as const;
    expect(hits(sketch({ api: "online-service", c }), rule)).toHaveLength(1);
  });
  it("passes with a human review step or a fallback, and where errors are cheap", () => {
    expect(hits(sketch({ api: "online-service", hr: "human-review" }, ["api -> hr"], { tags: ["fraud"] }), rule)).toEqual([]);
    const fallback = { kind: "component", label: "Rule-based fallback" } as const;
    expect(hits(sketch({ api: "online-service", fb: fallback }, ["api -> fb"], { tags: ["medical"] }), rule)).toEqual([]);
    expect(hits(sketch({ api: "online-service" }, [], { tags: ["music"] }), rule)).toEqual([]);
  });
});

describe("serving/no-online-experiment", () => {
  const rule = "serving/no-online-experiment";
  it("fires when a served model is never tested on live traffic", () => {
    expect(hits(sketch({ m: "model", api: "online-service" }, ["m => api"]), rule)).toMatchObject([{ severity: "info", nodes: ["api"] }]);
  });
  it("passes with an A/B experiment", () => {
    expect(hits(sketch({ m: "model", api: "online-service", ab: "ab-test" }, ["m => api -> ab"]), rule)).toEqual([]);
  });
});
