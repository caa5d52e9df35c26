import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { removeNodes } from "../graph.js";
import { NodeId } from "../ids.js";
import { renameIds } from "../rename.js";
import { healthy, sketch } from "../review/sketch.js";
import type { Document } from "../schema.js";
import { documentArb } from "../testing/arbitraries.js";
import { gradeDesign } from "./grade.js";
import type { Requirement, Rubric, RubricItem } from "./rubric.js";

const one = (requirement: Requirement, points = 2): Rubric => ({
  items: [{ id: "item", title: "Item", why: "It matters.", points, requirement }],
});
const check = (doc: Document, requirement: Requirement, points = 2) => gradeDesign(doc, { rubric: one(requirement, points) }).items[0]!;

describe("stages", () => {
  it("passes when every stage holds a node, naming the counts", () => {
    const item = check(healthy(), { type: "stages" });
    expect(item).toMatchObject({ passed: true, earned: 2 });
    expect(item.evidence).toMatch(/^nodes in Project setup \(4\), Data pipeline \(5\), Modeling \(5\), Serving \(4\)$/);
  });
  it("fails naming the empty stages; free-text notes do not count", () => {
    const doc = sketch({ goal: "objective", remark: { kind: "note", stage: "serving" }, m: "model" });
    expect(check(doc, { type: "stages" })).toMatchObject({
      passed: false,
      earned: 0,
      evidence: "missing: no node in Data pipeline, Serving",
    });
    expect(check(doc, { type: "stages", stages: ["setup", "modeling"] }).passed).toBe(true);
  });
});

describe("node", () => {
  const latency: Requirement = {
    type: "node",
    match: { kinds: ["online-service"], stages: ["serving"], props: { latencyMs: { max: 200 } } },
  };
  it("passes on a node of one of the kinds, in the stage, with the property in range, naming it by label and id", () => {
    const doc = sketch({ api: { kind: "online-service", label: "Scoring API", props: { latencyMs: 150 } } });
    expect(check(doc, latency)).toMatchObject({ passed: true, evidence: 'found "Scoring API" [api]', nodes: ["api"] });
    const alternatives: Requirement = { type: "node", match: { kinds: ["feature-store", "feature-pipeline"] } };
    expect(check(sketch({ fp: "feature-pipeline" }), alternatives).passed).toBe(true);
  });
  it("fails saying what is missing and which nodes came close", () => {
    const slow = sketch({ api: { kind: "online-service", label: "Scoring API", props: { latencyMs: 900 } }, b: "batch-prediction" });
    expect(check(slow, latency)).toMatchObject({
      passed: false,
      evidence:
        'missing: an Online prediction service node in Serving with latencyMs ≤ 200; "Scoring API" [api] is close but latencyMs is 900, above 200',
    });
    expect(check(sketch({ api: "online-service" }), latency).evidence).toContain("[api] is close but latencyMs is not set");
    const elsewhere = sketch({ api: { kind: "online-service", stage: "modeling", props: { latencyMs: 10 } } });
    expect(check(elsewhere, latency).passed).toBe(false);
  });
  it("matches labels and notes by pattern, and counts a minimum", () => {
    const doc = sketch({
      a: { kind: "model", label: "Candidate generator" },
      b: { kind: "model", label: "Ranker", notes: "re-ranks candidates" },
    });
    expect(check(doc, { type: "node", match: { kinds: ["model"], label: "candidate" }, min: 2 }).passed).toBe(true);
    const three = check(doc, { type: "node", match: { kinds: ["model"], name: "model" }, min: 3 });
    expect(three).toMatchObject({ passed: false, nodes: ["a", "b"] });
    expect(three.evidence).toBe('missing: 3 × model (a Model node); found only 2 of 3: "Candidate generator" [a] and "Ranker" [b]');
  });
  it("tests presence, equality, options and text", () => {
    const doc = sketch({ l: { kind: "labeling", props: { source: "outcome", delay: "30 days" } } });
    const labels = (props: Record<string, object>) => check(doc, { type: "node", match: { kinds: ["labeling"], props } }).passed;
    expect(labels({ delay: { present: true } })).toBe(true);
    expect(labels({ agreement: { present: true } })).toBe(false);
    expect(labels({ agreement: { present: false } })).toBe(true);
    expect(labels({ source: { equals: "outcome" } })).toBe(true);
    expect(labels({ source: { oneOf: ["human", "synthetic"] } })).toBe(false);
    expect(labels({ delay: { matches: "\\bdays?\\b" } })).toBe(true);
    expect(labels({ delay: { matches: "hour" } })).toBe(false);
  });
});

