import { Font } from "@react-pdf/renderer";

/**
 * The handout's fonts. Helvetica, react-pdf's default, only knows WinAnsi: '→', '✓' and
 * every CJK character come out as garbage with no error. So every text is set in an
 * embedded DejaVu Sans, and characters it lacks are replaced visibly (see text.ts).
 * @public
 */
export const FONT_FAMILY = "MLSD DejaVu Sans";

/**
 * Where the two font files are: a file path (Node) or a URL (browser, bundler-resolved).
 * @public
 */
export interface FontFiles {
  regular: string;
  bold: string;
}

let registered: string | undefined;

/**
 * Registers the fonts once per process; a different source replaces the family.
 * @public
 */
export const registerFonts = (files: FontFiles): void => {
  const key = `${files.regular}\n${files.bold}`;
  if (registered === key) return;
  const store = Font.getRegisteredFonts() as Record<string, unknown>;
  delete store[FONT_FAMILY];
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
    ],
  });
  // Labels are short and often technical ("gradient-boosted"): never hyphenate them.
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
};

/** A test of whether the embedded font draws a code point. */
export type Coverage = (codePoint: number) => boolean;
/** The width in points of a text set at `size` points. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

/**
 * What the fonts can print and how wide text set in them is.
 * @public
 */
export interface FontMetrics {
  covers: Coverage;
  measure: Measure;
}

interface LoadedFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  layout(text: string): { advanceWidth: number };
}

/**
 * Loads both faces (so a missing or broken font file fails here, with its path) and
 * returns the exact glyph coverage of the regular face.
 * @public
 */
export const loadFonts = async (): Promise<FontMetrics> => {
  const descriptors = [400, 700].map((fontWeight) => ({ fontFamily: FONT_FAMILY, fontWeight }));
  for (const d of descriptors) {
    const source = Font.getFont(d);
    try {
      await Font.load(d);
    } catch (e) {
      throw new Error(`cannot load the handout font ${source.src}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const [regular, bold] = descriptors.map((d) => Font.getFont(d).data as unknown as LoadedFont | null);
  if (!regular?.layout || !bold?.layout) return FALLBACK_METRICS;
  const widths = new Map<string, number>();
  return {
    covers: (cp) => regular.hasGlyphForCodePoint(cp),
    measure: (text, size, isBold = false) => {
      const key = `${isBold ? 1 : 0}${text}`;
      let em = widths.get(key);
      if (em === undefined) {
        const font = isBold ? bold : regular;
        em = font.layout(text).advanceWidth / font.unitsPerEm;
        widths.set(key, em);
      }
      return em * size;
    },
  };
};

/**
 * Coverage by Unicode block, for when the font is not loaded yet (a `<Handout>` rendered
 * by hand): DejaVu Sans has no CJK, Hangul, Kana or emoji.
 */
export const fallbackCoverage: Coverage = (cp) =>
  !(
    (cp >= 0x2e80 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x1f000
  );

/** Average advance of DejaVu Sans, for when the font is not loaded: a slight overestimate. */
const estimate: Measure = (text, size, bold = false) => [...text].length * size * (bold ? 0.64 : 0.57);

/**
 * Metrics used before fonts are loaded: every glyph covered, widths estimated.
 * @internal
 */
export const FALLBACK_METRICS: FontMetrics = { covers: fallbackCoverage, measure: estimate };
