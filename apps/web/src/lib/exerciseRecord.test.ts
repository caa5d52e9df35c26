import { describe, expect, it } from "vitest";
import { readExerciseRecord, revealedStages } from "./exerciseRecord.js";
import { newTimer, start } from "./timer.js";

describe("exercise record", () => {
  it("reveals the reference's stages in the order of the flow", () => {
    expect(revealedStages({ revealed: 0 })).toEqual([]);
    expect(revealedStages({ revealed: 2 })).toEqual(["setup", "data"]);
    expect(revealedStages({ revealed: 4 })).toEqual(["setup", "data", "modeling", "serving"]);
  });

  it("reads a stored record back and makes a fresh start of a damaged one", () => {
    const timer = start(newTimer(), 42);
    expect(readExerciseRecord(JSON.parse(JSON.stringify({ revealed: 3, timer })))).toEqual({ revealed: 3, timer });
    expect(readExerciseRecord({ revealed: 9 })).toEqual({ revealed: 4 });
    expect(readExerciseRecord({ revealed: "all", timer: { stage: -1 } })).toEqual({ revealed: 0 });
    expect(readExerciseRecord(undefined)).toEqual({ revealed: 0 });
  });
});