describe("path", () => {
  const gate: Requirement = {
    type: "path",
    from: { kinds: ["training-job", "model"] },
    to: { kinds: ["online-service"] },
    through: { kinds: ["evaluation"], props: { gate: { equals: true } } },
  };
  it("passes along forward edges through the required node, naming the chain", () => {
    const doc = sketch({ m: "model", ev: { kind: "evaluation", props: { gate: true } }, api: "online-service" }, ["m -> ev => api"]);
    expect(check(doc, gate)).toMatchObject({
      passed: true,
      evidence: '"m" [m] → "ev" [ev] → "api" [api]',
      nodes: ["m", "ev", "api"],
      edges: ["m.data.ev", "ev.deploy.api"],
    });
  });
  it("fails naming the chain that bypasses the required node", () => {
    const doc = sketch({ m: "model", ev: { kind: "evaluation", props: { gate: true } }, api: "online-service" }, ["m => api", "m -> ev"]);
    const item = check(doc, gate);
    expect(item.passed).toBe(false);
    expect(item.evidence).toMatch(
      /^missing: a path from .* through an Evaluation node with gate = true; "m" \[m\] → "api" \[api\] does not pass one$/,
    );
    expect(item.edges).toEqual(["m.deploy.api"]);
  });
  it("fails naming the kinds that are absent, and does not walk feedback edges unless asked", () => {
    expect(check(sketch({ m: "model" }), gate).evidence).toMatch(/the design has no Online prediction service node and no Evaluation node/);
    const back = sketch({ mon: "monitoring", d: "dataset" }, ["mon ~> d"]);
    const loop: Requirement = { type: "path", from: { kinds: ["monitoring"] }, to: { kinds: ["dataset"] } };
    expect(check(back, loop)).toMatchObject({
      passed: false,
      evidence: expect.stringMatching(/^missing: a path from a Monitoring node to a Dataset node$/),
    });
    expect(check(back, { ...loop, edgeKinds: ["feedback"] }).passed).toBe(true);
  });
  it("asks for a single edge when direct", () => {
    const doc = sketch({ d: "dataset", t: "training-job", m: "model" }, ["d -> t -> m"]);
    expect(check(doc, { type: "path", from: { kinds: ["dataset"] }, to: { kinds: ["model"] } }).passed).toBe(true);
    expect(check(doc, { type: "path", from: { kinds: ["dataset"] }, to: { kinds: ["model"] }, direct: true }).passed).toBe(false);
    expect(check(doc, { type: "path", from: { kinds: ["dataset"] }, to: { kinds: ["training-job"] }, direct: true }).passed).toBe(true);
  });
});

