/**
 * Version 1 share links: lz-string's `compressToEncodedURIComponent` of the document JSON.
 * New links are version 2 (share.ts); this reads the old ones. lz-string's own
 * decompressor builds the whole output before anyone can look at its size, and its
 * dictionary lets a 74,000-character link grow to 500 million characters, so this is a
 * decoder of the same format that stops as soon as the output passes `maxChars`.
 *
 * The format: 6 bits per character of a URL-safe alphabet, read lowest bit first; codes of
 * a width that grows with the dictionary; code 0 and 1 bring a new 8- or 16-bit character,
 * 2 ends the stream, others name a dictionary entry (LZW).
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
const BITS_PER_CHAR = 6;

export type V1Result = { ok: true; text: string } | { ok: false; reason: "damaged" | "tooLarge" };

export const decodeShareV1 = (payload: string, maxChars: number): V1Result => {
  // Some mail clients turn "+" into a space.
  const input = payload.replace(/ /g, "+");
  if (!input) return { ok: false, reason: "damaged" };
  const valueAt = (i: number) => VALUE.get(input.charAt(i)) ?? 0;
  // Like the encoder's reader: the next character is fetched as soon as one is used up.
  let value = valueAt(0);
  let position = 1 << (BITS_PER_CHAR - 1);
  let index = 1;
  const read = (bits: number): number => {
    let out = 0;
    for (let i = 0; i < bits; i++) {
      if (value & position) out |= 1 << i;
      position >>= 1;
      if (position === 0) {
        position = 1 << (BITS_PER_CHAR - 1);
        value = valueAt(index++);
      }
    }
    return out;
  };

  const dictionary: string[] = [];
  let size = 4;
  let width = 3;
  let untilWider = 4;
  const grow = () => {
    if (--untilWider === 0) {
      untilWider = 2 ** width;
      width++;
    }
  };

  const first = read(2);
  if (first > 1) return { ok: false, reason: "damaged" };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const out = [w];
  let length = w.length;
  for (;;) {
    if (index > input.length) return { ok: false, reason: "damaged" };
    let code = read(width);
    if (code === 2) return { ok: true, text: out.join("") };
    if (code === 0 || code === 1) {
      dictionary[size] = String.fromCharCode(read(code === 0 ? 8 : 16));
      code = size++;
      grow();
    }
    const known = code < size ? dictionary[code] : undefined;
    const entry = known !== undefined ? known : code === size ? w + w.charAt(0) : undefined;
    if (entry === undefined) return { ok: false, reason: "damaged" };
    length += entry.length;
    if (length > maxChars) return { ok: false, reason: "tooLarge" };
    out.push(entry);
    dictionary[size++] = w + entry.charAt(0);
    grow();
    w = entry;
  }
};
