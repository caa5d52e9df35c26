import { describe, expect, it } from "vitest";
import { evidenceLines } from "./evidence.js";

describe("grading evidence in lines", () => {
  it("puts each alternative and each clause on a line of its own, words unchanged", () => {
    const text =
      'none of the alternatives: (1) missing: a latency budget (a Constraint node with latencyMs set); "Decide" [latency] is close but latencyMs is not set (2) missing: a constraint with its limit';
    expect(evidenceLines(text)).toEqual([
      "Missing, any one of these would do:",
      "(1) a latency budget (a Constraint node with latencyMs set)",
      '"Decide" [latency] is close but latencyMs is not set',
      "(2) a constraint with its limit",
    ]);
  });

  it("leaves a one-clause evidence as it is, its first letter raised", () => {
    expect(evidenceLines('found "Chargebacks and disputes" [chargebacks]')).toEqual(['Found "Chargebacks and disputes" [chargebacks]']);
  });
});
