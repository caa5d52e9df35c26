import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { type Document, decodeDocumentBytes, LIMITS, type LoadError, parseDocumentText, type Result, tooLargeError } from "@mlsd/core";

/**
 * Where the command writes: standard output and standard error (tests pass a capturing one).
 * @public
 */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** What `-` reads (default: the process's standard input). */
  stdin?: AsyncIterable<Uint8Array>;
}

type Unreadable = { kind: "unreadable"; message: string; problems: { path: string; message: string }[] };

export type ReadResult = Result<Document, LoadError | Unreadable>;

/** Where `mlsd <command> -` reads a design from. */
export const STDIN = "-";

const reasons: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  ENOTDIR: "a part of the path is not a folder",
  ENAMETOOLONG: "the name is too long",
};
const reason = (e: unknown) => reasons[(e as NodeJS.ErrnoException).code ?? ""] ?? (e as Error).message;

const unreadable = (e: unknown): { ok: false; error: Unreadable } => {
  const message = `cannot read the file: ${reason(e)}`;
  return { ok: false, error: { kind: "unreadable", message, problems: [{ path: "", message }] } };
};

/**
 * Reads at most `max + 1` bytes, so anything longer is known to be too large without
 * holding it: a pipe, a device such as /dev/urandom, a file that grows while it is read.
 */
const readCapped = async (chunks: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array | "tooLarge"> => {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > max) return "tooLarge";
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
};

/**
 * Reads a text file (`-`: standard input) as UTF-8. The size limit counts bytes and is
 * checked before the content is read: a regular file by its size, anything else while it
 * streams. An unreadable file gets its own plain message.
 */
export const readText = async (
  file: string,
  stdin: AsyncIterable<Uint8Array> = process.stdin,
): Promise<Result<string, LoadError | Unreadable>> => {
  let handle: FileHandle | undefined;
  try {
    let bytes: Uint8Array | "tooLarge";
    if (file === STDIN) bytes = await readCapped(stdin, LIMITS.textBytes);
    else {
      handle = await open(file, "r");
      const info = await handle.stat();
      if (info.isDirectory()) return unreadable(Object.assign(new Error(), { code: "EISDIR" }));
      if (info.isFile() && info.size > LIMITS.textBytes) return { ok: false, error: tooLargeError(info.size) };
      bytes = await readCapped(handle.createReadStream({ autoClose: false }), LIMITS.textBytes);
    }
    if (bytes === "tooLarge") return { ok: false, error: tooLargeError() };
    return decodeDocumentBytes(bytes);
  } catch (e) {
    return unreadable(e);
  } finally {
    await handle?.close();
  }
};

/** Reads and parses a design file (`-`: standard input), within the same limits as readText. */
export const readDocument = async (file: string, stdin?: AsyncIterable<Uint8Array>): Promise<ReadResult> => {
  const text = await readText(file, stdin);
  return text.ok ? parseDocumentText(text.value) : text;
};

/** A failure to write, named by the user's path (never by the temporary file): exit code 1. */
export class OutputError extends Error {}
/** A command line that cannot work (such as `-o ""`): exit code 2. */
export class UsageError extends Error {}

/**
 * Checks an output path before any work: not empty, not a folder, in a folder that exists
 * and may be written. Throws an OutputError that names the path as the user gave it.
 */
export const checkOutput = async (file: string): Promise<void> => {
  if (file === "") throw new UsageError("the output file name is empty; give one with -o, e.g. -o design.svg");
  const target = await stat(file).catch(() => null);
  if (target?.isDirectory()) throw new OutputError(`cannot write ${file}: it is a folder; give a file name inside it`);
  const folder = dirname(resolve(file));
  const info = await stat(folder).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error && (info.code === "EACCES" || info.code === "EPERM"))
    throw new OutputError(`cannot write ${file}: no permission to reach the folder ${folder}`);
  if (info instanceof Error || !info.isDirectory()) throw new OutputError(`cannot write ${file}: the folder ${folder} does not exist`);
  await access(folder, constants.W_OK).catch(() => {
    throw new OutputError(`cannot write ${file}: no permission to write in the folder ${folder}`);
  });
};

/** Tries a few unpredictable names: a name someone planted (even as a symlink) is never opened. */
const createTemporary = async (file: string): Promise<{ path: string; handle: FileHandle }> => {
  for (let attempt = 0; ; attempt++) {
    const path = join(dirname(file), `.${basename(file)}.${randomBytes(9).toString("base64url")}.tmp`);
    try {
      // "wx": O_CREAT | O_EXCL: fails on any existing entry, a symlink included, so no link is followed.
      return { path, handle: await open(path, "wx", 0o666) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 4) throw e;
    }
  }
};

/**
 * Writes through a temporary file created exclusively beside the target, then renames it
 * over the target, so a failed run never leaves half a file behind and a symlink planted at
 * the target or temporary name is replaced, never followed. Errors name `file`.
 */
export const writeFileAtomic = async (file: string, data: string | Uint8Array): Promise<void> => {
  await checkOutput(file);
  let tmp: string | undefined;
  try {
    const created = await createTemporary(file);
    tmp = created.path;
    try {
      await created.handle.writeFile(data);
      await created.handle.datasync();
    } finally {
      await created.handle.close();
    }
    await rename(tmp, file);
    tmp = undefined;
  } catch (e) {
    throw new OutputError(`cannot write ${file}: ${reason(e)}`);
  } finally {
    if (tmp) await rm(tmp, { force: true });
  }
};