describe("loop", () => {
  const parts = { d: "dataset", t: "training-job", api: "online-service", mon: "monitoring", fb: "user-feedback" } as const;
  const fromMonitoring: Requirement = { type: "loop", from: { kinds: ["monitoring"] }, to: { stages: ["data", "modeling"] } };
  it("passes on a feedback edge from a later stage back to an earlier one, naming both ends and stages", () => {
    const doc = sketch(parts, ["d -> t => api -> mon ~> t"]);
    expect(check(doc, fromMonitoring)).toMatchObject({
      passed: true,
      evidence: 'feedback "mon" [mon] (Serving) → "t" [t] (Modeling)',
      edges: ["mon.feedback.t"],
    });
  });
  it("counts a loop that starts downstream of the named node", () => {
    const doc = sketch(parts, ["d -> t => api -> mon -> fb ~> d"]);
    expect(check(doc, fromMonitoring).passed).toBe(true);
  });
  it("fails saying which loop is missing and where the other feedback edges run", () => {
    const doc = sketch(parts, ["d -> t => api -> fb ~> d", "api -> mon"]);
    expect(check(doc, fromMonitoring).evidence).toBe(
      'missing: a feedback edge from a Monitoring node or a part after it, back to a node in Data pipeline or Modeling; its feedback edge runs elsewhere: "fb" [fb] (Serving) → "d" [d] (Data pipeline)',
    );
    const none = sketch(parts, ["d -> t => api -> fb"]);
    expect(check(none, { type: "loop" }).evidence).toBe(
      "missing: a feedback edge from a later stage back to an earlier stage; the design has no feedback edge from a later stage to an earlier one",
    );
    expect(check(sketch({ d: "dataset" }), fromMonitoring).evidence).toContain("the design has no Monitoring node");
  });
  it("ignores feedback edges that point forward or stay in one stage, and counts a minimum", () => {
    const doc = sketch(parts, ["d ~> t", "mon ~> fb", "api -> fb ~> d"]);
    expect(check(doc, { type: "loop" })).toMatchObject({ passed: true, edges: ["fb.feedback.d"] });
    expect(check(doc, { type: "loop", min: 2 })).toMatchObject({ passed: false, evidence: expect.stringContaining("found only 1") });
  });
});

describe("review", () => {
  const noMonitoring = sketch({ d: "dataset", t: "training-job", api: "online-service" }, ["d -> t => api"]);
  it("costs points per unsuppressed finding and names them", () => {
    const item = check(noMonitoring, { type: "review", costPerFinding: 1 }, 3);
    expect(item.passed).toBe(false);
    expect(item.earned).toBe(1);
    expect(item.evidence).toMatch(
      /^review: 2 findings: modeling\/no-evaluation: .*; serving\/no-monitoring: nothing watches the predictions of "api"$/,
    );
    expect(item.nodes).toEqual(["t", "api"]);
    expect(check(noMonitoring, { type: "review" }, 3).earned).toBe(0);
    expect(check(noMonitoring, { type: "review", rules: ["serving/no-monitoring"], costPerFinding: 1 }, 3).earned).toBe(2);
  });
  it("accepts findings suppressed with a reason unless told to count them", () => {
    const kept = {
      ...noMonitoring,
      suppressions: [
        { rule: "serving/no-monitoring", reason: "watched by the platform team" },
        { rule: "modeling/no-evaluation", reason: "evaluated elsewhere" },
      ],
    };
    expect(check(kept, { type: "review" })).toMatchObject({
      passed: true,
      earned: 2,
      evidence: "review: no errors (2 suppressed with a reason)",
    });
    expect(check(kept, { type: "review", countSuppressed: true }).passed).toBe(false);
    expect(check(healthy(), { type: "review", severities: ["error", "warning"] })).toMatchObject({
      passed: true,
      evidence: "review: no errors or warnings",
    });
  });
});

describe("all and any", () => {
  const mon: Requirement = { type: "node", match: { kinds: ["monitoring"] } };
  const fb: Requirement = { type: "node", match: { kinds: ["user-feedback"] } };
  const doc = sketch({ m: "monitoring" });
  it("any passes on one alternative and names it; all needs every part and names the missing ones", () => {
    expect(check(doc, { type: "any", of: [fb, mon] })).toMatchObject({ passed: true, evidence: 'found "m" [m]' });
    expect(check(doc, { type: "all", of: [fb, mon] })).toMatchObject({ passed: false, evidence: "missing: a User feedback node" });
    expect(check(sketch({}), { type: "any", of: [fb, mon] }).evidence).toBe(
      "none of the alternatives: (1) missing: a User feedback node (2) missing: a Monitoring node",
    );
  });
});

