const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Whether the character at `i` is one XML 1.0 forbids (control characters, lone surrogates,
 * U+FFFE/F): one makes the whole SVG unreadable. Exported for the renderers' tests.
 * @internal
 */
export const forbiddenInXml = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  if (c === 0xfffe || c === 0xffff) return true;
  if (isHigh(c)) return !isLow(text.charCodeAt(i + 1));
  if (isLow(c)) return !isHigh(text.charCodeAt(i - 1));
  return false;
};

const dropForbidden = (text: string): string => {
  let out = "";
  for (let i = 0; i < text.length; i++) if (!forbiddenInXml(text, i)) out += text[i];
  return out;
};

/**
 * Escapes text for XML content and attribute values, and drops characters XML cannot hold.
 * @public
 */
export const escapeXml = (value: unknown): string => dropForbidden(String(value ?? "")).replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
