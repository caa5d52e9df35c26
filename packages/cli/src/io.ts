import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type Document, type LoadError, parseDocumentText, type Result } from "@mlsd/core";

export type ReadResult = Result<
  Document,
  LoadError | { kind: "unreadable"; message: string; problems: { path: string; message: string }[] }
>;

const reasons: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

/** Reads and parses a design file; an unreadable file gets its own plain message. */
export const readDocument = async (file: string): Promise<ReadResult> => {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const message = `cannot read the file: ${reasons[code] ?? (e as Error).message}`;
    return { ok: false, error: { kind: "unreadable", message, problems: [{ path: "", message }] } };
  }
  return parseDocumentText(text);
};

/** Writes through a temporary file and a rename, so a failure never leaves half a file behind. */
export const writeFileAtomic = async (file: string, data: string | Uint8Array): Promise<void> => {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
};
