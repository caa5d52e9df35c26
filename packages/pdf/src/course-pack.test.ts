import { type Document, NodeId, starterDocument } from "@mlsd/core";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { type CoursePackEntry, tocRows } from "./course-pack.js";
import { gridScene } from "./grid-scene.test.util.js";
import { countPages, renderCoursePack } from "./node.js";
import { namedDests, outline, pdftotext, qpdfCheck } from "./poppler.test.util.js";

/** A starter design with `extra` more data sources, so handouts differ in length. */
const design = (title: string, extra: number): Document => {
  const doc = starterDocument(title);
  for (let i = 0; i < extra; i++)
    doc.nodes.push({
      id: NodeId(`src-${i}`),
      kind: "data-source",
      stage: "data",
      label: `Source number ${i}`,
      props: { volume: `${i} TB/day` },
    });
  return doc;
};

const entries: CoursePackEntry[] = [
  ["Alpha case", 0, "Case studies"],
  ["Beta case", 30, "Case studies"],
  ["Gamma exercise", 3, "Exercises"],
].map(([title, extra, group]) => {
  const document = design(title as string, extra as number);
  return { document, scene: gridScene(document), group: group as string, review: false };
});

let bytes: Buffer;
let counted: CoursePackEntry[];

beforeAll(async () => {
  ({ bytes } = await renderCoursePack(entries, { title: "Test pack" }));
  // renderCoursePack counted each handout's pages first; count them again to check its contents.
  const { renderHandout } = await import("./node.js");
  counted = [];
  for (const e of entries) {
    const out = await renderHandout(e);
    counted.push({ ...e, pages: out.pages, pdf: out.bytes });
  }
}, 120_000);

/** The named destination each link annotation on page `n` (1-based) goes to, in order. */
const linkTargets = async (pdf: Uint8Array, n: number): Promise<string[]> => {
  const page = (await PDFDocument.load(pdf)).getPage(n - 1);
  const annots = page.node.lookup(PDFName.of("Annots"));
  if (!(annots instanceof PDFArray)) return [];
  return annots.asArray().map((ref) => {
    const annot = page.doc.context.lookup(ref, PDFDict);
    const action = annot.lookup(PDFName.of("A"), PDFDict);
    return action.lookup(PDFName.of("D"), PDFString).decodeText();
  });
};

describe("a course pack", () => {
  it("is a valid PDF with every handout in it", () => {
    expect(qpdfCheck(bytes).status).toBe(0);
    const total = countPages(bytes);
    const tocPages = 1;
    expect(total).toBe(1 + tocPages + 2 + counted.reduce((a, e) => a + e.pages!, 0));
  });

  it("gives page numbers in its contents where each handout really starts", () => {
    const rows = tocRows(counted);
    const flat = pdftotext(bytes, "-layout", "-f", "2", "-l", "2").replace(/\s+/g, " ");
    for (const row of rows) {
      expect(row.page).toBeGreaterThan(2);
      expect(flat).toContain(`${row.title} ${row.page}`);
      const page = pdftotext(bytes, "-f", String(row.page), "-l", String(row.page));
      expect(page).toContain(row.title);
    }
    // The long handout pushes the next part back by its length.
    const beta = rows.find((r) => r.title === "Beta case")!;
    const exercises = rows.find((r) => r.title === "Exercises")!;
    expect(exercises.page).toBe(beta.page! + counted[1]!.pages!);
  });

  it("nests the outline: contents, then part → handout → section", () => {
    const items = outline(bytes);
    expect(items.map((i) => i.title)).toEqual(["Contents", "Case studies", "Exercises"]);
    expect(items[1]!.kids.map((k) => k.title)).toEqual(["Alpha case", "Beta case"]);
    expect(items[2]!.kids.map((k) => k.title)).toEqual(["Gamma exercise"]);
    expect(items[1]!.kids[1]!.kids.map((k) => k.title)).toEqual(["Diagram", "Components by stage", "Checklist"]);
    const rows = tocRows(counted);
    expect(items[1]!.kids[1]!.page).toBe(rows.find((r) => r.title === "Beta case")!.page);
  });

  it("links each contents row to the page it names", async () => {
    const rows = tocRows(counted);
    const dests = namedDests(bytes);
    const targets = await linkTargets(bytes, 2);
    expect(targets).toHaveLength(rows.length);
    expect(targets.map((t) => dests.get(t))).toEqual(rows.map((r) => r.page));
  });

  it("binds each handout's pages as printed alone", () => {
    for (const row of tocRows(counted).filter((r) => r.kind === "entry")) {
      const entry = counted.find((e) => e.document.title === row.title)!;
      const last = row.page! + entry.pages! - 1;
      const inPack = pdftotext(bytes, "-f", String(row.page), "-l", String(last));
      expect(inPack).toBe(pdftotext(entry.pdf!));
      expect(inPack).toContain(`mlsd · ${entry.document.id}`);
      expect(inPack).toContain(`Page ${entry.pages} of ${entry.pages}`);
    }
  });

  it("numbers its contents and dividers as pages of the whole pack", () => {
    const total = countPages(bytes);
    expect(pdftotext(bytes, "-f", "2", "-l", "2")).toContain(`Page 2 of ${total}`);
    for (const row of tocRows(counted).filter((r) => r.kind === "group"))
      expect(pdftotext(bytes, "-f", String(row.page), "-l", String(row.page))).toContain(`Page ${row.page} of ${total}`);
  });

  it("binds the PDFs it is given the same as the ones it renders", async () => {
    const given = await renderCoursePack(counted, { title: "Test pack" });
    expect(pdftotext(given.bytes)).toBe(pdftotext(bytes));
    expect(outline(given.bytes)).toEqual(outline(bytes));
    expect(given.pages).toBe(countPages(bytes));
  });

  it("is a cover alone when it has no entries", async () => {
    const empty = await renderCoursePack([], { title: "Empty pack" });
    expect(qpdfCheck(empty.bytes).status).toBe(0);
    expect(empty.pages).toBe(1);
    expect(pdftotext(empty.bytes)).toContain("Empty pack");
  });
});
