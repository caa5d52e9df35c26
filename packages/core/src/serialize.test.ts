import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { starterDocument } from "./create.js";
import { parseDocumentText } from "./parse.js";
import { type Document, SCHEMA_URL } from "./schema.js";
import { serializeDocument } from "./serialize.js";
import { documentArb } from "./testing/arbitraries.js";

describe("serializeDocument", () => {
  it("writes keys in a fixed order whatever order they came in", () => {
    const doc = starterDocument("Order");
    const shuffled = JSON.parse(
      JSON.stringify({
        notes: doc.notes,
        edges: doc.edges,
        nodes: doc.nodes.map((n) => ({ props: n.props, label: n.label, stage: n.stage, kind: n.kind, id: n.id })),
        summary: doc.summary,
        title: doc.title,
        id: doc.id,
        version: 1,
        format: "mlsd",
      }),
    ) as Document;
    expect(serializeDocument(shuffled)).toBe(serializeDocument(doc));
    const keys = Object.keys(JSON.parse(serializeDocument(shuffled)));
    expect(keys).toEqual(["format", "version", "id", "title", "summary", "nodes", "edges", "notes"]);
    expect(Object.keys(JSON.parse(serializeDocument(shuffled)).nodes[0])).toEqual(["id", "kind", "stage", "label", "props"]);
  });

  it('keeps a "$schema" address on load and save, first of all keys', () => {
    const text = JSON.stringify({ ...starterDocument("Schema"), $schema: SCHEMA_URL });
    const loaded = parseDocumentText(text);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.$schema).toBe(SCHEMA_URL);
    expect(Object.keys(JSON.parse(serializeDocument(loaded.value)))[0]).toBe("$schema");
    const bad = parseDocumentText(JSON.stringify({ ...starterDocument("Schema"), $schema: 3 }));
    expect(bad.ok ? [] : bad.error.problems.map((p) => p.path)).toEqual(["$schema"]);
  });

  it("writes pretty JSON ending in a newline", () => {
    const text = serializeDocument(starterDocument("Pretty"));
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "format": "mlsd",');
  });

  it("orders props as their kind declares them", () => {
    const doc = starterDocument("Props");
    const svc = doc.nodes[3];
    if (svc?.kind !== "online-service") throw new Error("fixture changed");
    svc.props = { throughputRps: 10, latencyMs: 5 };
    expect(Object.keys(JSON.parse(serializeDocument(doc)).nodes[3].props)).toEqual(["latencyMs", "throughputRps"]);
  });

  it("parse ∘ serialize is the identity on valid documents", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const result = parseDocumentText(serializeDocument(doc));
        if (!result.ok) throw new Error(JSON.stringify(result.error.problems));
        expect(result.value).toEqual(doc);
        expect(serializeDocument(result.value)).toBe(serializeDocument(doc));
      }),
      { numRuns: 200 },
    );
  });
});
