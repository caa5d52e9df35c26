import { describe, expect, it } from "vitest";
import { fallbackCoverage } from "./fonts.js";
import { codePointName, createPrinter, MISSING_GLYPH } from "./text.js";

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
