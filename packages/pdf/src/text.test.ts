import { describe, expect, it } from "vitest";
import { fallbackCoverage } from "./fonts.js";
import { breakLines } from "./geometry.js";
import { codePointName, createPrinter, cutWord, MISSING_GLYPH } from "./text.js";

describe("createPrinter", () => {
  it("keeps what the font draws, replaces the rest visibly and remembers it once", () => {
    const print = createPrinter(fallbackCoverage);
    expect(print("é → ✓ Ω")).toBe("é → ✓ Ω");
    expect(print("模型 v2 模")).toBe(`${MISSING_GLYPH}${MISSING_GLYPH} v2 ${MISSING_GLYPH}`);
    expect(print("🚀")).toBe(MISSING_GLYPH);
    expect(print.missing).toEqual(["模", "型", "🚀"]);
    expect(print.missing.map(codePointName)).toEqual(["U+6A21", "U+578B", "U+1F680"]);
  });

  it("drops control characters; a line is one line, and lines() keeps the breaks", () => {
    const print = createPrinter(() => true);
    expect(print("a\u0000b\u0007c\nd\te\u009f")).toBe("abc d e");
    expect(print.lines("one\r\ntwo\tthree\n\nfour")).toEqual(["one", "two three", "", "four"]);
    expect(print.missing).toEqual([]);
  });
});

/** A measure that counts the characters it is given: the work of fitting text. */
const countingMeasure = () => {
  const work = { chars: 0 };
  // Kerned like a real font: "PP" is a little narrower than two "P"s, "AV" a little wider.
  const measure = (text: string, size: number) => {
    work.chars += text.length;
    return (text.length * 0.6 + (text.match(/AV/g)?.length ?? 0) * 0.05) * size;
  };
  return { measure, work };
};

describe("fitting long words (issue 17, item 5)", () => {
  it("cuts a 4,000-character word in linear work, into pieces that each fit", () => {
    const { measure, work } = countingMeasure();
    const print = createPrinter(() => true, measure);
    const fitted = print.fit(`a ${"P".repeat(4000)} b`, 100, 10);
    const pieces = fitted.split(" ");
    expect(pieces.join("")).toBe(`a${"P".repeat(4000)}b`);
    for (const piece of pieces) expect(measure(piece, 10)).toBeLessThanOrEqual(100);
    expect(pieces.length).toBe(2 + Math.ceil(4000 / 16));
    // Each character measured a few times at most: in the word, alone, in its piece.
    expect(work.chars).toBeLessThan(5 * 4000);
  });

  it("breakLines cuts the same way, in linear work", () => {
    const { measure, work } = countingMeasure();
    const lines = breakLines("P".repeat(5000), 100, 10, measure, 10_000);
    expect(lines.join("")).toBe("P".repeat(5000));
    expect(work.chars).toBeLessThan(6 * 5000);
  });

  it("gives characters back when kerning makes a piece wider than its characters", () => {
    const { measure } = countingMeasure();
    const pieces = cutWord("AV".repeat(20), 60, 10, measure);
    expect(pieces.join("")).toBe("AV".repeat(20));
    for (const piece of pieces) expect(measure(piece, 10)).toBeLessThanOrEqual(60);
  });
});
