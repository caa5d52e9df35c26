import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { starterDocument } from "./create.js";
import { parseDocument, parseDocumentText } from "./parse.js";

const valid = () => JSON.parse(JSON.stringify(starterDocument("Test design")));

const problemsOf = (input: unknown) => {
  const result = parseDocument(input);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.error;
};

describe("parseDocument", () => {
  it("accepts a valid document and returns its content unchanged", () => {
    const input = valid();
    const result = parseDocument(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(input);
  });

  it("names the path and the problem in plain words", () => {
    const doc = valid();
    doc.nodes[3].props = { latencyMs: "fast" };
    expect(problemsOf(doc).problems).toEqual([{ path: "nodes[3].props.latencyMs", message: 'expected a number, got "fast"' }]);
  });

  it("reports every problem at once, schema and references together", () => {
    const doc = valid();
    doc.title = 7;
    doc.nodes[0].stage = "deploy";
    doc.nodes[1].id = "objective";
    doc.edges[2].target = "ghost";
    const paths = problemsOf(doc).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "nodes[0].stage", "nodes[1].id", "edges[2].target"]));
    expect(problemsOf(doc).kind).toBe("invalid");
  });

  it("keeps a stored layout's arrangement and target, and names a bad target", () => {
    for (const layout of [{ direction: "rows", target: "screen" }, { direction: "rows", target: "16:9" }, { direction: "down" }]) {
      const result = parseDocument({ ...valid(), layout });
      expect(result.ok && result.value.layout).toEqual(layout);
    }
    expect(problemsOf({ ...valid(), layout: { direction: "rows", target: "square" } }).problems).toEqual([
      { path: "layout.target", message: expect.stringContaining('"a4-portrait"') },
    ]);
    expect(problemsOf({ ...valid(), layout: { direction: "sideways" } }).problems.map((p) => p.path)).toEqual(["layout.direction"]);
  });

  it("refuses a newer version with its own error kind", () => {
    const error = problemsOf({ ...valid(), version: 2 });
    expect(error.kind).toBe("versionTooNew");
    expect(error).toMatchObject({ version: 2, supported: 1 });
  });

  it("refuses values that are not documents", () => {
    for (const input of [null, 42, "mlsd", [], {}, { format: "other" }]) expect(problemsOf(input).kind).toBe("notADocument");
  });

  it("refuses too-large documents before validating each item", () => {
    const doc = valid();
    doc.nodes = Array.from({ length: 2001 }, (_, i) => ({ id: `n${i}`, kind: "note", stage: "setup", label: "x", props: {} }));
    doc.edges = [];
    expect(problemsOf(doc).problems).toEqual([{ path: "nodes", message: expect.stringMatching(/2,001 nodes, at most 2,000/) }]);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        const result = parseDocument(input);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseDocumentText(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("never lets __proto__ or constructor keys reach an object's prototype", () => {
    const text = JSON.stringify(valid()).replace(
      '"props":{}',
      '"props":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const result = parseDocumentText(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) expect(result.error.problems.map((p) => p.path)).toEqual(["nodes[0].props.__proto__", "nodes[0].props.constructor"]);
  });
});

describe("parseDocumentText", () => {
  it("says where JSON breaks, by line and column", () => {
    const result = parseDocumentText('{\n  "format": "mlsd",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe("notJson");
      expect(result.error.problems[0]?.message).toMatch(/line 3, column 3/);
    }
  });

  it("accepts a byte-order mark before the JSON", () => {
    expect(parseDocumentText(`\uFEFF${JSON.stringify(valid())}`).ok).toBe(true);
  });

  it("calls an empty file empty", () => {
    const result = parseDocumentText("   ");
    expect(!result.ok && result.error).toMatchObject({ kind: "notJson", problems: [{ message: "the file is empty" }] });
  });
});
