import { STAGE_IDS, STAGE_QUESTIONS } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../scripts/documents.mjs";

const exercises = readDocuments().filter((i) => i.kind === "exercise");
const stageOrder = (s: string) => STAGE_IDS.indexOf(s as (typeof STAGE_IDS)[number]);

describe.each(exercises.map((i) => [i.document.id, i.document] as const))("exercise %s", (_id, doc) => {
  it("is a starter: a short title, a prompt, the exercise tag and a task-type tag", () => {
    expect(doc.title.length).toBeLessThanOrEqual(48);
    expect(doc.summary.length).toBeGreaterThan(100);
    expect(doc.tags).toContain("exercise");
    expect(doc.tags!.length).toBeGreaterThanOrEqual(2);
    expect(doc.source?.url).toMatch(/^https:\/\/huyenchip\.com\//);
  });

  it("has a skeleton of 4 to 10 nodes that spans the stages", () => {
    expect(doc.nodes.length).toBeGreaterThanOrEqual(4);
    expect(doc.nodes.length).toBeLessThanOrEqual(10);
    const stages = new Set(doc.nodes.map((n) => n.stage));
    expect(stages.size).toBeGreaterThanOrEqual(3);
    for (const s of ["data", "modeling", "serving"] as const) expect(stages).toContain(s);
  });

  it("connects every node past project setup (goals and limits may stand alone) and closes at least one feedback loop from a later stage to an earlier one", () => {
    const linked = new Set(doc.edges.flatMap((e) => [e.source, e.target]));
    expect(doc.nodes.filter((n) => n.stage !== "setup" && !linked.has(n.id)).map((n) => n.id)).toEqual([]);
    const stageOf = new Map(doc.nodes.map((n) => [n.id, n.stage]));
    const loops = doc.edges.filter((e) => e.kind === "feedback");
    expect(loops.length).toBeGreaterThanOrEqual(1);
    for (const e of loops) expect(stageOrder(stageOf.get(e.source)!), e.id).toBeGreaterThanOrEqual(stageOrder(stageOf.get(e.target)!));
  });

  it("asks the framework's questions of every stage, with some of its own", () => {
    for (const stage of STAGE_IDS) {
      const note = doc.notes.find((n) => n.id === `questions-${stage}`);
      expect(note?.stage).toBe(stage);
      for (const q of STAGE_QUESTIONS[stage]) expect(note?.text).toContain(q);
    }
    const own = doc.notes
      .flatMap((n) => n.text.split("\n"))
      .filter((line) => !STAGE_IDS.some((s) => STAGE_QUESTIONS[s].some((q) => line.includes(q))));
    expect(own.length).toBeGreaterThanOrEqual(1);
  });
});
