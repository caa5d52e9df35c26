import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, isPlaced } from "@mlsd/core";
import { applyScene, layout } from "@mlsd/layout";
import { MIN_LABEL_PT, PRINT_LAYOUTS, planHandout } from "@mlsd/pdf";
import { countPages } from "@mlsd/pdf/node";
import { paint, type Scene, sceneFromDocument } from "@mlsd/scene";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHandouts, COURSE_PACK, EXERCISES_DIR, summarize } from "./build.js";
import { printScene } from "./scene.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlsd-handouts-app-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("buildHandouts", () => {
  it("writes one PDF per document and a course pack, reporting progress and totals", async () => {
    const progress: string[] = [];
    const result = await buildHandouts({
      outDir: dir,
      only: ["project-flow", "credit-card-fraud", "airbnb-home-value"],
      onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`),
    });
    expect((await readdir(dir)).sort()).toEqual([
      "airbnb-home-value.pdf",
      COURSE_PACK,
      "credit-card-fraud.pdf",
      EXERCISES_DIR,
      "project-flow.pdf",
    ]);
    // The one exercise among them gets a worksheet and an answer key.
    expect((await readdir(join(dir, EXERCISES_DIR))).sort()).toEqual([
      "credit-card-fraud-answer-key.pdf",
      "credit-card-fraud-worksheet.pdf",
    ]);
    // Handouts finish in whatever order the threads end them; each is reported once, counted
    // up one by one, and the pack comes last.
    expect(progress.map((p) => p.split(" ")[0])).toEqual(["1/6", "2/6", "3/6", "4/6", "5/6", "6/6"]);
    expect(progress.map((p) => p.split(" ")[1]).sort()).toEqual(
      [
        "project-flow.pdf",
        "airbnb-home-value.pdf",
        "credit-card-fraud.pdf",
        join(EXERCISES_DIR, "credit-card-fraud-worksheet.pdf"),
        join(EXERCISES_DIR, "credit-card-fraud-answer-key.pdf"),
        COURSE_PACK,
      ].sort(),
    );
    expect(progress.at(-1)).toBe(`6/6 ${COURSE_PACK}`);
    const key = execFileSync("pdftotext", [join(dir, EXERCISES_DIR, "credit-card-fraud-answer-key.pdf"), "-"], { encoding: "utf8" });
    expect(key).toContain("ANSWER KEY");
    expect(key).toContain("Rubric: what a grader checks");
    const pack = result.files.find((f) => f.file.endsWith(COURSE_PACK))!;
    // The pack holds the case study and the exercise, not the framework flow: cover, contents, two dividers.
    const handoutPages = result.files
      .filter((f) => dirname(f.file) === dir && /airbnb|credit/.test(f.file))
      .reduce((a, f) => a + f.pages, 0);
    expect(pack.pages).toBe(1 + 1 + 2 + handoutPages);
    for (const f of result.files) expect(countPages(await readFile(f.file)), f.file).toBe(f.pages);
    const summary = summarize(result, "out");
    const pages = result.files.reduce((a, f) => a + f.pages, 0);
    expect(summary).toMatch(
      new RegExp(
        `^wrote 6 files to out: ${pages} pages, \\d+\\.\\d MB, in \\d+\\.\\d s\\ncourse pack: .*course-pack\\.pdf \\(${pack.pages} pages`,
      ),
    );
  }, 120_000);
});

const storedScene = (document: Document) => {
  if (!isPlaced(document)) throw new Error(`${document.id} has no stored layout`);
  return sceneFromDocument(document);
};

describe("printScene", () => {
  it("prints in rows fitted to the page when that puts the diagram on fewer pages, else keeps the stored drawing", async () => {
    // Stored as a long left-to-right strip, as the catalogue stored it before "rows".
    const catalogued = await getDocument("autocompletion");
    const exercise = applyScene(catalogued, await layout(catalogued, { direction: "right" }));
    const stored = storedScene(exercise);
    expect(planHandout({ document: exercise, scene: stored }).placement).toBe("parts");
    const printed = await printScene(exercise);
    expect(printed).toMatchObject({ direction: "rows", compact: true });
    expect(PRINT_LAYOUTS.map((o) => o.target)).toContain(printed.target);
    // One page for the diagram instead of parts (its own page since edge labels, the smallest text, set the 6 pt floor).
    const plan = planHandout({ document: exercise, scene: printed });
    expect(plan.placement).not.toBe("parts");
    expect(plan.tiles).toHaveLength(1);
    // Fits page 1 either way: the stored drawing, the one its author arranged, wins the tie.
    const fits = await getDocument("duolingo-story-difficulty");
    expect(planHandout({ document: fits, scene: storedScene(fits) }).placement).toBe("first-page");
    expect((await printScene(fits)).bounds).toEqual(storedScene(fits).bounds);
    const flow = await getDocument("project-flow");
    expect((await printScene(flow)).bounds).toEqual(storedScene(flow).bounds);
  }, 60_000);
});

/** The smallest text the drawing paints, in scene units (edge labels, box labels, badges). */
const smallestText = (scene: Scene) =>
  Math.min(...paint(scene).shapes.flatMap((s) => (s.type === "text" && s.text.trim() ? [s.fontSize] : [])));

describe("case-study handouts (issue 11)", () => {
  const caseStudies = listCatalog().filter((e) => e.kind === "case-study");

  it("there are twelve", () => expect(caseStudies).toHaveLength(12));

  // printScene is what `mlsd handout` and this app print: @mlsd/pdf's choice with @mlsd/layout's layout.
  it.each(caseStudies.map((e) => e.id))(
    "%s: the diagram prints whole on one page, its smallest text at 6 pt or more",
    async (id) => {
      const document = await getDocument(id);
      const before = JSON.stringify(document);
      const scene = await printScene(document);
      const plan = planHandout({ document, scene });
      expect(["first-page", "own-page"]).toContain(plan.placement);
      expect(plan.tiles).toEqual([scene.bounds]);
      expect(plan.scale * smallestText(scene)).toBeGreaterThanOrEqual(MIN_LABEL_PT - 1e-9);
      // A drawing other than the stored one is a print layout: compact boxes, rows fitted to a page shape.
      if (JSON.stringify(scene.nodes) !== JSON.stringify(storedScene(document).nodes))
        expect(PRINT_LAYOUTS).toContainEqual({ target: scene.target, compact: scene.compact });
      // The document's stored positions stay as they are.
      expect(JSON.stringify(document)).toBe(before);
    },
    120_000,
  );
});
