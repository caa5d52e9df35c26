import { readdirSync, readFileSync } from "node:fs";
import { type Document, type NodeKind, parseDocumentText, STAGE_IDS } from "@mlsd/core";
import { review } from "@mlsd/core/review";
import { describe, expect, it } from "vitest";
import { CASE_STUDY_CHECKLISTS, missingElements, nodesMeeting } from "./case-study-checklists.js";

const DIR = new URL("../documents/case-studies/", import.meta.url);
const SUFFIX = ".mlsd.json";
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(SUFFIX))
  .sort();

const load = (file: string): Document => {
  const result = parseDocumentText(readFileSync(new URL(file, DIR), "utf8"));
  if (!result.ok) throw new Error(`${file}: ${result.error.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.value;
};
const docs = files.map((file) => [file, load(file)] as const);
const byId = (id: string): Document => docs.find(([, d]) => d.id === id)![1];

const words = (text: string) => text.trim().split(/\s+/).length;
const stageRank = (s: string) => STAGE_IDS.indexOf(s as (typeof STAGE_IDS)[number]);

describe("the case-study documents", () => {
  it("are exactly the twelve case studies of the checklist, one file each, named by id", () => {
    expect(files.map((f) => f.slice(0, -SUFFIX.length))).toEqual(Object.keys(CASE_STUDY_CHECKLISTS).sort());
    for (const [file, doc] of docs) expect(`${doc.id}${SUFFIX}`).toBe(file);
    expect(new Set(docs.map(([, d]) => d.id)).size).toBe(12);
  });

  it("each parse with no problem", () => {
    for (const file of files) {
      const result = parseDocumentText(readFileSync(new URL(file, DIR), "utf8"));
      expect(result.ok ? [] : result.error.problems, file).toEqual([]);
    }
  });

  it("keep the Michelangelo title the end-to-end tests open it by", () => {
    expect(byId("uber-michelangelo").title).toBe("Scaling Machine Learning at Uber with Michelangelo");
  });
});

describe.each(docs)("case study %s", (_file, doc) => {
  const checklist = CASE_STUDY_CHECKLISTS[doc.id]!;

  it("cites its write-up exactly as the case-study table does, and uses its title", () => {
    expect(doc.source).toEqual(checklist.source);
    expect(doc.title).toBe(checklist.source.title);
    expect(doc.tags).toContain("case-study");
    expect(doc.tags!.length).toBeGreaterThanOrEqual(3);
  });

  it("has a summary of 80 to 200 words", () => {
    expect(words(doc.summary)).toBeGreaterThanOrEqual(80);
    expect(words(doc.summary)).toBeLessThanOrEqual(200);
  });

  it("has 12 to 40 nodes, mostly of specific kinds (component at most a fifth)", () => {
    expect(doc.nodes.length).toBeGreaterThanOrEqual(12);
    expect(doc.nodes.length).toBeLessThanOrEqual(40);
    const generic = doc.nodes.filter((n) => n.kind === "component").length;
    expect(generic / doc.nodes.length).toBeLessThanOrEqual(0.2);
    expect(new Set(doc.nodes.map((n) => n.kind)).size).toBeGreaterThanOrEqual(8);
  });

  it("covers at least three stages, with data and serving among them", () => {
    const stages = new Set(doc.nodes.map((n) => n.stage));
    expect(stages.size).toBeGreaterThanOrEqual(3);
    expect(stages).toContain("data");
    expect(stages).toContain("serving");
  });

  it("uses short kebab-case ids and readable labels", () => {
    for (const n of doc.nodes) expect(n.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const n of doc.nodes) expect(n.label.length, n.label).toBeLessThanOrEqual(40);
    const short = doc.nodes.filter((n) => n.label.length <= 25).length;
    expect(short / doc.nodes.length).toBeGreaterThan(0.5);
    for (const e of doc.edges) expect((e.label ?? "").length, e.id).toBeLessThanOrEqual(25);
  });

  it("connects every node past project setup", () => {
    const linked = new Set(doc.edges.flatMap((e) => [e.source, e.target]));
    expect(doc.nodes.filter((n) => n.stage !== "setup" && !linked.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it("closes the write-up's feedback loops, each pointing back to the same or an earlier stage", () => {
    const stageOf = new Map(doc.nodes.map((n) => [n.id, n.stage]));
    const loops = doc.edges.filter((e) => e.kind === "feedback");
    expect(loops.length).toBeGreaterThanOrEqual(1);
    for (const e of loops) expect(stageRank(stageOf.get(e.target)!), e.id).toBeLessThanOrEqual(stageRank(stageOf.get(e.source)!));
    // Forward flow exists too: something is deployed or served, not only fed back.
    expect(doc.edges.some((e) => e.kind === "deploy")).toBe(true);
  });

  it("explains at least five design decisions in notes, and says what it models generically", () => {
    expect(doc.notes.length).toBeGreaterThanOrEqual(5);
    for (const note of doc.notes) {
      expect(note.title, note.id).toBeTruthy();
      expect(words(note.text), note.id).toBeGreaterThanOrEqual(20);
    }
    expect(doc.notes.some((n) => /generic/i.test(`${n.title} ${n.text}`))).toBe(true);
    expect(doc.notes.filter((n) => (n.nodes ?? []).length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it("passes the design review: no open error, and every kept finding carries the write-up's reason", () => {
    const findings = review(doc);
    expect(findings.filter((f) => !f.suppressed && f.severity === "error").map((f) => f.message)).toEqual([]);
    expect(findings.filter((f) => f.rule === "review/unused-suppression").map((f) => f.message)).toEqual([]);
    for (const s of doc.suppressions ?? []) expect(s.reason.length, s.rule).toBeGreaterThan(40);
  });

  it("shows the elements the write-up is known for", () => {
    expect(missingElements(doc, checklist)).toEqual([]);
  });
});

describe("the checklists", () => {
  it("notice a dropped element: Uber's platform without its Hudi tables", () => {
    const doc = byId("uber-big-data");
    const checklist = CASE_STUDY_CHECKLISTS["uber-big-data"]!;
    const withoutHudi = { ...doc, nodes: doc.nodes.filter((n) => !(n.kind === "warehouse" && /hudi/i.test(n.label))) };
    expect(withoutHudi.nodes.length).toBeLessThan(doc.nodes.length);
    expect(missingElements(withoutHudi, checklist).join("\n")).toMatch(/Hudi tables/);
  });

  it("notice a node of the wrong kind: Michelangelo's Cassandra store drawn as a generic component", () => {
    const doc = byId("uber-michelangelo");
    const swapped: Document = {
      ...doc,
      nodes: doc.nodes.map((n) =>
        n.kind === "feature-store" && n.props.mode === "online"
          ? { ...n, kind: "component" as const, props: { technology: "Cassandra" } }
          : n,
      ),
    };
    expect(missingElements(swapped, CASE_STUDY_CHECKLISTS["uber-michelangelo"]!)).toEqual([
      expect.stringMatching(/online feature store on Cassandra/),
    ]);
  });

  it("notice a missing feedback loop and a missing figure", () => {
    const doc = byId("netflix-streaming-quality");
    const checklist = CASE_STUDY_CHECKLISTS["netflix-streaming-quality"]!;
    const noLoops = { ...doc, edges: doc.edges.filter((e) => e.kind !== "feedback") };
    expect(missingElements(noLoops, checklist).filter((m) => m.includes("feedback loop"))).toHaveLength(2);
    const noFigure: Document = {
      ...doc,
      nodes: doc.nodes.map((n) => (n.kind === "application" ? { ...n, props: { ...n.props, users: "many members" } } : n)),
    };
    expect(missingElements(noFigure, checklist)).toEqual([expect.stringMatching(/117 M members/)]);
  });

  it("match keywords in labels, notes and properties, whatever the case", () => {
    const doc = byId("uber-michelangelo");
    const cassandra = { what: "x", kinds: ["feature-store"] as NodeKind[], match: /CASSANDRA/ };
    expect(nodesMeeting(doc, cassandra).map((n) => n.id)).toEqual(["online-store"]);
    const relabelled: Document = { ...doc, nodes: doc.nodes.map((n) => (n.id === "kafka" ? { ...n, label: "Event log" } : n)) };
    // The technology property still names Kafka, so the check survives a relabel.
    expect(missingElements(relabelled, CASE_STUDY_CHECKLISTS["uber-michelangelo"]!)).toEqual([]);
  });
});
