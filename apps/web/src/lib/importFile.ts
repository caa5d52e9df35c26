import { type Document, decodeDocumentBytes, LIMITS, type Problem, parseDocumentBytes, tooLargeError } from "@mlsd/core";
import { computeLayout } from "./autoLayout.js";

/** Enough of a failure to show it: core's LoadError and interop's ImportError both fit. */
export interface ImportFailure {
  message: string;
  problems: Problem[];
}

export type ImportResult = { ok: true; doc: Document } | { ok: false; fileName: string; error: ImportFailure };

/** Mermaid files and Markdown (their ```mermaid blocks); anything else is read as a design file. */
export const MERMAID_FILE = /\.(mmd|mermaid|md|markdown)$/i;

/**
 * A Mermaid flowchart (or a Markdown file's first flowchart) as a design: kinds, stages and
 * feedback loops inferred, then laid out. The caller saves it as a new design, so a failure
 * changes nothing.
 */
export const readMermaid = async (text: string, fileName: string): Promise<ImportResult> => {
  // Loaded on first use: the gallery's first page needs no Mermaid reader.
  const { importMermaid } = await import("@mlsd/interop");
  const imported = importMermaid(text, { title: fileName.replace(MERMAID_FILE, "") || "Imported Mermaid flowchart" });
  if (!imported.ok) return { ok: false, fileName, error: imported.error };
  const { document } = imported.value;
  // Without the layout engine the editor still places every node (on a grid), so a failed layout is no failed import.
  const placed = await computeLayout(document, new AbortController().signal).catch(() => document);
  return { ok: true, doc: placed };
};

/**
 * Reads a dropped or picked file with core's loader (or the Mermaid import); nothing is
 * changed until it passes. The size is checked before the file is read (a 1 GB file is
 * refused by its size, never loaded), and the bytes are read as the CLI reads them: UTF-8 only.
 */
export const readDesignFile = async (file: File): Promise<ImportResult> => {
  const refuse = (error: ImportFailure): ImportResult => ({ ok: false, fileName: file.name, error });
  if (file.size > LIMITS.textBytes) return refuse(tooLargeError(file.size));
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (MERMAID_FILE.test(file.name)) {
    const text = decodeDocumentBytes(bytes);
    return text.ok ? readMermaid(text.value, file.name) : refuse(text.error);
  }
  const parsed = parseDocumentBytes(bytes);
  return parsed.ok ? { ok: true, doc: parsed.value } : refuse(parsed.error);
};
