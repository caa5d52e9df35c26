import { Font } from "@react-pdf/renderer";

/**
 * The handout's fonts. Helvetica, react-pdf's default, only knows WinAnsi: '→', '✓' and
 * every CJK character come out as garbage with no error. So every text is set in an
 * embedded DejaVu Sans, and characters it lacks are replaced visibly (see text.ts).
 * @public
 */
export const FONT_FAMILY = "MLSD DejaVu Sans";

/**
 * The same faces without their OpenType shaping tables (see `withoutShaping`), registered
 * when `FontFiles.plain` is given and used for every handout none of whose texts needs
 * shaping: react-pdf then lays text out about a fifth faster.
 * @public
 */
export const PLAIN_FONT_FAMILY = "MLSD DejaVu Sans Plain";

/**
 * Where the two font files are: a file path (Node) or a URL (browser, bundler-resolved).
 * @public
 */
export interface FontFiles {
  regular: string;
  bold: string;
  /** The faces without shaping tables, as `data:` URLs (`plainFontUrl`); absent, every handout uses the full faces. */
  plain?: { regular: string; bold: string };
}

let registered: string | undefined;

const register = (family: string, files: { regular: string; bold: string }) => {
  const store = Font.getRegisteredFonts() as Record<string, unknown>;
  delete store[family];
  Font.register({
    family,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
    ],
  });
};

/**
 * Registers the fonts once per process; a different source replaces the family.
 * @public
 */
export const registerFonts = (files: FontFiles): void => {
  const key = `${files.regular}\n${files.bold}\n${files.plain ? "plain" : ""}`;
  if (registered === key) return;
  register(FONT_FAMILY, files);
  if (files.plain) register(PLAIN_FONT_FAMILY, files.plain);
  else delete (Font.getRegisteredFonts() as Record<string, unknown>)[PLAIN_FONT_FAMILY];
  // Labels are short and often technical ("gradient-boosted"): never hyphenate them.
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
};

/**
 * Text that needs OpenType shaping to print right: combining marks, and the joining and
 * right-to-left scripts DejaVu Sans draws (Hebrew, Arabic, Syriac, N'Ko). Latin, Greek and
 * Cyrillic print the same without it (kerning comes from the font's `kern` table).
 */
const SHAPED: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x08ff],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfb1d, 0xfdff],
  [0xfe20, 0xfe2f],
  [0xfe70, 0xfeff],
];

/**
 * Whether any of the texts needs the full faces (with shaping tables).
 * @public
 */
export const needsShaping = (texts: Iterable<string>): boolean => {
  for (const text of texts)
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x0300 && SHAPED.some(([from, to]) => c >= from && c <= to)) return true;
    }
  return false;
};

/** OpenType tables that drive shaping; without them fontkit skips its shaping engine. */
const SHAPING_TABLES = new Set(["GSUB", "GPOS", "GDEF", "morx", "mort"]);

/**
 * A TrueType file without its shaping tables (GSUB, GPOS, GDEF): glyphs, metrics, cmap and
 * the `kern` table are kept, so Latin text sets the same bar ligatures. Throws on a file
 * that is not an OpenType (sfnt) font.
 * @public
 */
export const withoutShaping = (font: Uint8Array): Uint8Array => {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) throw new Error("withoutShaping: not an OpenType font");
  const count = view.getUint16(4);
  const tables: { tag: string; checksum: number; offset: number; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    if (!SHAPING_TABLES.has(tag))
      tables.push({ tag, checksum: view.getUint32(at + 4), offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  // A new table directory, then each kept table, 4-byte aligned as the format asks.
  const head = 12 + 16 * tables.length;
  const size = tables.reduce((n, t) => n + ((t.length + 3) & ~3), head);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(font.subarray(0, 12));
  outView.setUint16(4, tables.length);
  const entrySelector = Math.floor(Math.log2(tables.length));
  outView.setUint16(6, 16 * 2 ** entrySelector);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, 16 * tables.length - 16 * 2 ** entrySelector);
  let offset = head;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
    outView.setUint32(at + 4, t.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, t.length);
    out.set(font.subarray(t.offset, t.offset + t.length), offset);
    offset += (t.length + 3) & ~3;
  });
  return out;
};

/**
 * A font file as a `data:` URL (react-pdf registers those), e.g. for `FontFiles.plain`.
 * @public
 */
export const fontDataUrl = (font: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < font.length; i += 0x8000) binary += String.fromCharCode(...font.subarray(i, i + 0x8000));
  return `data:font/ttf;base64,${btoa(binary)}`;
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
export const loadFonts = async (family: string = FONT_FAMILY): Promise<FontMetrics> => {
  const descriptors = [400, 700].map((fontWeight) => ({ fontFamily: family, fontWeight }));
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
