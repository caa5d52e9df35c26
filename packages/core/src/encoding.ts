import type { LoadError } from "./errors.js";
import { LIMITS } from "./limits.js";
import { err, ok, type Result } from "./result.js";

/**
 * Bytes as people read them: `25.3 MB`, `1,100.0 MB`.
 * @internal
 */
export const formatMegabytes = (bytes: number): string =>
  `${(bytes / 1024 / 1024).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

/**
 * How many bytes `text` takes in UTF-8, without encoding it.
 * @internal
 */
export const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
};

/**
 * The problem of input over LIMITS.textBytes; `bytes` when known (a pipe is refused as soon as it passes the limit).
 * @public
 */
export const tooLargeError = (bytes?: number): LoadError => {
  const limit = formatMegabytes(LIMITS.textBytes).replace(".0 MB", " MB");
  const message =
    bytes === undefined
      ? `the input is more than the ${limit} limit`
      : `the file is ${formatMegabytes(bytes)}, more than the ${limit} limit`;
  return { kind: "invalid", message: `The file is too large: ${message}.`, problems: [{ path: "", message }] };
};

/** Whether the text could be held: over the byte limit it is refused before any parsing. */
export const checkTextSize = (text: string): LoadError | undefined => {
  // A UTF-16 unit is at least one UTF-8 byte and at most three: count exactly only in between.
  if (text.length > LIMITS.textBytes) return tooLargeError(utf8Length(text));
  if (text.length * 3 <= LIMITS.textBytes) return undefined;
  const bytes = utf8Length(text);
  return bytes > LIMITS.textBytes ? tooLargeError(bytes) : undefined;
};

const notText = (message: string): LoadError => ({
  kind: "notJson",
  message: `The file is not UTF-8 JSON text: ${message}.`,
  problems: [{ path: "", message }],
});

/**
 * The text of a design file, from its bytes: at most LIMITS.textBytes, UTF-8 (a UTF-8
 * byte-order mark is dropped). UTF-16 and UTF-32 files and bytes that are not UTF-8 (a
 * binary file) are refused with a message saying so, the same in the CLI and the editor.
 * @public
 */
export const decodeDocumentBytes = (bytes: Uint8Array): Result<string, LoadError> => {
  if (bytes.length > LIMITS.textBytes) return err(tooLargeError(bytes.length));
  const [a, b] = [bytes[0], bytes[1]];
  // A byte-order mark of UTF-16 (FF FE, FE FF) or UTF-32; or JSON's first ASCII character next to a zero byte.
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0 && b === 0) || (bytes.length > 1 && (a === 0 || b === 0)))
    return err(notText("it is saved as UTF-16 or UTF-32; save it as UTF-8"));
  try {
    return ok(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return err(notText("it holds bytes that are not UTF-8 (a binary file, or text in another encoding)"));
  }
};
