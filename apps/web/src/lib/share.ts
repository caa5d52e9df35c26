import { type Document, LIMITS, type LoadError, parseDocument, serializeDocument } from "@mlsd/core";
import { nodeSize } from "@mlsd/scene";
import { deflateSync, Inflate, strToU8 } from "fflate";
import { SHARE_PREFIX } from "./route.js";
import { applyDelta, diffDocument } from "./shareDelta.js";
import { SHARE_DICTIONARY_V2 } from "./shareDictionary.js";
import { decodeShareV1 } from "./shareV1.js";

/**
 * Share links carry the whole design in the URL hash, so nothing leaves the browser.
 *
 * Version 2 (`#share=2.<data>`): the design's JSON without what the editor recomputes
 * (box sizes that equal the measured ones), deflated with a preset dictionary of the
 * format's common fragments, in base64url. A design made from a catalogue entry travels
 * as that entry's id and the changes made to it, when that is shorter. Version 1 links
 * (lz-string, no prefix) still open. Unpacking stops as soon as the output passes
 * LIMITS.shareLinkBytes, so a small link cannot make the tab unpack gigabytes.
 */
const V2 = "2.";
const DICTIONARY = strToU8(SHARE_DICTIONARY_V2);
/** Compressed bytes inflated per step: deflate expands at most about 1,000 times, so one step overshoots the limit by a bounded amount. */
const INFLATE_STEP = 1024;

/** Some chat tools and mail clients cut or refuse links longer than this. */
export const LONG_LINK_CHARS = 2000;

type Json = Record<string, unknown>;

/** A catalogue entry a design was made from. */
export interface ShareBase {
  id: string;
  doc: Document;
}

/** The document as JSON, without the box sizes of placed nodes that equal their measured size. */
const compact = (doc: Document): Json => {
  const json = JSON.parse(serializeDocument(doc)) as Json & { nodes: Json[] };
  json.nodes = json.nodes.map((n, i) => {
    const node = doc.nodes[i];
    if (!node?.position || !node.size) return n;
    const size = nodeSize(node);
    if (node.size.width !== size.width || node.size.height !== size.height) return n;
    const { size: _measured, ...rest } = n;
    return rest;
  });
  return json;
};

/** Measures again the sizes `compact` left out. */
const withSizes = (doc: Document): Document =>
  doc.nodes.some((n) => n.position && !n.size)
    ? { ...doc, nodes: doc.nodes.map((n) => (n.position && !n.size ? { ...n, size: nodeSize(n) } : n)) }
    : doc;

/** FNV-1a: a short checksum of the base a delta was made from. */
const checksum = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const fromBase64Url = (text: string): Uint8Array => {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
};

const pack = (value: unknown): string =>
  V2 + toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9, dictionary: DICTIONARY }));

/** The hash payload (after `#share=`) for a design; pass its catalogue original to let it travel as changes. */
export const encodeShare = (doc: Document, base?: ShareBase): string => {
  const full = compact(doc);
  const whole = pack(full);
  if (!base) return whole;
  const from = compact(base.doc);
  const delta = diffDocument(from, full);
  // Only when the changes rebuild exactly this design, and only when that is shorter.
  if (JSON.stringify(applyDelta(from, delta)) !== JSON.stringify(full)) return whole;
  const changes = pack({ base: base.id, hash: checksum(JSON.stringify(from)), delta });
  return changes.length < whole.length ? changes : whole;
};

export const shareUrl = (doc: Document, href: string, base?: ShareBase): string =>
  `${href.split("#")[0]}${SHARE_PREFIX}${encodeShare(doc, base)}`;

type Unpacked = { ok: true; text: string } | { ok: false; reason: "damaged" | "tooLarge"; unpacked?: number };

/** Inflates step by step and stops once the output passes `max` bytes. */
const inflateCapped = (bytes: Uint8Array, max: number): Unpacked => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate({ dictionary: DICTIONARY }, (chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < bytes.length && total <= max; at += INFLATE_STEP)
      inflate.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
    if (total > max) return { ok: false, reason: "tooLarge", unpacked: total };
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const c of chunks) {
      joined.set(c, offset);
      offset += c.length;
    }
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(joined) };
  } catch {
    return { ok: false, reason: "damaged" };
  }
};

/** The text a payload holds, or why it cannot be read (exported for tests: `unpacked` says where inflating stopped). */
export const unpackShare = (payload: string): Unpacked => {
  const max = LIMITS.shareLinkBytes;
  if (!payload.startsWith(V2)) return decodeShareV1(payload, max);
  const body = payload.slice(V2.length);
  // Base64 holds 3 bytes in 4 characters, and deflate never grows data by more than a little.
  if (body.length > (max / 3) * 4 + 64) return { ok: false, reason: "tooLarge" };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch {
    return { ok: false, reason: "damaged" };
  }
  return inflateCapped(bytes, max);
};

export type ShareResult =
  | { ok: true; doc: Document; base?: string; notice?: string }
  | { ok: false; message: string; problems: LoadError["problems"] };

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;

const MESSAGES = {
  damaged: "This share link is damaged: its data could not be unpacked. It may have been cut short when it was copied.",
  tooLarge: `This share link holds more than ${MB(LIMITS.shareLinkBytes)} of design data, more than a share link may carry, so it was not opened.`,
};

const failure = (message: string, problems: LoadError["problems"] = []): ShareResult => ({ ok: false, message, problems });
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a share payload; a damaged or oversized link comes back as an error with a reason,
 * never a throw. `loadBase` gives the catalogue entry a version 2 link names.
 */
export const decodeShare = async (payload: string, loadBase: (id: string) => Promise<Document | undefined>): Promise<ShareResult> => {
  const unpacked = unpackShare(payload);
  if (!unpacked.ok) return failure(MESSAGES[unpacked.reason]);
  let value: unknown;
  try {
    value = JSON.parse(unpacked.text);
  } catch {
    return failure(MESSAGES.damaged);
  }
  let base: string | undefined;
  let notice: string | undefined;
  if (isRecord(value) && typeof value.base === "string" && !("format" in value)) {
    base = value.base;
    const original = await loadBase(base).catch(() => undefined);
    if (!original)
      return failure(`This share link was made from the catalogue entry "${base.slice(0, 80)}", which this version of mlsd does not have.`);
    const from = compact(original);
    if (value.hash !== checksum(JSON.stringify(from)))
      notice = "The catalogue entry this link was made from has changed since: you see today's version with the shared changes.";
    value = applyDelta(from, value.delta);
  }
  const parsed = parseDocument(value);
  if (!parsed.ok) return failure(`This share link does not hold a valid design. ${parsed.error.message}`, parsed.error.problems);
  return { ok: true, doc: withSizes(parsed.value), ...(base ? { base } : {}), ...(notice ? { notice } : {}) };
};
