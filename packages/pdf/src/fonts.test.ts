import { readFileSync } from "node:fs";
import { type Document, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { FONT_FAMILY, loadFonts, needsShaping, PLAIN_FONT_FAMILY, registerFonts, withoutShaping } from "./fonts.js";
import { gridScene } from "./grid-scene.test.util.js";
import { nodeFontFiles, renderHandout } from "./node.js";
import { pdftotext } from "./poppler.test.util.js";
import { handoutElement } from "./render.js";

/** The table tags of an sfnt file, from its directory. */
const tags = (font: Uint8Array): string[] => {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => String.fromCharCode(...font.subarray(12 + 16 * i, 16 + 16 * i)));
};

describe("fonts without shaping tables", () => {
  const files = nodeFontFiles();
  const regular = readFileSync(files.regular);

  it("drops GSUB, GPOS and GDEF and keeps the rest, kerning included", () => {
    const plain = withoutShaping(regular);
    expect(tags(regular)).toEqual(expect.arrayContaining(["GSUB", "GPOS", "GDEF", "kern"]));
    expect(tags(plain)).toEqual(tags(regular).filter((t) => !["GSUB", "GPOS", "GDEF"].includes(t)));
    expect(() => withoutShaping(new TextEncoder().encode("not a font at all"))).toThrow(/not an OpenType font/);
  });

  it("measure Latin, Greek and symbols as the full faces do (kerned pairs too)", async () => {
    registerFonts(files);
    const full = await loadFonts(FONT_FAMILY);
    const plain = await loadFonts(PLAIN_FONT_FAMILY);
    for (const text of ["AVATAR Tokyo WAVE", "Online feature store", "café → ✓ Ω", "Кафка"]) {
      expect(plain.measure(text, 10)).toBeCloseTo(full.measure(text, 10), 6);
      expect(plain.measure(text, 10, true)).toBeCloseTo(full.measure(text, 10, true), 6);
    }
    // Without the kern table "AV" would be as wide as "A" and "V" apart.
    expect(plain.measure("AV", 10)).toBeLessThan(plain.measure("A", 10) + plain.measure("V", 10));
  });

  it("are chosen unless a text needs shaping", async () => {
    expect(needsShaping(["café → ✓", "Ω 模型", "Кафка"])).toBe(false);
    expect(needsShaping(["plain", "نموذج التصنيف"])).toBe(true);
    expect(needsShaping(["cafe\u0301"])).toBe(true);
    expect(needsShaping(["עברית"])).toBe(true);

    const design = (label: string) => {
      const document: Document = starterDocument("Shaping test");
      document.nodes[0]!.label = label;
      return { document, scene: gridScene(document) };
    };
    const family = async (label: string, fonts = files) => (await handoutElement(design(label), fonts)).props as { fontFamily?: string };
    expect((await family("Fraud model")).fontFamily).toBe(PLAIN_FONT_FAMILY);
    expect((await family("نموذج الاحتيال")).fontFamily).toBe(FONT_FAMILY);
    // Font files given without plain variants: the full faces, always.
    expect((await family("Fraud model", { regular: files.regular, bold: files.bold })).fontFamily).toBe(FONT_FAMILY);
  });

  it("print a handout whose words read back the same", async () => {
    const document = starterDocument("Kerning AVATAR → café ✓");
    const input = { document, scene: gridScene(document), review: false };
    const plain = await renderHandout(input);
    const full = await renderHandout(input, { fonts: { regular: files.regular, bold: files.bold } });
    expect(plain.pages).toBe(full.pages);
    expect(pdftotext(plain.bytes)).toBe(pdftotext(full.bytes));
  });
});
