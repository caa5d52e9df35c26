import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brokenText, garbageText, validText } from "./inputs.js";
import { runPipeline } from "./pipeline.js";

/**
 * parse → layout → store → scene → SVG on generated inputs, in CI: a fixed seed and a
 * bounded number of runs, so a run is repeatable. Every input that ever failed is kept in
 * tests/fixtures/fuzz and runs first. To keep a new one: save the counterexample's text
 * there (`<what it broke>.mlsd.json`, or `.txt` when it is not JSON).
 */
const SEED = 1717;
const FIXTURES = new URL("../fixtures/fuzz/", import.meta.url);
const fixtures = readdirSync(FIXTURES)
  .filter((f) => /\.(json|txt)$/.test(f))
  .sort();

describe("fuzzing the pipeline", () => {
  it("keeps its regression fixtures", () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)("regression: %s", async (name) => {
    await runPipeline(readFileSync(new URL(name, FIXTURES), "utf8"));
  });

  it("valid designs placed anywhere go all the way through, and what layout stores loads again", async () => {
    await fc.assert(
      fc.asyncProperty(validText, async (text) => {
        const { refusedAt } = await runPipeline(text);
        expect(refusedAt).toBeUndefined();
      }),
      { seed: SEED, numRuns: 80 },
    );
  }, 120_000);

  it("broken designs are refused with a typed error or go through soundly", async () => {
    await fc.assert(
      fc.asyncProperty(brokenText, async (text) => {
        await runPipeline(text);
      }),
      { seed: SEED, numRuns: 250 },
    );
  }, 120_000);

  it("text that is no design is refused by the parser, never thrown on", async () => {
    await fc.assert(
      fc.asyncProperty(garbageText, async (text) => {
        const { refusedAt } = await runPipeline(text);
        expect(refusedAt).toBe("parse");
      }),
      { seed: SEED, numRuns: 300 },
    );
  }, 120_000);
});
