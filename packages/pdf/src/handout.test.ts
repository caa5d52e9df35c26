import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, emptyDocument, NodeId, starterDocument } from "@mlsd/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gridScene } from "./grid-scene.test.util.js";
import { countPages, renderHandout, writeHandout } from "./node.js";
import { fonts, outline, pdftotext, qpdfCheck } from "./poppler.test.util.js";

/** A design whose strings need more than WinAnsi: accents, arrows, check marks, Greek, CJK. */
const unicodeDesign = (): Document => {
  const doc = starterDocument("Café fraud → review ✓", { summary: "Ω is the set of all rides; 模型 means model." });
  doc.nodes[2] = {
    id: NodeId("model"),
    kind: "model",
    stage: "modeling",
    label: "模型 Ω classifier",
    props: { family: "trees → net", task: "classification" },
  };
  doc.source = { title: "A write-up", author: "Jane Doe", venue: "Some blog", year: 2019, url: "https://example.com/a/write-up" };
  // Line breaks and tabs too: react-pdf would set them in Helvetica if they reached it.
  doc.notes.push({ id: "n1", title: "Why é matters", text: "Labels arrive late →\ntrain on outcomes ✓\tnow", stage: "data" });
  doc.nodes[1]!.notes = "first line\r\nsecond line";
  return doc;
};

let bytes: Buffer;
let pages = 0;
let text = "";
let raw = "";
let dir = "";

beforeAll(async () => {
  const doc = unicodeDesign();
  ({ bytes, pages } = await renderHandout({ document: doc, scene: gridScene(doc) }));
  text = pdftotext(bytes);
  raw = pdftotext(bytes, "-raw");
  dir = await mkdtemp(join(tmpdir(), "mlsd-handout-"));
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a handout", () => {
  it("extracts é, →, ✓ and Ω as themselves (embedded DejaVu, not WinAnsi Helvetica)", () => {
    expect(text).toContain("Café fraud → review ✓");
    expect(text).toContain("Ω is the set of all rides");
    expect(raw).toContain("Labels arrive late →\ntrain on outcomes ✓ now");
    expect(raw).toContain("first line\nsecond line");
    expect(raw).toContain("trees → net");
  });

  it("prints CJK it cannot draw as □ and says so on page 1, with the code points", () => {
    expect(raw).toContain("□□ Ω classifier");
    expect(text).not.toContain("模");
    const page1 = pdftotext(bytes, "-f", "1", "-l", "1").replace(/\s+/g, " ");
    expect(page1).toContain("Some characters are not printed");
    expect(page1).toContain("U+6A21 U+578B");
  });

  it("embeds every font it uses", () => {
    const list = fonts(bytes);
    expect(list.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    expect(list.every((f) => f.embedded)).toBe(true);
  });

  it("is a valid PDF whose page count the render reports", () => {
    expect(qpdfCheck(bytes).status).toBe(0);
    expect(pages).toBe(countPages(bytes));
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("carries title, citation with its link, sections and the framework's questions", () => {
    const flat = raw.replace(/\s+/g, " ");
    for (const s of [
      "“A write-up”, Jane Doe, Some blog, 2019.",
      "https://example.com/a/write-up",
      "Components by stage",
      "Design notes",
      "Why é matters",
    ])
      expect(flat).toContain(s);
    expect(flat).toContain("Design review");
    expect(flat).toContain("Which baselines (random, human, simple heuristic) must the model beat?");
  });

  it("has an outline: the title, with its sections nested under it", () => {
    const items = outline(bytes);
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toBe("Café fraud → review ✓");
    expect(items[0]!.page).toBe(1);
    expect(items[0]!.kids.map((k) => k.title)).toEqual(["Diagram", "Components by stage", "Design notes", "Design review", "Checklist"]);
  });

  it("leaves the review out when asked", async () => {
    const doc = unicodeDesign();
    const out = await renderHandout({ document: doc, scene: gridScene(doc), review: false });
    expect(pdftotext(out.bytes)).not.toContain("Design review");
  }, 30_000);

  it("prints the findings it is given, most severe first", async () => {
    const doc = unicodeDesign();
    const findings = [
      { rule: "x/info", severity: "info", message: "An aside.", nodes: [], edges: [], why: "", hint: "" },
      { rule: "x/err", severity: "error", message: "A blocker on 模型.", nodes: ["model"], edges: [], why: "It breaks.", hint: "Fix it." },
    ];
    const out = pdftotext((await renderHandout({ document: doc, scene: gridScene(doc), findings })).bytes, "-raw").replace(/\s+/g, " ");
    expect(out).toContain("PROBLEM A blocker on □□.");
    expect(out.indexOf("A blocker")).toBeLessThan(out.indexOf("An aside."));
    expect(out).toContain("x/err · □□ Ω classifier");
  }, 30_000);
});

describe("writeHandout", () => {
  it("writes the file whole", async () => {
    const file = join(dir, "ok.pdf");
    const doc = starterDocument("Plain");
    const result = await writeHandout(file, { document: doc, scene: gridScene(doc) });
    expect(result.pages).toBeGreaterThan(1);
    expect(await readdir(dir)).toEqual(["ok.pdf"]);
  }, 30_000);

  it("leaves no file at all when rendering fails", async () => {
    const doc = starterDocument("Broken");
    const file = join(dir, "broken.pdf");
    await expect(
      writeHandout(
        file,
        { document: doc, scene: gridScene(doc) },
        { fonts: { regular: "/nonexistent/a.ttf", bold: "/nonexistent/b.ttf" } },
      ),
    ).rejects.toThrow(/cannot load the handout font \/nonexistent\/a\.ttf/);
    expect(await readdir(dir)).toEqual(["ok.pdf"]);
  }, 30_000);
});

describe("edge cases", () => {
  it("prints an empty design: title, an empty drawing, the checklist", async () => {
    const doc = emptyDocument("Nothing drawn yet");
    const scene = { ...gridScene(doc), bounds: { x: 0, y: 0, width: 0, height: 0 } };
    const out = await renderHandout({ document: doc, scene });
    expect(qpdfCheck(out.bytes).status).toBe(0);
    const text = pdftotext(out.bytes);
    expect(text).toContain("Nothing drawn yet");
    expect(text).toContain("Checklist: questions for each stage");
  }, 30_000);

  it("keeps a very long title and label whole in the text", async () => {
    const title = `A ${"very ".repeat(40)}long title`;
    const doc = starterDocument(title);
    const label = `Label${"x".repeat(150)}`;
    doc.nodes[0]!.label = label;
    const out = await renderHandout({ document: doc, scene: gridScene(doc) });
    const flat = pdftotext(out.bytes, "-raw").replace(/\s+/g, "");
    expect(flat).toContain(title.replace(/\s+/g, ""));
    expect(flat).toContain(label);
  }, 30_000);
});
