import { describe, expect, it } from "vitest";
import { compareHash, parseRoute } from "./route.js";

describe("routes of exercise mode and the comparison view", () => {
  it("starts an exercise by its id", () => {
    expect(parseRoute("#/exercise/credit-card-fraud")).toEqual({ page: "exercise", exerciseId: "credit-card-fraud" });
  });

  it("compares two sources, or one waiting for the second", () => {
    expect(parseRoute(compareHash("design:d-1", "reference:credit-card-fraud"))).toEqual({
      page: "compare",
      before: "design:d-1",
      after: "reference:credit-card-fraud",
    });
    expect(parseRoute(compareHash("design:exercise-credit-card-fraud"))).toEqual({
      page: "compare",
      before: "design:exercise-credit-card-fraud",
    });
    expect(parseRoute("#/compare/")).toEqual({ page: "missing", hash: "#/compare/" });
    expect(parseRoute("#/compare/a/b/c")).toEqual({ page: "missing", hash: "#/compare/a/b/c" });
  });
});
