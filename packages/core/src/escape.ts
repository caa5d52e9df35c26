/**
 * Characters that can rewrite a terminal or reorder what a reader sees: C0 and C1 control
 * characters (ESC starts terminal escape sequences), DEL, bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C), zero-width
 * characters, line and paragraph separators, and the byte-order mark. Text echoed from a
 * file shows them escaped instead: `\x1b`, `\u202e`.
 */
const UNSAFE = /[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;
const UNSAFE_BUT_LINES = /(?![\n\t])(?!\r\n)[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/gu;

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, "0");
const visible = (c: string) => {
  const code = c.charCodeAt(0);
  if (c === "\n") return "\\n";
  if (c === "\t") return "\\t";
  if (c === "\r") return "\\r";
  return code < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
};

/**
 * `text` with every control, bidi-override and invisible formatting character shown as an
 * escape (`\x1b[2J` stays readable and harmless). With `keepLines`, line breaks and tabs
 * stay as they are, and so does a carriage return that ends a line (CSV's CRLF), since only a
 * lone one can overwrite what a terminal shows (for multi-line output such as a list of problems).
 * @public
 */
export const escapeControls = (text: string, keepLines = false): string => text.replace(keepLines ? UNSAFE_BUT_LINES : UNSAFE, visible);

/**
 * Whether `text` holds a character `escapeControls` would escape.
 * @internal
 */
export const hasControls = (text: string): boolean => new RegExp(UNSAFE.source, "u").test(text);

/**
 * JSON text with the characters JSON.stringify leaves raw (C1 controls, DEL, bidi
 * overrides, zero-width characters, U+2028/U+2029) written as `\uXXXX` escapes. They can
 * only occur inside strings, so the value read back is the same.
 * @internal
 */
export const escapeJsonControls = (json: string): string =>
  json.replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${hex(c, 4)}`);
