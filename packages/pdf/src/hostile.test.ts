import { type DesignNode, type Document, isPlaced, NodeId, starterDocument } from "@mlsd/core";
import { sceneFromDocument } from "@mlsd/scene";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_DIAGRAM_PAGES } from "./geometry.js";
import { gridScene } from "./grid-scene.test.util.js";
import { renderHandout } from "./node.js";
import { pdfTool, pdftotext } from "./poppler.test.util.js";

/**
 * Handouts of designs made to exhaust the printer (issue 17): parts far apart, a summary at
 * its limit, words and notes far longer than a line or a page. Each must print, on a bounded
 * number of pages, without react-pdf's "[paginate] … exceeds available height" warning.
 */

/** The starter's business objective and data source, stored at the given places. */
const twoParts = (a: { x: number; y: number }, b: { x: number; y: number }, sameStage = false): Document => {
  const doc = starterDocument("Two parts");
  const [objective, source] = doc.nodes as [DesignNode, DesignNode];
  doc.nodes = [
    { ...objective, position: a, size: { width: 150, height: 56 } },
    // In one stage, the second part is a constraint (a kind that stage holds), without the source's properties.
    {
      ...(sameStage ? ({ ...source, stage: "setup", kind: "constraint", props: {} } as DesignNode) : source),
      position: b,
      size: { width: 150, height: 56 },
    },
  ];
  doc.edges = doc.edges.filter((e) => e.source === objective.id && e.target === source.id);
  doc.notes = [];
  return doc;
};

const stored = (doc: Document) => {
  if (!isPlaced(doc)) throw new Error("test design is not placed");
  return sceneFromDocument(doc);
};

const pageTexts = (bytes: Uint8Array, pages: number) =>
  Array.from({ length: pages }, (_, i) => pdftotext(bytes, "-f", String(i + 1), "-l", String(i + 1)).replace(/\s+/g, " "));

let warnings: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  warnings = [];
});
const watchWarnings = () =>
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(" "));
  });

describe("page count and memory stay bounded (item 3)", () => {
  it("prints two parts 100,000 px apart in two parts, each page drawing only what it shows", async () => {
    const doc = twoParts({ x: 0, y: 0 }, { x: 100_000, y: 0 });
    const { bytes, pages } = await renderHandout({ document: doc, scene: stored(doc) });
    const texts = pageTexts(bytes, pages);
    const parts = texts.filter((t) => t.includes("Diagram (part"));
    expect(parts).toHaveLength(2);
    // Culled per page: each part holds its own box's label and not the other's.
    expect(parts[0]).toContain("Business objective");
    expect(parts[0]).not.toContain("Data source");
    expect(parts[1]).toContain("Data source");
    expect(parts[1]).not.toContain("Business objective");
    expect(pages).toBeLessThanOrEqual(6);
  }, 120_000);

  it("prints parts at the coordinate limits (±1,000,000, apart both ways) on a few pages", async () => {
    const doc = twoParts({ x: -999_900, y: -999_900 }, { x: 999_000, y: 999_000 }, true);
    const { pages, bytes } = await renderHandout({ document: doc, scene: stored(doc) });
    expect(pages).toBeLessThanOrEqual(6);
    expect(pageTexts(bytes, pages).filter((t) => t.includes("Diagram (part"))).toHaveLength(2);
  }, 120_000);

  it("past the page limit prints the overview only, saying how many pages the drawing would need", async () => {
    const doc = starterDocument("Scattered");
    const base = doc.nodes[0] as DesignNode;
    doc.nodes = Array.from({ length: 60 }, (_, i) => ({
      ...base,
      id: NodeId(`part-${i}`),
      label: `Part ${i}`,
      position: { x: i * 20_000, y: (i % 7) * 9_000 },
      size: { width: 150, height: 56 },
    }));
    doc.edges = [];
    const { bytes, pages } = await renderHandout({ document: doc, scene: stored(doc) });
    const page1 = pageTexts(bytes, 1)[0]!;
    expect(page1).toContain("Too large to print legibly");
    expect(page1).toContain(`more than the ${MAX_DIAGRAM_PAGES} a handout gives a drawing`);
    expect(page1).toMatch(/would take 60 pages/);
    expect(pdftotext(bytes)).not.toContain("Diagram (part");
    // Page 1, the components table (60 rows), the checklist.
    expect(pages).toBeLessThanOrEqual(8);
  }, 120_000);
});

describe("long text (items 4, 5 and 9)", () => {
  it("prints a summary at its 4,000-character limit above a diagram printed in parts (item 4)", async () => {
    const doc = starterDocument("Long summary");
    const base = doc.nodes;
    // Twenty-four parts a stage: too big for one page at 6 pt, so page 1 carries the overview.
    doc.nodes = base.flatMap((n) => Array.from({ length: 24 }, (_, i) => ({ ...n, id: NodeId(`${n.id}-${i}`), label: `${n.label} ${i}` })));
    doc.edges = [];
    // At the limit the title block is taller than what page 1 has left for the overview.
    doc.summary = "Words about the design, at length. ".repeat(120).slice(0, 4000).trim();
    const { bytes, pages } = await renderHandout({ document: doc, scene: gridScene(doc) });
    const text = pdftotext(bytes).replace(/\s+/g, " ");
    expect(text).toContain(doc.summary.slice(-60));
    expect(text).toContain("The design at a glance, printed in");
    expect(pages).toBeGreaterThan(3);
  }, 120_000);

  it("prints five notes of one 4,000-character word each, cut into lines (item 5)", async () => {
    const doc = starterDocument("Long words");
    doc.notes = Array.from({ length: 5 }, (_, i) => ({ id: `w${i}`, title: `Word ${i}`, text: "P".repeat(4000) }));
    const { bytes } = await renderHandout({ document: doc, scene: gridScene(doc) });
    expect(pdftotext(bytes).match(/P/g)?.length).toBeGreaterThanOrEqual(5 * 4000);
  }, 120_000);

  it("prints notes of 100 and 1,019 lines line under line, with no pagination warning (item 9)", async () => {
    watchWarnings();
    const doc = starterDocument("Many lines");
    const lines = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i + 1}`).join("\n");
    doc.notes = [{ id: "long", title: "A long note", text: lines(100, "noteline") }];
    (doc.nodes[0] as DesignNode).notes = lines(100, "nodeline");
    (doc.nodes[1] as DesignNode).notes = "z\n".repeat(1019).trim();
    const { bytes } = await renderHandout({ document: doc, scene: gridScene(doc) });
    expect(warnings.filter((w) => w.includes("[paginate]"))).toEqual([]);
    // Every line printed, each at least a line height below the one before on its page.
    const words = [
      ...pdfTool("pdftotext", ["-bbox", "$PDF", "-"], bytes).matchAll(
        /<page |<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ];
    for (const word of ["noteline", "nodeline", "z"]) {
      let page = 0;
      let last = Number.NEGATIVE_INFINITY;
      let count = 0;
      for (const m of words) {
        if (m[0].startsWith("<page")) {
          page++;
          last = Number.NEGATIVE_INFINITY;
          continue;
        }
        const text = m[3]!;
        if (word === "z" ? text !== "z" : !new RegExp(`^${word}\\d+$`).test(text)) continue;
        const top = Number(m[1]);
        const height = Number(m[2]) - top;
        expect(top - last, `${text} on page ${page}`).toBeGreaterThanOrEqual(height * 1.1);
        last = top;
        count++;
      }
      expect(count, word).toBe(word === "z" ? 1019 : 100);
    }
  }, 180_000);
});
