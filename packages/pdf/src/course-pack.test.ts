import { type Document, NodeId, starterDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type CoursePackEntry, tocRows } from "./course-pack.js";
import { gridScene } from "./grid-scene.test.util.js";
import { countPages, renderCoursePack } from "./node.js";
import { outline, pdftotext, qpdfCheck } from "./poppler.test.util.js";

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
  for (const e of entries) counted.push({ ...e, pages: (await renderHandout(e)).pages });
}, 120_000);

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
});
