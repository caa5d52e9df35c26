import { describe, expect, it } from "vitest";
import type { Describable } from "./describe.js";
import { describeDesign } from "./describe.js";

const design: Describable = {
  title: "Fraud screening",
  nodes: [
    { id: "tx", kind: "event-stream", stage: "data", label: "Card transactions" },
    { id: "m", kind: "model", stage: "modeling", label: "Fraud model" },
    { id: "svc", kind: "online-service", stage: "serving", label: "Scoring API" },
  ],
  edges: [
    { source: "tx", target: "m", kind: "data", label: "features" },
    { source: "svc", target: "tx", kind: "feedback" },
  ],
};

describe("describeDesign", () => {
  it("names the design and counts what it holds", () => {
    expect(describeDesign(design).label).toBe("Fraud screening: ML system design diagram with 3 components in 3 stages and 2 connections.");
  });

  it("lists stages in lifecycle order with their components and kinds, skipping empty stages", () => {
    expect(describeDesign(design).stages).toEqual([
      { title: "Data pipeline", nodes: ["Card transactions (Event stream)"] },
      { title: "Modeling", nodes: ["Fraud model (Model)"] },
      { title: "Serving", nodes: ["Scoring API (Online prediction service)"] },
    ]);
  });

  it("describes every connection by its ends, kind and label", () => {
    expect(describeDesign(design).connections).toEqual([
      "Card transactions to Fraud model: data flow, features",
      "Scoring API to Card transactions: feedback loop",
    ]);
  });
});
