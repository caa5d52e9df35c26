import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NodeId } from "../ids.js";
import { parseDocument } from "../parse.js";
import type { Document } from "../schema.js";
import { serializeDocument } from "../serialize.js";
import { documentArb } from "../testing/arbitraries.js";
import { review, reviewSummary } from "./review.js";
import { RULES, ruleInfo } from "./rules.js";
import { generatedDesign, healthy, sketch } from "./sketch.js";

const deepFreeze = <T>(value: T): T => {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

/** A served model with no monitoring and no baseline: two findings on known nodes. */
const unwatched = (extra: Partial<Document> = {}) => {
  const doc = healthy(extra);
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => n.id !== "monitor" && n.id !== "base"),
    edges: doc.edges.filter((e) => !/monitor|base/.test(e.id)),
  };
};

describe("review", () => {
  it("finds nothing in a design that has every part the framework asks for", () => {
    const doc = healthy();
    expect(parseDocument(doc).ok).toBe(true);
    expect(review(doc)).toEqual([]);
  });

  it("fills each finding from its rule, with node ids of the document", () => {
    const findings = review(unwatched());
    const monitoring = findings.find((f) => f.rule === "serving/no-monitoring");
    const info = ruleInfo("serving/no-monitoring")!;
    expect(monitoring).toMatchObject({ severity: info.severity, why: info.why, hint: info.hint, nodes: ["api"], edges: [] });
    expect(monitoring?.message).toContain('"api"');
    expect(findings.map((f) => f.rule)).toContain("modeling/no-baseline");
  });

  it("reports findings in rule order", () => {
    const order = RULES.map((r) => r.id);
    const found = review(sketch({ m: "model", lonely: "dataset" })).map((f) => order.indexOf(f.rule));
    expect(found.length).toBeGreaterThan(3);
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });

  it("does not change its input and gives the same answer twice", () => {
    const doc = deepFreeze(unwatched({ suppressions: [{ rule: "serving/no-monitoring", reason: "watched by the platform" }] }));
    const before = serializeDocument(doc);
    const first = review(doc);
    expect(serializeDocument(doc)).toBe(before);
    expect(review(doc)).toEqual(first);
    // Findings are fresh objects: changing one does not leak into the next review.
    first[0]!.nodes.push(NodeId("x"));
    expect(review(doc)[0]!.nodes).not.toContain("x");
  });

  it("ignores free-text note nodes", () => {
    const doc = healthy();
    const withNote = {
      ...doc,
      nodes: [...doc.nodes, { id: NodeId("remark"), kind: "note", stage: "setup", label: "a remark", props: {} }],
    } as Document;
    expect(review(withNote)).toEqual([]);
  });

  it("handles a large generated design, and it loads", () => {
    const doc = generatedDesign(1000);
    expect(doc.nodes).toHaveLength(1000);
    expect(parseDocument(doc).ok).toBe(true);
    const findings = review(doc);
    // Copies left without an evaluation have a model that leads nowhere.
    expect(findings.filter((f) => f.rule === "modeling/no-path-to-serving").length).toBeGreaterThanOrEqual(3);
    const ids = new Set(doc.nodes.map((n) => n.id as string));
    expect(findings.every((f) => f.nodes.every((n) => ids.has(n)))).toBe(true);
    expect(findings.map((f) => f.rule)).not.toContain("serving/no-monitoring");
  });
});

