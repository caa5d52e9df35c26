import { describe, expect, it } from "vitest";
import { review } from "../review.js";
import { sketch } from "../sketch.js";

const hits = (doc: ReturnType<typeof sketch>, rule: string) => review(doc).filter((f) => f.rule === rule);

describe("graph/disconnected-node", () => {
  const rule = "graph/disconnected-node";
  it("fires on each component no edge touches", () => {
    expect(hits(sketch({ a: "dataset", b: "training-job", lost: "warehouse" }, ["a -> b"]), rule).map((f) => f.nodes)).toEqual([["lost"]]);
  });
  it("lets setup items and a lone component stand alone", () => {
    const setup = { goal: "objective", m: "metric", c: "constraint", a: "dataset", b: "training-job" } as const;
    expect(hits(sketch(setup, ["a -> b"]), rule)).toEqual([]);
    expect(hits(sketch({ a: "dataset" }), rule)).toEqual([]);
  });
});

describe("graph/feedback-edge-forward", () => {
  const rule = "graph/feedback-edge-forward";
  it("fires on a feedback edge from an earlier stage to a later one", () => {
    const found = hits(sketch({ d: "dataset", api: "online-service" }, ["d ~> api"]), rule);
    expect(found).toMatchObject([{ nodes: ["d", "api"], edges: ["d.feedback.api"] }]);
  });
  it("passes on feedback that goes back, or stays within a stage", () => {
    expect(hits(sketch({ d: "dataset", api: "online-service", mon: "monitoring" }, ["api ~> d", "mon ~> api"]), rule)).toEqual([]);
  });
});

describe("graph/backward-flow-edge", () => {
  const rule = "graph/backward-flow-edge";
  it("fires on a data edge from a later stage to an earlier one", () => {
    expect(hits(sketch({ d: "dataset", mon: "monitoring" }, ["mon -> d"]), rule)).toMatchObject([
      { severity: "info", edges: ["mon.data.d"] },
    ]);
  });
  it("passes on forward flows, the same edge marked as feedback, triggers, and features written back to data", () => {
    expect(hits(sketch({ d: "dataset", mon: "monitoring" }, ["d -> mon", "mon ~> d"]), rule)).toEqual([]);
    expect(hits(sketch({ t: "training-job", mon: "monitoring" }, ["mon ..> t"]), rule)).toEqual([]);
    expect(hits(sketch({ d: "dataset", fp: "feature-pipeline" }, ["fp -> d"]), rule)).toEqual([]);
  });
});
