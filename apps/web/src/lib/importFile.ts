import { type Document, LIMITS, type LoadError, parseDocumentBytes, tooLargeError } from "@mlsd/core";

export type ImportResult = { ok: true; doc: Document } | { ok: false; fileName: string; error: LoadError };

/**
 * Reads a dropped or picked file with core's loader; nothing is changed until it passes.
 * The size is checked before the file is read (a 1 GB file is refused by its size, never
 * loaded), and the bytes are read as the CLI reads them: UTF-8 only.
 */
export const readDesignFile = async (file: File): Promise<ImportResult> => {
  const refuse = (error: LoadError): ImportResult => ({ ok: false, fileName: file.name, error });
  if (file.size > LIMITS.textBytes) return refuse(tooLargeError(file.size));
  const parsed = parseDocumentBytes(new Uint8Array(await file.arrayBuffer()));
  return parsed.ok ? { ok: true, doc: parsed.value } : refuse(parsed.error);
};
