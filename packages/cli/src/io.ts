import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Document, type LoadError, parseDocumentText, type Result } from "@mlsd/core";

/**
 * Where the command writes: standard output and standard error (tests pass a capturing one).
 * @public
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type ReadResult = Result<Document, LoadError | Unreadable>;

const reasons: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
};

type Unreadable = { kind: "unreadable"; message: string; problems: { path: string; message: string }[] };

/** Reads a text file; an unreadable file gets a plain message ("no such file"). */
export const readText = async (file: string): Promise<Result<string, Unreadable>> => {
  try {
    return { ok: true, value: await readFile(file, "utf8") };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const message = `cannot read the file: ${reasons[code] ?? (e as Error).message}`;
    return { ok: false, error: { kind: "unreadable", message, problems: [{ path: "", message }] } };
  }
};

/** Reads and parses a design file; an unreadable file gets its own plain message. */
export const readDocument = async (file: string): Promise<ReadResult> => {
  const text = await readText(file);
  return text.ok ? parseDocumentText(text.value) : text;
};

/** Fails with a plain message before any work when the output's folder is missing. */
export const checkOutputFolder = async (file: string): Promise<void> => {
  const folder = dirname(resolve(file));
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`cannot write ${file}: the folder ${folder} does not exist`);
};

/** Writes through a temporary file and a rename, so a failure never leaves half a file behind. */
export const writeFileAtomic = async (file: string, data: string | Uint8Array): Promise<void> => {
  await checkOutputFolder(file);
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
};
