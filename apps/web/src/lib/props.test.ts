import { createNode, emptyDocument, KINDS, type PropSpec } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { propProblem, readInput } from "./props.js";

describe("property fields", () => {
  const doc = emptyDocument("t");
  const service = createNode(doc, "online-service");
  const latency = KINDS["online-service"].props.latencyMs as PropSpec;

  it("reads numbers and keeps non-numbers as text for the schema to reject", () => {
    expect(readInput(latency, "120")).toBe(120);
    expect(readInput(latency, " 1,500 ")).toBe(1500);
    expect(readInput(latency, "fast")).toBe("fast");
    expect(readInput(latency, "")).toBeUndefined();
  });

  it("says in plain words what a refused value should be", () => {
    const rule = "Latency budget must be a number of milliseconds, 0 or more.";
    expect(propProblem(service, "latencyMs", "fast")).toBe(rule);
    expect(propProblem(service, "latencyMs", -5)).toBe(rule);
    const test = createNode(doc, "ab-test");
    expect(propProblem(test, "trafficPercent", 120)).toBe("Traffic must be a percentage, from 0 to 100.");
    expect(propProblem(createNode(doc, "dataset"), "examples", 2.5)).toBe("Examples must be a whole number, 0 or more.");
    expect(propProblem(service, "latencyMs", 50)).toBeNull();
    expect(propProblem(service, "latencyMs", undefined)).toBeNull();
  });

  it("checks enums against the kind's options", () => {
    expect(propProblem(service, "hardware", "abacus")).toMatch(/must be one of: .*gpu/);
    expect(propProblem(service, "hardware", "gpu")).toBeNull();
  });
});
