import type { EdgeId, NodeId } from "../ids.js";
import type { EdgeKind } from "../kinds.js";
import { flowEdge, type ReviewContext, reach } from "../review/context.js";
import type { Finding, Severity } from "../review/types.js";
import type { DesignEdge, DesignNode } from "../schema.js";
import { compareStages, STAGE_IDS, stageInfo } from "../stages.js";
import { describeMatch, matches, nearMisses, nodeRef } from "./match.js";
import type {
  LoopRequirement,
  NodeMatch,
  NodeRequirement,
  PathRequirement,
  Requirement,
  ReviewRequirement,
  StagesRequirement,
} from "./rubric.js";

/** What one requirement found in one design. */
export interface Outcome {
  passed: boolean;
  /** The share of the item's points earned, from 0 to 1; only review findings give part marks. */
  share: number;
  /** The parts that satisfied it, or what is missing, in plain words. */
  evidence: string;
  nodes: NodeId[];
  edges: EdgeId[];
}

/** A design indexed once for every item of a rubric; its review runs only if an item asks. */
export interface GradeContext {
  readonly index: ReviewContext;
  readonly findings: () => readonly Finding[];
}

const outcome = (passed: boolean, evidence: string, nodes: readonly DesignNode[] = [], edges: readonly DesignEdge[] = []): Outcome => ({
  passed,
  share: passed ? 1 : 0,
  evidence,
  nodes: [...new Set(nodes.map((n) => n.id))],
  edges: [...new Set(edges.map((e) => e.id))],
});

const SHOWN = 4;

/** `"A" [a], "B" [b] and 3 more`. */
const refs = (nodes: readonly DesignNode[]): string => {
  const shown = nodes.slice(0, SHOWN).map(nodeRef);
  const rest = nodes.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  return shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
};

const stageTitle = (n: DesignNode) => stageInfo(n.stage).title;

/** `no Monitoring node` rather than `no a Monitoring node`. */
const none = (m: NodeMatch) => `no ${describeMatch(m).replace(/^(?:an?|the) /, "")}`;

const stagesOutcome = (r: StagesRequirement, { index }: GradeContext): Outcome => {
  const wanted = r.stages ?? STAGE_IDS;
  const firsts = wanted.map((s) => index.nodes.find((n) => n.stage === s));
  const missing = wanted.filter((_, i) => !firsts[i]);
  if (missing.length) return outcome(false, `missing: no node in ${missing.map((s) => stageInfo(s).title).join(", ")}`);
  const counts = wanted.map((s) => `${stageInfo(s).title} (${index.nodes.filter((n) => n.stage === s).length})`);
  return outcome(
    true,
    `nodes in ${counts.join(", ")}`,
    firsts.filter((n) => n !== undefined),
  );
};

/** `; "Scoring" [scoring] is close but latencyMs is not set`, for up to three nodes that almost match. */
const nearMissText = (nodes: readonly DesignNode[], m: NodeMatch): string =>
  nearMisses(nodes, m)
    .slice(0, 3)
    .map(({ node, failures }) => `; ${nodeRef(node)} is close but ${failures.join(" and ")}`)
    .join("");

const nodeOutcome = (r: NodeRequirement, { index }: GradeContext): Outcome => {
  const found = index.nodes.filter((n) => matches(n, r.match));
  const min = r.min ?? 1;
  if (found.length >= min) return outcome(true, `found ${refs(found)}`, found);
  const short = found.length ? `; found only ${found.length} of ${min}: ${refs(found)}` : "";
  const wanted = min > 1 ? `${min} × ${describeMatch(r.match)}` : describeMatch(r.match);
  return outcome(false, `missing: ${wanted}${short}${nearMissText(index.nodes, r.match)}`, found);
};

const DEFAULT_PATH_EDGES: readonly EdgeKind[] = ["data", "control", "deploy"];

interface Step {
  node: DesignNode;
  /** 1 once the path has passed a `through` node (or when there is none). */
  phase: 0 | 1;
  prev: number;
  edge?: DesignEdge;
}

