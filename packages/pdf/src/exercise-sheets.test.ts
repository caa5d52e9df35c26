import { describeRequirement, type Rubric, STAGE_QUESTIONS, STAGES, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { gridScene } from "./grid-scene.test.util.js";
import { renderHandout } from "./node.js";
import { pdfTool, pdftotext } from "./poppler.test.util.js";

/** Worksheets and answer keys of an exercise (issue 13): the HandoutInput variants. */

const rubric: Rubric = {
  items: [
    {
      id: "four-stages",
      title: "Every stage covered",
      why: "A stage left out is a question left open.",
      points: 1,
      requirement: { type: "stages" },
    },
    {
      id: "feedback-loop",
      title: "Serving feeds back",
      why: "The world moves after launch; the design must notice.",
      points: 2,
      requirement: { type: "loop", from: { stages: ["serving"] } },
    },
  ],
};

const flat = (text: string) => text.replace(/\s+/g, " ");
const pageSize = (bytes: Uint8Array, page: number) =>
  pdfTool("pdfinfo", ["-f", String(page), "-l", String(page), "$PDF"], bytes)
    .match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/)!
    .slice(1)
    .map(Number);

describe("worksheet", () => {
  it("prints the prompt, empty stage bands on a landscape page and the questions with room to write, without the design", async () => {
    const doc = starterDocument("Spot fraudulent card payments");
    doc.summary = "A bank wants to stop fraudulent card payments before they clear. Design the system.";
    for (const [i, n] of doc.nodes.entries()) n.label = `Starter part ${i}`;
    const { bytes, pages } = await renderHandout({ document: doc, scene: gridScene(doc), variant: "worksheet" });
    const page = (n: number) => flat(pdftotext(bytes, "-f", String(n), "-l", String(n)));
    expect(page(1)).toContain("WORKSHEET");
    expect(page(1)).toContain(doc.summary);
    expect(page(2)).toContain("Your design, stage by stage");
    for (const stage of STAGES) expect(page(2)).toContain(stage.title);
    const [width, height] = pageSize(bytes, 2);
    expect(width).toBeGreaterThan(height!);
    const rest = flat(pdftotext(bytes, "-f", "3"));
    for (const stage of STAGES) for (const q of STAGE_QUESTIONS[stage.id]) expect(rest).toContain(q);
    // The learner draws the design: no starter part, component table or review is printed.
    const all = flat(pdftotext(bytes));
    expect(all).not.toContain("Starter part");
    expect(all).not.toContain("Components by stage");
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pdfTool("pdftotext", ["-f", String(pages), "-l", String(pages), "$PDF", "-"], bytes)).toContain(`Page ${pages} of ${pages}`);
  }, 120_000);
});

describe("answer key", () => {
  it("prints the reference design and its rubric (why, what satisfies it, points) in place of the questions", async () => {
    const doc = starterDocument("Fraud: a reference design");
    const { bytes } = await renderHandout({ document: doc, scene: gridScene(doc), variant: "answer-key", rubric });
    const text = flat(pdftotext(bytes));
    expect(text).toContain("ANSWER KEY");
    expect(text).toContain("Components by stage");
    expect(text).toContain("Rubric: what a grader checks (3 points)");
    for (const item of rubric.items) {
      expect(text).toContain(item.title);
      expect(text).toContain(item.why);
      expect(text).toContain(flat(describeRequirement(item.requirement)));
    }
    expect(text).not.toContain("Checklist: questions for each stage");
  }, 120_000);

  it("leaves a plain handout as it was: the checklist, no rubric", async () => {
    const doc = starterDocument("Plain");
    const text = flat(pdftotext((await renderHandout({ document: doc, scene: gridScene(doc), rubric })).bytes));
    expect(text).toContain("Checklist: questions for each stage");
    expect(text).not.toContain("Rubric");
    expect(text).not.toContain("ANSWER KEY");
  }, 120_000);
});
