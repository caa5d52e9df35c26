import { randomBytes } from "node:crypto";
import { type FileHandle, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Opens a new temporary file beside `file` under an unpredictable name. "wx" (O_CREAT |
 * O_EXCL) fails on any existing entry, a planted symlink included, so no link is followed;
 * a clash (EEXIST) tries another name a few times.
 */
const createTemporary = async (file: string): Promise<{ path: string; handle: FileHandle }> => {
  for (let attempt = 0; ; attempt++) {
    const path = join(dirname(file), `.${basename(file)}.${randomBytes(9).toString("base64url")}.tmp`);
    try {
      return { path, handle: await open(path, "wx", 0o666) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 4) throw e;
    }
  }
};

/**
 * Writes through a temporary file created exclusively beside the target, then renames it
 * over the target: a failed render never leaves half a PDF, and a symlink planted at the
 * target or at a temporary name is replaced or refused, never followed.
 * @public
 */
export const writeFileAtomic = async (file: string, data: Uint8Array): Promise<void> => {
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
  } finally {
    if (tmp) await rm(tmp, { force: true });
  }
};
