import { describe, expect, it } from "vitest";
import { NodeId } from "../../ids.js";
import { review } from "../review.js";
import { sketch } from "../sketch.js";

const hits = (doc: ReturnType<typeof sketch>, rule: string) => review(doc).filter((f) => f.rule === rule);

describe("data/no-path-to-training", () => {
  const rule = "data/no-path-to-training";
  it("fires on a training job that no data reaches, even if data is drawn elsewhere", () => {
    const found = hits(sketch({ src: "data-source", etl: "etl-job", train: "training-job" }, ["src -> etl"]), rule);
    expect(found).toMatchObject([{ severity: "error", nodes: ["train"] }]);
  });
  it("does not count a feedback edge as a data path", () => {
    expect(hits(sketch({ src: "data-source", train: "training-job" }, ["src ~> train"]), rule)).toHaveLength(1);
  });
  it("passes when a source reaches training through intermediate steps", () => {
    expect(hits(sketch({ src: "data-source", etl: "etl-job", train: "training-job" }, ["src -> etl -> train"]), rule)).toEqual([]);
  });
  it("checks the model when no training job is drawn", () => {
    expect(hits(sketch({ m: "model" }), rule).map((f) => f.nodes)).toEqual([["m"]]);
    expect(hits(sketch({ d: "dataset", m: "model" }, ["d -> m"]), rule)).toEqual([]);
  });
});

describe("data/no-label-source", () => {
  const rule = "data/no-label-source";
  it("fires when training has nothing that supplies labels", () => {
    expect(hits(sketch({ train: "training-job" }), rule)).toMatchObject([{ nodes: ["train"] }]);
  });
  it("fires on a labeling node that does not name its source", () => {
    expect(hits(sketch({ train: "training-job", lab: "labeling" }), rule)).toMatchObject([{ nodes: ["lab"] }]);
  });
  it("passes with a sourced labeling node, with user feedback, or for clustering", () => {
    expect(hits(sketch({ train: "training-job", lab: { kind: "labeling", props: { source: "human" } } }), rule)).toEqual([]);
    expect(hits(sketch({ train: "training-job", fb: "user-feedback" }), rule)).toEqual([]);
    expect(hits(sketch({ m: { kind: "model", props: { task: "clustering" } } }), rule)).toEqual([]);
  });
});

describe("data/training-serving-skew", () => {
  const rule = "data/training-serving-skew";
  const parts = { src: "data-source", fs: "feature-store", train: "training-job", m: "model", api: "online-service" } as const;
  it("fires when training and serving share no feature definition", () => {
    const found = hits(sketch({ src: "data-source", train: "training-job", api: "online-service" }, ["src -> train", "src -> api"]), rule);
    expect(found).toMatchObject([{ nodes: ["train", "api"] }]);
  });
  it("fires when the feature store reaches serving only through training", () => {
    const found = hits(sketch(parts, ["src -> fs -> train -> m => api"]), rule);
    expect(found).toHaveLength(1);
    expect(found[0]!.nodes).toContain("fs");
  });
  it("passes when one feature store feeds both", () => {
    expect(hits(sketch(parts, ["src -> fs -> train -> m => api", "fs -> api"]), rule)).toEqual([]);
  });
});

describe("data/personal-data-without-privacy-note", () => {
  const rule = "data/personal-data-without-privacy-note";
  const personal = { users: { kind: "data-source", props: { personalData: true } }, other: "warehouse" } as const;
  it("fires on each node holding personal data with nothing said about privacy", () => {
    expect(hits(sketch(personal), rule)).toMatchObject([{ severity: "error", nodes: ["users"] }]);
  });
  it("passes with a privacy constraint, a note on the node, an attached note or a design-wide note", () => {
    expect(hits(sketch({ ...personal, p: { kind: "constraint", props: { type: "privacy" } } }), rule)).toEqual([]);
    const noted = { users: { kind: "data-source", props: { personalData: true }, notes: "Ids are pseudonymised." } } as const;
    expect(hits(sketch(noted), rule)).toEqual([]);
    const attached = [{ id: "n", text: "Kept under GDPR consent.", nodes: [NodeId("users")] }];
    expect(hits(sketch(personal, [], { notes: attached }), rule)).toEqual([]);
    expect(hits(sketch(personal, [], { notes: [{ id: "n", text: "All personal data is anonymized." }] }), rule)).toEqual([]);
  });
  it("reports the design's uncovered personal data in one finding", () => {
    const two = { ...personal, logs: { kind: "event-stream", props: { personalData: true } } } as const;
    expect(hits(sketch(two), rule)).toMatchObject([
      { nodes: ["users", "logs"], message: expect.stringContaining('"users" and "logs" hold') },
    ]);
  });
  it("is not satisfied by a privacy note attached to another node", () => {
    const elsewhere = [{ id: "n", text: "privacy reviewed", nodes: [NodeId("other")] }];
    expect(hits(sketch(personal, [], { notes: elsewhere }), rule)).toHaveLength(1);
  });
});
