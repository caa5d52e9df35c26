import { lstat, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeFileAtomic } from "./write.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlsd-pdf-write-"));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic (issue 17, item 6)", () => {
  it("never follows a symlink planted at a temporary name it could predict, nor at the target", async () => {
    const victim = join(dir, "victim.txt");
    await writeFile(victim, "precious");
    const out = join(dir, "handout.pdf");
    // The old writer's name was `.<name>.<pid>.<Date.now()>.tmp`: with the clock fixed, an attacker knows it.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_700_000_000_000);
    const predictable = join(dir, `.handout.pdf.${process.pid}.${Date.now()}.tmp`);
    await symlink(victim, predictable);
    await symlink(victim, out);
    await writeFileAtomic(out, new TextEncoder().encode("%PDF-1.3 new"));
    expect(await readFile(victim, "utf8")).toBe("precious");
    expect(await readlink(predictable)).toBe(victim);
    expect((await lstat(out)).isSymbolicLink()).toBe(false);
    expect(await readFile(out, "utf8")).toBe("%PDF-1.3 new");
    // No temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual([`.handout.pdf.${process.pid}.${Date.now()}.tmp`, "handout.pdf", "victim.txt"].sort());
  });

  it("leaves neither a temporary file nor a changed target when the write fails", async () => {
    const out = join(dir, "missing-folder", "handout.pdf");
    await expect(writeFileAtomic(out, new Uint8Array([1]))).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
