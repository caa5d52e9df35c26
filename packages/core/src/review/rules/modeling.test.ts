import { describe, expect, it } from "vitest";
import { review } from "../review.js";
import { sketch } from "../sketch.js";

const hits = (doc: ReturnType<typeof sketch>, rule: string) => review(doc).filter((f) => f.rule === rule);

describe("modeling/no-path-to-serving", () => {
  const rule = "modeling/no-path-to-serving";
  it("fires when the design has no serving part at all", () => {
    expect(hits(sketch({ m: "model" }), rule)).toMatchObject([{ severity: "error", nodes: ["m"] }]);
  });
  it("fires on the one model that does not reach serving", () => {
    const found = hits(sketch({ a: "model", b: "model", api: "online-service", mon: "monitoring" }, ["a => api", "b -> mon"]), rule);
    expect(found.map((f) => f.nodes)).toEqual([["b"]]);
  });
  it("counts a model deployed into monitoring as served, but not one that only reports to it", () => {
    expect(hits(sketch({ m: "model", mon: "monitoring" }, ["m => mon"]), rule)).toEqual([]);
    expect(hits(sketch({ m: "model", mon: "monitoring" }, ["m -> mon"]), rule)).toHaveLength(1);
  });
  it("passes through a registry, and for a model drawn in the serving stage", () => {
    expect(hits(sketch({ m: "model", reg: "model-registry", job: "batch-prediction" }, ["m => reg => job"]), rule)).toEqual([]);
    expect(hits(sketch({ m: { kind: "model", stage: "serving" } }), rule)).toEqual([]);
  });
});

describe("modeling/no-baseline", () => {
  const rule = "modeling/no-baseline";
  it("fires when something learns and nothing is there to beat", () => {
    expect(hits(sketch({ train: "training-job" }), rule)).toMatchObject([{ nodes: ["train"] }]);
  });
  it("passes with a baseline, and without a model", () => {
    expect(hits(sketch({ train: "training-job", b: "baseline" }), rule)).toEqual([]);
    expect(hits(sketch({ api: "online-service" }), rule)).toEqual([]);
  });
});

describe("modeling/no-evaluation", () => {
  const rule = "modeling/no-evaluation";
  it("fires when a model is never evaluated", () => {
    expect(hits(sketch({ m: "model", api: "online-service" }, ["m => api"]), rule)).toMatchObject([{ severity: "error", nodes: ["m"] }]);
  });
  it("passes with an evaluation", () => {
    expect(hits(sketch({ m: "model", e: "evaluation", api: "online-service" }, ["m -> e => api"]), rule)).toEqual([]);
  });
});

describe("modeling/no-evaluation-gate", () => {
  const rule = "modeling/no-evaluation-gate";
  const parts = { train: "training-job", m: "model", e: "evaluation", api: "online-service" } as const;
  it("fires when deployment goes around the evaluation", () => {
    const found = hits(sketch(parts, ["train -> m => api", "m -> e"]), rule);
    expect(found).toMatchObject([{ severity: "warning", nodes: ["train", "api"] }]);
  });
  it("fires when the evaluation on the path is marked as not blocking", () => {
    const soft = { ...parts, e: { kind: "evaluation", props: { gate: false } } } as const;
    expect(hits(sketch(soft, ["train -> m -> e => api"]), rule)).toHaveLength(1);
  });
  it("passes when every path to serving crosses the evaluation; a feedback edge is no path", () => {
    expect(hits(sketch(parts, ["train -> m -> e => api", "api ~> train"]), rule)).toEqual([]);
    expect(hits(sketch({ ...parts, mon: "monitoring" }, ["train -> m -> e => api -> mon ~> m"]), rule)).toEqual([]);
  });
});
