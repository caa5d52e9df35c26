import { type Document, type LoadError, parseDocumentText, serializeDocument } from "@mlsd/core";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/** Share links carry the whole document in the URL hash, so nothing leaves the browser. */
export const SHARE_PREFIX = "#share=";

export const encodeShare = (doc: Document): string => compressToEncodedURIComponent(JSON.stringify(JSON.parse(serializeDocument(doc))));

export const shareUrl = (doc: Document, base: string): string => `${base.split("#")[0]}${SHARE_PREFIX}${encodeShare(doc)}`;

export type ShareResult = { ok: true; doc: Document } | { ok: false; message: string; problems: LoadError["problems"] };

/** Reads a share payload; a damaged link comes back as an error with a reason, never a throw. */
export const decodeShare = (payload: string): ShareResult => {
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text)
    return {
      ok: false,
      message: "This share link is damaged: its data could not be unpacked. It may have been cut short when it was copied.",
      problems: [],
    };
  const parsed = parseDocumentText(text);
  if (!parsed.ok)
    return { ok: false, message: `This share link does not hold a valid design. ${parsed.error.message}`, problems: parsed.error.problems };
  return { ok: true, doc: parsed.value };
};