describe("suppressions", () => {
  it("marks every finding of a rule as suppressed, with the reason, and keeps it in the list", () => {
    const doc = unwatched({ suppressions: [{ rule: "serving/no-monitoring", reason: "the platform watches every service" }] });
    const findings = review(doc);
    const f = findings.find((x) => x.rule === "serving/no-monitoring");
    expect(f?.suppressed).toEqual({ reason: "the platform watches every service" });
    expect(findings.find((x) => x.rule === "modeling/no-baseline")?.suppressed).toBeUndefined();
  });

  it("on one node silences only the findings about that node", () => {
    const doc = sketch({ a: "dataset", b: "warehouse", c: "dataset" }, ["a -> c"], {
      suppressions: [{ rule: "graph/disconnected-node", node: NodeId("b"), reason: "kept for the next phase" }],
    });
    expect(parseDocument(doc).ok).toBe(true);
    const lonely = review(doc).filter((f) => f.rule === "graph/disconnected-node");
    expect(lonely.map((f) => [f.nodes[0], f.suppressed?.reason])).toEqual([["b", "kept for the next phase"]]);
    const other = sketch({ a: "dataset", b: "warehouse", d: "dataset" }, [], { suppressions: doc.suppressions });
    const rest = review(other).filter((f) => f.rule === "graph/disconnected-node");
    expect(rest.filter((f) => !f.suppressed).map((f) => f.nodes[0])).toEqual(["a", "d"]);
  });

  it("reports a suppression that matches nothing, or names an unknown rule", () => {
    const doc = healthy({
      suppressions: [
        { rule: "serving/no-monitoring", reason: "stale" },
        { rule: "serving/no-such-rule", node: NodeId("api"), reason: "typo" },
      ],
    });
    const findings = review(doc);
    expect(findings.map((f) => f.rule)).toEqual(["review/unused-suppression", "review/unused-suppression"]);
    expect(findings[0]!.message).toContain("serving/no-monitoring");
    expect(findings[1]).toMatchObject({ nodes: ["api"], severity: "info" });
    expect(findings[1]!.message).toContain("does not have");
  });

  it("are validated: a reason is required and a node must exist", () => {
    const bad = healthy({
      suppressions: [
        { rule: "serving/no-monitoring", node: NodeId("ghost"), reason: "x" },
        { rule: "serving/no-monitoring", reason: "   " },
        { rule: "Not A Rule", reason: "x" },
      ],
    });
    const result = parseDocument(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems).toEqual(
      expect.arrayContaining([
        { path: "suppressions[0].node", message: 'no node with id "ghost"' },
        expect.objectContaining({ path: "suppressions[1].reason" }),
        expect.objectContaining({ path: "suppressions[2].rule" }),
      ]),
    );
    const long = parseDocument(healthy({ suppressions: [{ rule: "serving/no-monitoring", reason: "x".repeat(501) }] }));
    expect(long.ok).toBe(false);
  });

  it("survive a save and a load, after the notes", () => {
    const doc = healthy({ suppressions: [{ rule: "modeling/no-baseline", node: NodeId("model"), reason: "a rule set is the baseline" }] });
    const text = serializeDocument(doc);
    expect(text.indexOf('"suppressions"')).toBeGreaterThan(text.indexOf('"notes"'));
    const back = parseDocument(JSON.parse(text));
    expect(back.ok && back.value.suppressions).toEqual(doc.suppressions);
  });
});

describe("reviewSummary", () => {
  it("counts by severity and counts suppressed findings apart", () => {
    const findings = review(unwatched({ suppressions: [{ rule: "modeling/no-baseline", reason: "rules are the baseline" }] }));
    expect(reviewSummary(findings)).toEqual({ error: 1, warning: 0, info: 0, suppressed: 1 });
    expect(reviewSummary([])).toEqual({ error: 0, warning: 0, info: 0, suppressed: 0 });
  });
});

describe("RULES", () => {
  it("has at least 12 rules with unique ids, each explained", () => {
    expect(RULES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(setup|data|modeling|serving|graph|review)\/[a-z-]+$/);
      expect(r.why.length).toBeGreaterThan(60);
      expect(r.hint.length).toBeGreaterThan(30);
      expect(Object.keys(r).sort()).toEqual(["hint", "id", "severity", "title", "why"]);
    }
  });
});

describe("review on any valid design", () => {
  it("never throws, names only real nodes and edges, and follows its rule's severity", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const before = serializeDocument(doc);
        const findings = review(doc);
        expect(serializeDocument(doc)).toBe(before);
        const nodes = new Set(doc.nodes.map((n) => n.id as string));
        const edges = new Set(doc.edges.map((e) => e.id as string));
        for (const f of findings) {
          expect(ruleInfo(f.rule)?.severity).toBe(f.severity);
          expect(f.nodes.every((n) => nodes.has(n)) && f.edges.every((e) => edges.has(e))).toBe(true);
          expect(f.message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("counts nothing but suppressed findings once every rule that fired is suppressed", () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const rules = [...new Set(review(doc).map((f) => f.rule))];
        const suppressed = review({ ...doc, suppressions: rules.map((rule) => ({ rule, reason: "accepted" })) });
        expect(reviewSummary(suppressed)).toEqual({ error: 0, warning: 0, info: 0, suppressed: suppressed.length });
      }),
      { numRuns: 100 },
    );
  });
});
