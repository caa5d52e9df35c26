import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Document, NODE_KINDS, parseDocumentText, STAGE_IDS } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { DOCUMENTS_DIR, readDocuments, readManifest } from "../scripts/documents.mjs";
import { CATALOG_IDS, getDocument, isCatalogId, listCatalog } from "./index.js";

const items = readDocuments();
const manifest = readManifest();

describe("the catalogue", () => {
  it("holds the project flow, the twelve case studies and the twenty-seven exercises named in catalog.json", () => {
    expect(manifest.caseStudies).toHaveLength(12);
    expect(manifest.exercises).toHaveLength(27);
    const expected = [manifest.flow, ...manifest.caseStudies.map((c) => c.id), ...manifest.exercises];
    expect([...CATALOG_IDS]).toEqual(expected);
  });

  it("gives every document a unique id", () => {
    expect(new Set(CATALOG_IDS).size).toBe(CATALOG_IDS.length);
  });

  it.each(items.map((i) => [i.file, i] as const))("%s parses with no problem", (file) => {
    const result = parseDocumentText(readFileSync(join(DOCUMENTS_DIR, file), "utf8"));
    expect(result.ok ? [] : result.error.problems).toEqual([]);
  });

  it("lists metadata that agrees with each document", async () => {
    const entries = listCatalog();
    expect(entries.map((e) => e.id)).toEqual([...CATALOG_IDS]);
    for (const entry of entries) {
      const doc = await getDocument(entry.id);
      expect(entry.title).toBe(doc.title);
      expect(entry.summary).toBe(doc.summary);
      expect(entry.nodeCount).toBe(doc.nodes.length);
      expect(entry.edgeCount).toBe(doc.edges.length);
      expect(entry.feedbackEdgeCount).toBe(doc.edges.filter((e) => e.kind === "feedback").length);
      expect(entry.stages).toEqual(STAGE_IDS.filter((s) => doc.nodes.some((n) => n.stage === s)));
      expect(entry.partKinds).toEqual(NODE_KINDS.filter((k) => doc.nodes.some((n) => n.kind === k)));
      expect(entry.year).toBe(doc.source?.year);
    }
    const kinds = entries.map((e) => e.kind);
    expect(kinds.filter((k) => k === "flow")).toHaveLength(1);
    expect(kinds.filter((k) => k === "case-study")).toHaveLength(12);
    expect(kinds.filter((k) => k === "exercise")).toHaveLength(27);
    expect(entries.filter((e) => e.kind === "case-study").every((e) => e.org && e.year)).toBe(true);
  });

  it("loads each document as its file reads", async () => {
    for (const { file, document } of items.filter((i) => i.kind !== "reference")) {
      const loaded: Document = await getDocument(document.id);
      expect(loaded, file).toEqual(document);
    }
  });

  it("hands out copies, so a caller's edits do not leak into the catalogue", async () => {
    const first = await getDocument("project-flow");
    first.nodes.length = 0;
    listCatalog()[0]!.tags.push("changed");
    expect((await getDocument("project-flow")).nodes).toHaveLength(4);
    expect(listCatalog()[0]!.tags).not.toContain("changed");
  });

  it("refuses an unknown id with a message that names it", async () => {
    expect(isCatalogId("no-such-design")).toBe(false);
    expect(isCatalogId("toString")).toBe(false);
    await expect(getDocument("no-such-design")).rejects.toThrow('no catalogue document "no-such-design"');
  });
});
