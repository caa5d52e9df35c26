import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CatalogEntry, getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, isPlaced } from "@mlsd/core";
import { layout } from "@mlsd/layout";
import { renderHandout } from "@mlsd/pdf/node";
import { sceneFromDocument } from "@mlsd/scene";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fonts, pageCount, pageSizes, qpdfCheck, squash, tool } from "./tools.js";

interface Printed {
  entry: CatalogEntry;
  document: Document;
  file: string;
  pages: number;
}

const catalog = listCatalog();
const printed = new Map<string, Printed>();
let dir = "";

// Every catalogue handout is rendered once per run; the assertions below share the files.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlsd-handouts-"));
  for (const entry of catalog) {
    const document = await getDocument(entry.id);
    const scene = isPlaced(document) ? sceneFromDocument(document) : await layout(document);
    const { bytes, pages } = await renderHandout({ document, scene });
    const file = join(dir, `${entry.id}.pdf`);
    await writeFile(file, bytes);
    printed.set(entry.id, { entry, document, file, pages });
  }
}, 300_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const A4 = [595.28, 841.89];

describe("catalogue handouts", () => {
  it("covers the whole catalogue", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(40);
    expect(printed.size).toBe(catalog.length);
  });

  it.each(catalog.map((e) => e.id))("%s: A4 pages, as many as the renderer reported", (id) => {
    const p = printed.get(id)!;
    expect(pageCount(p.file)).toBe(p.pages);
    expect(p.pages).toBeGreaterThanOrEqual(3);
    const sizes = pageSizes(p.file, p.pages);
    expect(sizes).toHaveLength(p.pages);
    for (const s of sizes) expect([s.width, s.height].sort((a, b) => a - b)).toEqual(A4);
  });

  it.each(catalog.map((e) => e.id))("%s: text holds the title, every node label and the citation", (id) => {
    const p = printed.get(id)!;
    const text = squash(tool("pdftotext", ["-raw", p.file, "-"]));
    expect(text).toContain(squash(p.document.title));
    for (const node of p.document.nodes) expect(text, node.label).toContain(squash(node.label));
    const source = p.document.source;
    if (source) {
      expect(text).toContain(squash(source.title));
      if (source.url) expect(text).toContain(squash(source.url));
    }
  });

  it.each(catalog.map((e) => e.id))("%s: page 1 holds title and legend; each diagram page holds its drawing", (id) => {
    const p = printed.get(id)!;
    const pages = tool("pdftotext", [p.file, "-"]).split("\f");
    expect(pages[0]).toContain("LEGEND");
    const drawn = pages.filter((t) => t.includes("Figure: the design by stage"));
    expect(drawn.length).toBeGreaterThanOrEqual(1);
    // A heading never sits alone on a page with its drawing pushed to the next one.
    for (const t of pages.filter((t) => /^Diagram( \(part \d+ of \d+\))?:/m.test(t))) expect(t).toContain("Figure: the design by stage");
  });

  it.each(catalog.map((e) => e.id))("%s: only embedded fonts, and qpdf --check passes", (id) => {
    const p = printed.get(id)!;
    const list = fonts(p.file);
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => !f.embedded)).toEqual([]);
    const check = qpdfCheck(p.file);
    expect(check.status, check.output).toBe(0);
  });

  it("links each case study to its source", async () => {
    for (const p of printed.values()) {
      if (p.entry.kind !== "case-study" || !p.document.source?.url) continue;
      const raw = (await readFile(p.file)).toString("latin1");
      expect(raw).toContain(`/URI (${p.document.source.url})`);
    }
  });
});
