import { type Document, type LoadError, parseDocumentText } from "@mlsd/core";

export type ImportResult = { ok: true; doc: Document } | { ok: false; fileName: string; error: LoadError };

/** Reads a dropped or picked file with core's loader; nothing is changed until it passes. */
export const readDesignFile = async (file: File): Promise<ImportResult> => {
  const text = await file.text();
  const parsed = parseDocumentText(text);
  return parsed.ok ? { ok: true, doc: parsed.value } : { ok: false, fileName: file.name, error: parsed.error };
};