/** The shortest chain that satisfies a path requirement, as nodes and edges; undefined when none does. */
const findPath = (r: PathRequirement, index: ReviewContext, through: NodeMatch | undefined) => {
  const kinds = new Set(r.edgeKinds ?? DEFAULT_PATH_EDGES);
  const passes = (n: DesignNode) => !through || matches(n, through);
  const steps: Step[] = [];
  const seen = new Set<string>();
  const visit = (step: Step) => {
    const key = `${step.phase}:${step.node.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    steps.push(step);
  };
  for (const n of index.nodes) if (matches(n, r.from)) visit({ node: n, phase: passes(n) ? 1 : 0, prev: -1 });
  const depth: number[] = [];
  for (let head = 0; head < steps.length; head++) {
    const step = steps[head]!;
    depth[head] = step.prev < 0 ? 0 : depth[step.prev]! + 1;
    if (depth[head]! > 0 && step.phase === 1 && matches(step.node, r.to)) {
      const chain: Step[] = [];
      for (let i = head; i >= 0; i = steps[i]!.prev) chain.unshift(steps[i]!);
      return { nodes: chain.map((s) => s.node), edges: chain.flatMap((s) => (s.edge ? [s.edge] : [])) };
    }
    if (r.direct && depth[head]! >= 1) continue;
    for (const e of index.outgoing.get(step.node.id) ?? []) {
      if (!kinds.has(e.kind)) continue;
      const next = index.byId.get(e.target)!;
      visit({ node: next, phase: step.phase === 1 || passes(next) ? 1 : 0, prev: head, edge: e });
    }
  }
  return undefined;
};

const chainText = (nodes: readonly DesignNode[]) => nodes.map(nodeRef).join(" → ");

const pathOutcome = (r: PathRequirement, { index }: GradeContext): Outcome => {
  const found = findPath(r, index, r.through);
  if (found) return outcome(true, chainText(found.nodes), found.nodes, found.edges);
  const wanted = `a path from ${describeMatch(r.from)} to ${describeMatch(r.to)}${r.through ? ` through ${describeMatch(r.through)}` : ""}`;
  const absent = [r.from, r.to, ...(r.through ? [r.through] : [])].filter((m) => !index.nodes.some((n) => matches(n, m)));
  if (absent.length) return outcome(false, `missing: ${wanted}; the design has ${absent.map(none).join(" and ")}`);
  const bypass = r.through ? findPath(r, index, undefined) : undefined;
  if (bypass) return outcome(false, `missing: ${wanted}; ${chainText(bypass.nodes)} does not pass one`, bypass.nodes, bypass.edges);
  return outcome(false, `missing: ${wanted}`);
};

const loopText = (e: DesignEdge, index: ReviewContext) => {
  const [s, t] = [index.byId.get(e.source)!, index.byId.get(e.target)!];
  return `${nodeRef(s)} (${stageTitle(s)}) → ${nodeRef(t)} (${stageTitle(t)})`;
};

const loopOutcome = (r: LoopRequirement, { index }: GradeContext): Outcome => {
  const backward = index.doc.edges.filter((e) => {
    const [s, t] = [index.byId.get(e.source), index.byId.get(e.target)];
    return e.kind === "feedback" && s && t && compareStages(s.stage, t.stage) > 0;
  });
  const origins = r.from ? index.nodes.filter((n) => matches(n, r.from!)) : [];
  // A loop may start at the node itself or at anything downstream of it.
  const after = r.from ? reach(index, origins, { edge: flowEdge }) : undefined;
  const loops = backward.filter((e) => (!after || after.has(e.source)) && (!r.to || matches(index.byId.get(e.target)!, r.to)));
  const min = r.min ?? 1;
  const ends = (edges: readonly DesignEdge[]) => edges.flatMap((e) => [index.byId.get(e.source)!, index.byId.get(e.target)!]);
  if (loops.length >= min)
    return outcome(true, `feedback ${loops.map((e) => loopText(e, index)).join("; ")}`, [...origins, ...ends(loops)], loops);
  const from = r.from ? `${describeMatch(r.from)} or a part after it,` : "a later stage";
  const to = r.to ? describeMatch(r.to) : "an earlier stage";
  const wanted = `${min > 1 ? `${min} feedback edges` : "a feedback edge"} from ${from} back to ${to}`;
  const details: string[] = [];
  if (loops.length) details.push(`found only ${loops.length}: ${loops.map((e) => loopText(e, index)).join("; ")}`);
  if (r.from && !origins.length) details.push(`the design has ${none(r.from)}`);
  const elsewhere = backward.filter((e) => !loops.includes(e));
  if (elsewhere.length)
    details.push(
      `${elsewhere.length === 1 ? "its feedback edge runs" : `its ${elsewhere.length} other feedback edges run`} elsewhere: ${elsewhere
        .slice(0, 3)
        .map((e) => loopText(e, index))
        .join("; ")}`,
    );
  else if (!backward.length) details.push("the design has no feedback edge from a later stage to an earlier one");
  return outcome(false, `missing: ${[wanted, ...details].join("; ")}`, origins, loops);
};

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info finding", "info findings"],
};

const reviewOutcome = (r: ReviewRequirement, ctx: GradeContext, points: number): Outcome => {
  const severities = r.severities ?? ["error"];
  const counted = ctx
    .findings()
    .filter((f) => severities.includes(f.severity) && (!r.rules || r.rules.includes(f.rule)) && (r.countSuppressed || !f.suppressed));
  const kind = severities.map((s) => SEVERITY_WORDS[s][1]).join(" or ");
  const scope = r.rules ? ` from ${r.rules.join(", ")}` : "";
  const nodes = [...new Set(counted.flatMap((f) => f.nodes))].flatMap((id) => ctx.index.byId.get(id) ?? []);
  if (!counted.length) {
    const kept = ctx.findings().filter((f) => f.suppressed && severities.includes(f.severity)).length;
    return outcome(true, `review: no ${kind}${scope}${kept ? ` (${kept} suppressed with a reason)` : ""}`);
  }
  const cost = r.costPerFinding ?? points;
  const words = counted.length === 1 ? SEVERITY_WORDS[counted[0]!.severity][0] : "findings";
  const listed = counted.slice(0, 5).map((f) => `${f.rule}: ${f.message}`);
  const more = counted.length > listed.length ? `; and ${counted.length - listed.length} more` : "";
  return {
    ...outcome(false, `review: ${counted.length} ${words}: ${listed.join("; ")}${more}`, nodes),
    share: Math.max(0, 1 - (counted.length * cost) / points),
  };
};

const combined = (r: Extract<Requirement, { type: "all" | "any" }>, ctx: GradeContext, points: number): Outcome => {
  const parts = r.of.map((child) => evaluate(child, ctx, points));
  const merge = (chosen: readonly Outcome[], passed: boolean, evidence: string): Outcome => ({
    passed,
    share: passed ? 1 : 0,
    evidence,
    nodes: [...new Set(chosen.flatMap((o) => o.nodes))],
    edges: [...new Set(chosen.flatMap((o) => o.edges))],
  });
  if (r.type === "all") {
    const failed = parts.filter((p) => !p.passed);
    return failed.length
      ? merge(failed, false, failed.map((p) => p.evidence).join("; "))
      : merge(parts, true, parts.map((p) => p.evidence).join("; "));
  }
  const first = parts.find((p) => p.passed);
  if (first) return merge([first], true, first.evidence);
  return merge(parts, false, `none of the alternatives: ${parts.map((p, i) => `(${i + 1}) ${p.evidence}`).join(" ")}`);
};

/** Checks one requirement against a design. `points` lets review findings cost part of an item. */
export const evaluate = (r: Requirement, ctx: GradeContext, points: number): Outcome => {
  switch (r.type) {
    case "stages":
      return stagesOutcome(r, ctx);
    case "node":
      return nodeOutcome(r, ctx);
    case "path":
      return pathOutcome(r, ctx);
    case "loop":
      return loopOutcome(r, ctx);
    case "review":
      return reviewOutcome(r, ctx, points);
    case "all":
    case "any":
      return combined(r, ctx, points);
  }
};
