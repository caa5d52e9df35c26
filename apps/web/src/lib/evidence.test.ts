import { describe, expect, it } from "vitest";
import { evidenceLines } from "./evidence.js";

describe("grading evidence in lines", () => {
  it("puts each alternative and each clause on a line of its own, a detail under its alternative", () => {
    const text =
      'none of the alternatives: (1) missing: a latency budget (a Constraint node with latencyMs set); "Decide" [latency] is close but latencyMs is not set (2) missing: a constraint with its limit; missing: a Monitoring node; the design has no monitoring';
    expect(evidenceLines(text)).toEqual([
      { text: "Missing, any one of these would do:", kind: "clause" },
      { text: "(1) a latency budget (a Constraint node with latencyMs set)", kind: "alternative" },
      { text: '"Decide" [latency] is close but latencyMs is not set', kind: "more" },
      { text: "(2) a constraint with its limit", kind: "alternative" },
      // The next part of an "all": a clause of its own again, with its detail.
      { text: "Missing: a Monitoring node", kind: "clause" },
      { text: "The design has no monitoring", kind: "clause" },
    ]);
  });

  it("leaves a one-clause evidence as it is, its first letter raised", () => {
    expect(evidenceLines('found "Chargebacks and disputes" [chargebacks]')).toEqual([
      { text: 'Found "Chargebacks and disputes" [chargebacks]', kind: "clause" },
    ]);
  });
});
