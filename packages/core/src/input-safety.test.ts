import { describe, expect, it } from "vitest";
import { starterDocument } from "./create.js";
import { describeValue, formatProblems } from "./errors.js";
import * as core from "./index.js";
import { LIMITS } from "./limits.js";
import { parseDocument, parseDocumentText } from "./parse.js";
import { serializeDocument } from "./serialize.js";

/** Issue 17: input checks that hold for the CLI and the editor alike. */
const valid = () => JSON.parse(JSON.stringify(starterDocument("Test design")));
const RAW = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const messagesOf = (result: ReturnType<typeof parseDocumentText>) => (result.ok ? [] : formatProblems(result.error.problems));

describe("the size limit counts bytes (item 11)", () => {
  it("refuses text over the limit in UTF-8 bytes though it has fewer characters", () => {
    // 7 million euro signs: 7 M characters, 21 MB of UTF-8.
    const text = JSON.stringify({ ...valid(), summary: "€".repeat(7_000_000) });
    expect(text.length).toBeLessThan(LIMITS.textBytes);
    const result = parseDocumentText(text);
    expect(messagesOf(result)).toEqual([expect.stringMatching(/^the file is 20\.0 MB, more than the 20 MB limit$/)]);
  });
});

describe("encodings (item 11)", () => {
  const parseBytes = (core as Record<string, unknown>).parseDocumentBytes as
    | ((b: Uint8Array) => ReturnType<typeof parseDocumentText>)
    | undefined;
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const utf16le = (text: string, bom = true) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    if (bom) out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i);
    return out;
  };

  it("reads UTF-8, with or without a byte-order mark", () => {
    const json = serializeDocument(starterDocument("Bytes ✓"));
    expect(parseBytes?.(utf8(json)).ok).toBe(true);
    expect(parseBytes?.(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)])).ok).toBe(true);
  });

  it("refuses UTF-16, with or without a byte-order mark, saying so", () => {
    const json = serializeDocument(starterDocument("Sixteen"));
    for (const bytes of [utf16le(json), utf16le(json, false)]) {
      const result = parseBytes?.(bytes);
      expect(result && messagesOf(result)).toEqual(["it is saved as UTF-16 or UTF-32; save it as UTF-8"]);
    }
  });

  it("refuses binary bytes without echoing them", () => {
    const garbage = new Uint8Array(256).map((_, i) => (i * 37) & 0xff);
    const result = parseBytes?.(garbage);
    expect(result?.ok).toBe(false);
    expect(result && messagesOf(result).join("\n")).not.toMatch(RAW);
  });

  it("refuses by size, before decoding, naming the size (not 'empty')", () => {
    const huge = new Uint8Array(LIMITS.textBytes + 1);
    const result = parseBytes?.(huge);
    expect(result && messagesOf(result)).toEqual(["the file is 20.0 MB, more than the 20 MB limit"]);
  });
});

describe("messages never carry raw control or bidi characters from a file (item 7)", () => {
  it("escapes them in the JSON syntax error, which quotes the file", () => {
    const result = parseDocumentText("\u001b[2J\u001b]0;pwned\u0007 {");
    const text = messagesOf(result).join("\n");
    expect(text).toMatch(/not valid JSON/);
    expect(text).not.toMatch(RAW);
    expect(text).toContain("\\x1b[2J");
  });

  it("escapes them in values and paths", () => {
    expect(describeValue("abc\u202edef")).toBe('"abc\\u202edef"');
    expect(describeValue("\u0085\u009b")).toBe('"\\x85\\x9b"');
    const doc = valid();
    doc.nodes[0].props = { "\u001b[31mevil\u202e": 1 };
    const result = parseDocument(doc);
    const lines = result.ok ? [] : formatProblems(result.error.problems);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toMatch(RAW);
  });

  it("keeps line breaks, tabs and CRLF line ends in multi-line output, but not a lone carriage return", () => {
    expect(core.escapeControls("a,b\r\nc\td\n", true)).toBe("a,b\r\nc\td\n");
    expect(core.escapeControls("safe\rEVIL\u001b[2J", true)).toBe("safe\\rEVIL\\x1b[2J");
    expect(core.escapeControls("a\r\nb")).toBe("a\\r\\nb");
  });

  it("writes bidi and invisible characters of a design as JSON escapes, reading back the same design", () => {
    const doc = { ...starterDocument("Right\u202eto left\u2066 \u0085"), summary: "zero\u200bwidth" };
    const text = serializeDocument(doc);
    expect(text).not.toMatch(/[\u0085\u200b\u202e\u2066]/);
    expect(text).toContain("Right\\u202eto left");
    const back = parseDocumentText(text);
    expect(back.ok && back.value.title).toBe(doc.title);
    expect(back.ok && back.value.summary).toBe(doc.summary);
  });
});

describe("source.url (item 11)", () => {
  it.each(['https://example.com/"onmouseover="x', "https://example.com/<script>", "https://example.com/a>b", "https://exa\u202emple.com/"])(
    "refuses %j with a plain message",
    (url) => {
      const doc = { ...valid(), source: { title: "Paper", url } };
      const result = parseDocument(doc);
      expect(result.ok ? [] : result.error.problems).toEqual([
        { path: "source.url", message: expect.stringMatching(/^expected an http\(s\) address without spaces, quotes/) },
      ]);
    },
  );

  it("still accepts ordinary addresses with queries and fragments", () => {
    const doc = { ...valid(), source: { title: "Paper", url: "https://arxiv.org/abs/2101.00001?x=1&y=(2)#sec-3" } };
    expect(parseDocument(doc).ok).toBe(true);
  });
});
