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

  it("uses core's messages for bad values", () => {
    expect(propProblem(service, "latencyMs", "fast")).toMatch(/number/);
    expect(propProblem(service, "latencyMs", -5)).toMatch(/0/);
    expect(propProblem(service, "latencyMs", 50)).toBeNull();
    expect(propProblem(service, "latencyMs", undefined)).toBeNull();
  });

  it("checks enums against the kind's options", () => {
    expect(propProblem(service, "hardware", "abacus")).toMatch(/gpu/);
    expect(propProblem(service, "hardware", "gpu")).toBeNull();
  });
});
