import type { Coverage, Measure } from "./fonts.js";

/**
 * What a character the embedded font cannot draw is printed as: visible, never garbage.
 * @internal
 */
export const MISSING_GLYPH = "\u25a1"; // □

// C0/C1 control characters other than tab and newline: they draw nothing useful.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Turns user text into text the PDF can show: control characters dropped, characters
 * outside the font replaced by □. react-pdf sets text as text (no markup is parsed), so
 * nothing else needs escaping.
 * @public
 */
export interface Printer {
  /** One line of text: line breaks and tabs become spaces. */
  (text: string): string;
  /** Text kept in its lines, each printed; render one <Text> per line (see Paragraphs). */
  lines(text: string): string[];
  /**
   * One line of text whose words each fit `width` at `size`: react-pdf clips a word wider
   * than its box instead of breaking it, so such a word is cut into pieces that fit.
   */
  fit(text: string, width: number, size: number, bold?: boolean): string;
  /** Characters that were replaced, in order of first appearance. */
  readonly missing: readonly string[];
}

const estimate: Measure = (text, size, bold = false) => [...text].length * size * (bold ? 0.64 : 0.57);

/**
 * A printer for the embedded font: control characters dropped, characters the font lacks replaced by □ (and remembered).
 * @public
 */
export const createPrinter = (covers: Coverage, measure: Measure = estimate): Printer => {
  const missing: string[] = [];
  const seen = new Set<string>();
  // A line break or tab reaching react-pdf is looked up in the font like any character;
  // DejaVu has no glyph for it, so react-pdf would silently fall back to (unembedded)
  // Helvetica. They never reach it: lines are split, tabs and breaks become spaces.
  const print = ((text: string) => {
    let out = "";
    for (const ch of text.replace(CONTROL, "").replace(/[\t\r\n]/g, " ")) {
      const cp = ch.codePointAt(0)!;
      if (covers(cp)) out += ch;
      else {
        if (!seen.has(ch)) {
          seen.add(ch);
          missing.push(ch);
        }
        out += MISSING_GLYPH;
      }
    }
    return out;
  }) as Printer;
  Object.defineProperty(print, "missing", { get: () => missing });
  print.lines = (text: string) => text.split(/\r?\n/).map((line) => print(line));
  print.fit = (text: string, width: number, size: number, bold = false) =>
    print(text)
      .split(" ")
      .map((word) => cutWord(word, width, size, measure, bold).join(" "))
      .join(" ");
  return print;
};

/**
 * A word cut into pieces no wider than `width` at `size` (the word itself when it fits), in
 * linear time: each character is measured once (the measure caches by string, so repeats
 * are free), pieces are filled greedily, then each piece is measured whole once and, where
 * kerning makes it wider than the sum of its characters, gives its last characters to the
 * next piece. A 4,000-character word used to take seconds when cut one character at a time.
 * @internal
 */
export const cutWord = (word: string, width: number, size: number, measure: Measure, bold = false): string[] => {
  if (measure(word, size, bold) <= width) return [word];
  const chars = [...word];
  const pieces: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    while (end < chars.length) {
      const w = measure(chars[end]!, size, bold);
      if (end > start && used + w > width) break;
      used += w;
      end++;
    }
    // Kerning can make a piece a little wider than its characters: give back from its end.
    while (end - start > 1 && measure(chars.slice(start, end).join(""), size, bold) > width) end--;
    pieces.push(chars.slice(start, end).join(""));
    start = end;
  }
  return pieces;
};

/**
 * `U+6A21` for a character: how the page names what it could not draw.
 * @internal
 */
export const codePointName = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
