import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Document, gradeDesign, parseRubric, removeNodes, renameIds, STAGE_IDS, serializeDocument } from "@mlsd/core";
import { review } from "@mlsd/core/review";
import { afterAll, describe, expect, it } from "vitest";
import { exerciseOf, readDocuments, readManifest, readRubrics } from "../scripts/documents.mjs";
import { EXERCISE_IDS, getExercise, getReference, getRubric, isExerciseId, listCatalog } from "./index.js";

const items = readDocuments();
const manifest = readManifest();
const { base, exercises: rubrics } = readRubrics();
const starters = new Map<string, Document>(items.filter((i) => i.kind === "exercise").map((i) => [i.document.id, i.document]));
const references = items.filter((i) => i.kind === "reference").map((i) => [exerciseOf(i.document.id), i.document] as const);

describe("exercise references and rubrics", () => {
  it("cover every exercise, one reference and one rubric each", () => {
    expect([...EXERCISE_IDS]).toEqual(manifest.exercises);
    expect(references.map(([id]) => id)).toEqual(manifest.exercises);
    expect([...rubrics.keys()]).toEqual(manifest.exercises);
  });

  it("are not listed as gallery entries", () => {
    const listed = listCatalog().map((e) => e.id);
    for (const [, doc] of references) expect(listed).not.toContain(doc.id);
  });

  it("load lazily as fresh copies, and the exercise carries title, prompt and rubric without the reference", async () => {
    const first = await getReference("credit-card-fraud");
    expect(first).toEqual(references.find(([id]) => id === "credit-card-fraud")![1]);
    first.nodes.length = 0;
    expect((await getReference("credit-card-fraud")).nodes.length).toBeGreaterThan(0);
    const exercise = await getExercise("credit-card-fraud");
    const starter = starters.get("credit-card-fraud")!;
    expect(exercise).toEqual({
      id: "credit-card-fraud",
      title: starter.title,
      prompt: starter.summary,
      rubric: rubrics.get("credit-card-fraud"),
    });
    expect(await getRubric("credit-card-fraud")).toEqual(exercise.rubric);
  });

  it("refuse an unknown exercise with a message naming it", async () => {
    expect(isExerciseId("credit-card-fraud")).toBe(true);
    expect(isExerciseId("lyft-fraud")).toBe(false);
    expect(isExerciseId("constructor")).toBe(false);
    await expect(getReference("lyft-fraud")).rejects.toThrow('no exercise "lyft-fraud"');
    await expect(getRubric("nope")).rejects.toThrow('no exercise "nope"');
  });
});