describe("gradeDesign", () => {
  const rubric: Rubric = {
    items: [
      { id: "stages", title: "Stages", why: "w", points: 1, requirement: { type: "stages" } },
      { id: "monitoring", title: "Monitoring", why: "w", points: 3, requirement: { type: "node", match: { kinds: ["monitoring"] } } },
      { id: "loop", title: "Loop", why: "w", points: 2, requirement: { type: "loop", from: { kinds: ["monitoring"] } } },
      { id: "review", title: "Review", why: "w", points: 2, requirement: { type: "review", costPerFinding: 1 } },
    ],
  };
  it("adds up points in rubric order and loses the items that depend on a removed part", () => {
    const full = gradeDesign(healthy(), { rubric });
    expect(full).toMatchObject({ score: 8, max: 8 });
    expect(full.items.map((i) => [i.id, i.passed])).toEqual([
      ["stages", true],
      ["monitoring", true],
      ["loop", true],
      ["review", true],
    ]);
    const without = gradeDesign(removeNodes(healthy(), [NodeId("monitor")]), { rubric });
    expect(without.score).toBe(2);
    expect(without.items.filter((i) => !i.passed).map((i) => i.id)).toEqual(["monitoring", "loop", "review"]);
    expect(without.items[1]!.evidence).toBe("missing: a Monitoring node");
  });
});

// ── Properties ───────────────────────────────────────────────────────────────

const COMMON: RubricItem[] = [
  { id: "stages", title: "t", why: "w", points: 1, requirement: { type: "stages" } },
  {
    id: "features",
    title: "t",
    why: "w",
    points: 2,
    requirement: { type: "node", match: { kinds: ["feature-store", "feature-pipeline"], stages: ["data", "modeling"] } },
  },
  {
    id: "gate",
    title: "t",
    why: "w",
    points: 2,
    requirement: {
      type: "path",
      from: { kinds: ["training-job", "model"] },
      to: { kinds: ["online-service", "batch-prediction"] },
      through: { kinds: ["evaluation"] },
    },
  },
  { id: "loop", title: "t", why: "w", points: 2, requirement: { type: "loop", from: { kinds: ["monitoring", "user-feedback"] } } },
  { id: "review", title: "t", why: "w", points: 3, requirement: { type: "review", severities: ["error", "warning"], costPerFinding: 1 } },
  {
    id: "either",
    title: "t",
    why: "w",
    points: 1,
    requirement: {
      type: "any",
      of: [
        { type: "node", match: { kinds: ["baseline"] } },
        { type: "loop", min: 2 },
      ],
    },
  },
];
const rubric: Rubric = { items: COMMON };

/** The healthy design with any subset of its parts removed: grades across the whole range. */
const healthyVariant = fc.subarray(healthy().nodes.map((n) => n.id)).map((gone) => removeNodes(healthy(), gone));
const designs = fc.oneof(healthyVariant, documentArb);
const verdict = (doc: Document) => {
  const g = gradeDesign(doc, { rubric });
  return { score: g.score, items: g.items.map((i) => [i.id, i.passed, i.earned]) };
};

describe("grading properties", () => {
  it("renaming every id never changes a grade", () => {
    fc.assert(
      fc.property(
        designs,
        fc.string({ minLength: 1, maxLength: 6 }).map((s) => s.replace(/[^a-z0-9]/gi, "") || "x"),
        (doc, salt) => {
          const renamed = renameIds(doc, (id, sort) => `${sort[0]}${salt}-${[...id].reverse().join("")}`.slice(0, 80));
          expect(verdict(renamed)).toEqual(verdict(doc));
        },
      ),
    );
  });

  it("the order of nodes and edges never changes a grade", () => {
    fc.assert(
      fc.property(designs, (doc) => {
        const reversed = { ...doc, nodes: [...doc.nodes].reverse(), edges: [...doc.edges].reverse() };
        expect(verdict(reversed).score).toBe(verdict(doc).score);
      }),
    );
  });

  it("scores stay between 0 and the maximum, and an item earns all its points exactly when it passes (bar review)", () => {
    fc.assert(
      fc.property(designs, (doc) => {
        const g = gradeDesign(doc, { rubric });
        expect(g.max).toBe(11);
        expect(g.score).toBeGreaterThanOrEqual(0);
        expect(g.score).toBeLessThanOrEqual(g.max);
        for (const i of g.items) {
          if (i.id !== "review") expect(i.earned).toBe(i.passed ? i.points : 0);
          expect(i.evidence.length).toBeGreaterThan(0);
          if (!i.passed) expect(i.evidence).toMatch(/missing|none of the alternatives|review: \d+/);
        }
      }),
    );
  });
});
