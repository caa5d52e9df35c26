import { formatProblems, serializeDocument, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { readDesignFile } from "./importFile.js";

/** Issue 17, item 11: the editor refuses what the CLI refuses, with the same words. */
const RAW = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const problems = async (file: File) => {
  const result = await readDesignFile(file);
  if (result.ok) throw new Error("expected the file to be refused");
  return formatProblems(result.error.problems);
};

describe("importing a file", () => {
  it("reads a UTF-8 design", async () => {
    const result = await readDesignFile(new File([serializeDocument(starterDocument("Fine ✓"))], "fine.mlsd.json"));
    expect(result.ok && result.doc.title).toBe("Fine ✓");
  });

  it("refuses a UTF-16 file, as the CLI does", async () => {
    const text = serializeDocument(starterDocument("Sixteen"));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(await problems(new File([bytes], "utf16.mlsd.json"))).toEqual(["it is saved as UTF-16 or UTF-32; save it as UTF-8"]);
  });

  it("refuses a huge file by its size without reading it (not as 'empty')", async () => {
    // What the browser gives for a 1.1 GB file, without holding 1.1 GB here: reading it fails the test.
    const unread = () => Promise.reject(new Error("a 1.1 GB file must not be read"));
    const huge = new File([""], "huge.json");
    Object.defineProperties(huge, { size: { value: 1_181_116_006 }, arrayBuffer: { value: unread }, text: { value: unread } });
    expect(await problems(huge)).toEqual(["the file is 1,126.4 MB, more than the 20 MB limit"]);
  });

  it("shows no raw binary from a garbage file", async () => {
    const garbage = new Uint8Array(512).map((_, i) => (i * 73 + 11) & 0xff);
    const lines = await problems(new File([garbage], "garbage\u001b[2J.bin"));
    expect(lines.join("\n")).not.toMatch(RAW);
    const ascii = new TextEncoder().encode(`\u001b[2J\u001b]0;title\u0007{"format":`);
    const escaped = await problems(new File([ascii], "escapes.json"));
    expect(escaped.join("\n")).not.toMatch(RAW);
    expect(escaped.join("\n")).toContain("\\x1b[2J");
  });
});