describe.each(references)("reference for %s", (id, doc) => {
  const starter = starters.get(id)!;
  const rubric = rubrics.get(id)!;
  const exercise = { rubric };

  it("cites the exercise, not an answer, and is tagged as a reference", () => {
    expect(doc.source).toEqual(starter.source);
    expect(doc.tags).toContain("reference");
    expect(doc.summary).toMatch(/exercise/);
    expect(doc.summary.length).toBeGreaterThan(200);
  });

  it("has what a strong answer has: every stage, labels with their delay, a baseline, a gate, monitoring, loops", () => {
    const kinds = new Set(doc.nodes.map((n) => n.kind));
    expect(new Set(doc.nodes.map((n) => n.stage))).toEqual(new Set(STAGE_IDS));
    expect(doc.nodes.some((n) => n.kind === "labeling" && n.props.source && n.props.delay)).toBe(true);
    for (const k of ["baseline", "monitoring", "objective", "metric"] as const) expect(kinds, k).toContain(k);
    expect(doc.nodes.some((n) => n.kind === "evaluation" && n.props.gate === true)).toBe(true);
    const stage = new Map(doc.nodes.map((n) => [n.id as string, STAGE_IDS.indexOf(n.stage)]));
    const loops = doc.edges.filter((e) => e.kind === "feedback" && stage.get(e.source)! > stage.get(e.target)!);
    expect(loops.length).toBeGreaterThanOrEqual(3);
  });

  it("explains its key decisions in notes, with at least one trade-off", () => {
    expect(doc.notes.length).toBeGreaterThanOrEqual(4);
    expect(doc.notes.some((n) => /^Trade-off/.test(n.title ?? ""))).toBe(true);
    expect(doc.notes.some((n) => /label/i.test(`${n.title} ${n.text}`))).toBe(true);
    for (const n of doc.notes) expect(n.text.length, n.id).toBeGreaterThan(80);
  });

  it("passes mlsd review with no open error; anything kept on purpose says why", () => {
    const findings = review(doc);
    expect(findings.filter((f) => f.severity === "error" && !f.suppressed).map((f) => f.message)).toEqual([]);
    for (const s of doc.suppressions ?? []) expect(s.reason.length, s.rule).toBeGreaterThan(60);
  });

  it("earns full marks, also with every id renamed", () => {
    const grade = gradeDesign(doc, exercise);
    expect(grade.items.filter((i) => !i.passed).map((i) => `${i.id}: ${i.evidence}`)).toEqual([]);
    expect(grade.score).toBe(grade.max);
    const renamed = renameIds(doc, (old, sort) => `${sort}-${old.length}-${[...old].reverse().join("")}`);
    expect(gradeDesign(renamed, exercise).score).toBe(grade.max);
  });

  it("leaves the untouched starter at most half the marks", () => {
    const grade = gradeDesign(starter, exercise);
    expect(grade.score).toBeLessThanOrEqual(grade.max / 2);
    expect(grade.items.find((i) => i.id === "monitoring")!.passed).toBe(starter.nodes.some((n) => n.kind === "monitoring"));
  });

  it("loses points when its monitoring is removed, and the monitoring item names what is missing", () => {
    const full = gradeDesign(doc, exercise).score;
    const monitors = doc.nodes.filter((n) => n.kind === "monitoring").map((n) => n.id);
    const grade = gradeDesign(removeNodes(doc, monitors), exercise);
    expect(grade.score).toBeLessThan(full);
    const item = grade.items.find((i) => i.id === "monitoring")!;
    expect(item.passed).toBe(false);
    expect(item.evidence).toMatch(/^missing: .*Monitoring/);
  });

  it("loses points when its feedback loops are removed, and the loop item names what is missing", () => {
    const full = gradeDesign(doc, exercise).score;
    const grade = gradeDesign({ ...doc, edges: doc.edges.filter((e) => e.kind !== "feedback") }, exercise);
    expect(grade.score).toBeLessThanOrEqual(full - 3);
    const item = grade.items.find((i) => i.id === "feedback-loop")!;
    expect(item.passed).toBe(false);
    expect(item.evidence).toMatch(/^missing: a feedback edge from serving .* back to data or modeling/);
  });

  it("has a valid rubric: the shared items, then at least three of its own", () => {
    expect(parseRubric(rubric).ok).toBe(true);
    expect(rubric.items.slice(0, base.items.length)).toEqual(base.items);
    expect(rubric.items.length - base.items.length).toBeGreaterThanOrEqual(3);
  });
});

describe("reading rubrics and references", () => {
  const dir = mkdtempSync(join(tmpdir(), "mlsd-rubrics-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, value: unknown) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), typeof value === "string" ? value : JSON.stringify(value));
  };
  const item = { id: "x", title: "X", why: "w", points: 1, requirement: { type: "stages" } };

  it("names the file, path and problem of a bad rubric, and a rubric no exercise owns", () => {
    write("catalog.json", { flow: "f", caseStudies: [], exercises: ["one", "two"] });
    write("rubrics/base.json", { items: [item] });
    write("rubrics/one.json", { items: [{ ...item, id: "y", points: "many" }] });
    write("rubrics/two.json", { items: [item] });
    write("rubrics/three.json", { items: [item] });
    expect(() => readRubrics(dir)).toThrow(
      [
        "invalid rubrics:",
        "rubrics/one.json: The rubric has 1 problem.",
        'items[0].points: expected a number, got "many"',
        'rubrics/two.json: items[0].id: "x" is already an item of base.json',
        "rubrics/three.json: no exercise in catalog.json has this id",
      ].join("\n"),
    );
  });

  it("refuses a reference whose id names no exercise", () => {
    const stray: Document = { ...starters.get("credit-card-fraud")!, id: "lyft-fraud-reference" as Document["id"] };
    write("references/lyft-fraud-reference.mlsd.json", serializeDocument(stray));
    expect(() => readDocuments(dir)).toThrow(
      'references/lyft-fraud-reference.mlsd.json: a reference\'s id is an exercise id from catalog.json followed by "-reference"',
    );
  });
});
