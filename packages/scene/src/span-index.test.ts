import { describe, expect, it } from "vitest";
import { SpanIndex } from "./span-index.js";

type Span = { lo: number; hi: number; id: number };

/** A small seeded generator, so a failure repeats. */
const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
};

const index = (spans: readonly Span[]) =>
  new SpanIndex(
    spans,
    (s) => s.lo,
    (s) => s.hi,
  );

describe("SpanIndex", () => {
  it("answers a small case: open spans, touching ends do not meet", () => {
    const spans = [
      { lo: 10, hi: 20, id: 0 },
      { lo: 0, hi: 5, id: 1 },
      { lo: 30, hi: 100, id: 2 },
    ];
    const ix = index(spans);
    expect(ix.size).toBe(3);
    expect(ix.meets(5, 10)).toBe(false); // between spans, touching both ends
    expect(ix.meets(20, 20)).toBe(false);
    expect(ix.meets(19, 19)).toBe(true);
    expect(ix.meets(21, 29)).toBe(false);
    expect(ix.meets(25, 35)).toBe(true); // a stretch reaching into a long span
    expect(ix.meets(40, 40)).toBe(true); // a point inside the long span, past shorter ones
    expect(ix.overlapping(4, 31).map((s) => s.id)).toEqual([1, 0, 2]);
    expect(ix.overlapping(5, 10)).toEqual([]);
    expect(ix.overlapping(50, 60).map((s) => s.id)).toEqual([2]);
    expect(index([]).meets(0, 1)).toBe(false);
    expect(index([]).overlapping(0, 1)).toEqual([]);
  });

  it("agrees with a scan over every span on random spans and queries", () => {
    const rnd = random(7);
    for (let round = 0; round < 50; round++) {
      const spans: Span[] = Array.from({ length: 1 + Math.floor(rnd() * 40) }, (_, id) => {
        const lo = Math.round(rnd() * 400) / 2;
        return { lo, hi: lo + 0.5 + Math.round(rnd() * (rnd() < 0.1 ? 300 : 40)), id };
      });
      const ix = index(spans);
      for (let q = 0; q < 40; q++) {
        const a = Math.round(rnd() * 500) / 2;
        const b = rnd() < 0.3 ? a : a + Math.round(rnd() * 60);
        expect(ix.meets(a, b)).toBe(spans.some((s) => s.lo < b && s.hi > a));
        const expected = spans.filter((s) => s.lo < b && s.hi > a).map((s) => s.id);
        expect(
          ix
            .overlapping(a, b)
            .map((s) => s.id)
            .sort((x, y) => x - y),
        ).toEqual(expected);
      }
    }
  });
});
