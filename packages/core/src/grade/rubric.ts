import { z } from "zod";
import type { Problem } from "../errors.js";
import { problemFromIssue } from "../issues.js";
import { EDGE_KINDS, type EdgeKind, KINDS, NODE_KINDS, type NodeKind } from "../kinds.js";
import type { PropSpec } from "../props.js";
import { err, ok, type Result } from "../result.js";
import type { Severity } from "../review/types.js";
import { STAGE_IDS, type StageId } from "../stages.js";

// ── Types ────────────────────────────────────────────────────────────────────

/**
 * A test on one property of a node. Every key given must hold.
 * @public
 */
export interface PropCondition {
  /** true: the property is set (a string must not be blank); false: it is not set. */
  present?: boolean;
  equals?: string | number | boolean;
  oneOf?: readonly (string | number | boolean)[];
  /** Inclusive bounds on a number property. */
  min?: number;
  max?: number;
  /** A regular expression (case-insensitive) a string property must contain. */
  matches?: string;
}

/**
 * Which nodes count. Every field given must hold; `kinds` and `stages` list alternatives
 * (a feature pipeline may count where a feature store is expected). Free-text `note`
 * nodes take no part in a system and never count.
 * @public
 */
export interface NodeMatch {
  kinds?: readonly NodeKind[];
  stages?: readonly StageId[];
  /** A regular expression (case-insensitive) the label or the node's notes must contain. */
  label?: string;
  props?: Readonly<Record<string, PropCondition>>;
  /** How the rubric names these nodes in evidence ("a drift monitor"); made up from the rest when absent. */
  name?: string;
}

/**
 * Every listed stage holds at least one node (all four when `stages` is absent).
 * @public
 */
export interface StagesRequirement {
  type: "stages";
  stages?: readonly StageId[];
}

/**
 * At least `min` (default 1) nodes match. Properties present or in range are tested here, through `match.props`.
 * @public
 */
export interface NodeRequirement {
  type: "node";
  match: NodeMatch;
  min?: number;
}

/**
 * A chain of edges from a node matching `from` to one matching `to`, passing a node that
 * matches `through` when given. Follows `edgeKinds` (default: every kind but feedback);
 * `direct` asks for a single edge.
 * @public
 */
export interface PathRequirement {
  type: "path";
  from: NodeMatch;
  to: NodeMatch;
  through?: NodeMatch;
  edgeKinds?: readonly EdgeKind[];
  direct?: boolean;
}

/**
 * At least `min` (default 1) feedback edges that run from a later stage to an earlier one.
 * `from`: the edge starts at such a node or somewhere downstream of one (along forward
 * edges); `to`: the edge ends at such a node.
 * @public
 */
export interface LoopRequirement {
  type: "loop";
  from?: NodeMatch;
  to?: NodeMatch;
  min?: number;
}

/**
 * Review findings cost points: each unsuppressed finding of the given severities (default
 * errors) and rules (default all) costs `costPerFinding` (default: the item's points).
 * @public
 */
export interface ReviewRequirement {
  type: "review";
  severities?: readonly Severity[];
  rules?: readonly string[];
  costPerFinding?: number;
  /** Count findings the design suppresses too (default false: a stated reason is accepted). */
  countSuppressed?: boolean;
}

/**
 * Every one of the listed requirements must hold.
 * @public
 */
export interface AllRequirement {
  type: "all";
  of: readonly Requirement[];
}

/**
 * Alternatives: any one of them satisfies the item.
 * @public
 */
export interface AnyRequirement {
  type: "any";
  of: readonly Requirement[];
}

/**
 * What satisfies a rubric item, told apart by `type`; `all` and `any` combine others.
 * @public
 */
export type Requirement =
  | StagesRequirement
  | NodeRequirement
  | PathRequirement
  | LoopRequirement
  | ReviewRequirement
  | AllRequirement
  | AnyRequirement;

/**
 * One thing a grader checks.
 * @public
 */
export interface RubricItem {
  /** A short slug, stable: results and spreadsheet columns are keyed by it. */
  id: string;
  title: string;
  /** Why a strong design has it, shown to the learner beside the result. */
  why: string;
  points: number;
  requirement: Requirement;
}

/**
 * The items a design is graded on; plain data, so a teacher can write one as JSON (see `parseRubric`).
 * @public
 */
export interface Rubric {
  items: readonly RubricItem[];
}

/**
 * An exercise to grade against: its id, title, prompt and rubric (grading reads only the rubric).
 * @public
 */
export interface Exercise {
  id: string;
  title: string;
  prompt: string;
  rubric: Rubric;
}

// ── Schema ───────────────────────────────────────────────────────────────────

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "expected a slug of lowercase letters, digits and dashes (at most 60)");
const pattern = z.string().min(1).max(200);
const scalar = z.union([z.string().max(200), z.number().finite(), z.boolean()]);

const PropConditionSchema = z
  .strictObject({
    present: z.boolean().optional(),
    equals: scalar.optional(),
    oneOf: z.array(scalar).min(1).max(50).optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    matches: pattern.optional(),
  })
  .refine((c) => Object.keys(c).length > 0, "expected at least one of present, equals, oneOf, min, max, matches");

/** Free-text note nodes take no part in a system, so no rubric asks for them. */
const SYSTEM_KINDS = NODE_KINDS.filter((k) => k !== "note") as [NodeKind, ...NodeKind[]];

const NodeMatchSchema = z.strictObject({
  kinds: z.array(z.enum(SYSTEM_KINDS)).min(1).max(SYSTEM_KINDS.length).optional(),
  stages: z.array(z.enum(STAGE_IDS)).min(1).max(4).optional(),
  label: pattern.optional(),
  props: z.record(z.string().max(60), PropConditionSchema).optional(),
  name: z.string().min(1).max(120).optional(),
});

const count = z.number().int().min(1).max(100);

const RequirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("stages"), stages: z.array(z.enum(STAGE_IDS)).min(1).max(4).optional() }),
    z.strictObject({ type: z.literal("node"), match: NodeMatchSchema, min: count.optional() }),
    z.strictObject({
      type: z.literal("path"),
      from: NodeMatchSchema,
      to: NodeMatchSchema,
      through: NodeMatchSchema.optional(),
      edgeKinds: z.array(z.enum(EDGE_KINDS)).min(1).max(EDGE_KINDS.length).optional(),
      direct: z.boolean().optional(),
    }),
    z.strictObject({ type: z.literal("loop"), from: NodeMatchSchema.optional(), to: NodeMatchSchema.optional(), min: count.optional() }),
    z.strictObject({
      type: z.literal("review"),
      severities: z
        .array(z.enum(["error", "warning", "info"]))
        .min(1)
        .max(3)
        .optional(),
      rules: z
        .array(z.string().regex(/^[a-z][a-z0-9-]*\/[a-z0-9-]{1,60}$/, "expected a rule id such as serving/no-monitoring"))
        .min(1)
        .max(50)
        .optional(),
      costPerFinding: z.number().positive().max(1000).optional(),
      countSuppressed: z.boolean().optional(),
    }),
    z.strictObject({ type: z.literal("all"), of: z.array(RequirementSchema).min(1).max(20) }),
    z.strictObject({ type: z.literal("any"), of: z.array(RequirementSchema).min(1).max(20) }),
  ]),
);

export const RubricItemSchema = z.strictObject({
  id: slug,
  title: z.string().min(1).max(120),
  why: z.string().min(1).max(1000),
  points: z.number().int().min(1).max(100),
  requirement: RequirementSchema,
});

const RubricSchema = z.strictObject({ items: z.array(RubricItemSchema).min(1).max(100) });

// ── Checks the schema cannot make ────────────────────────────────────────────

const badPattern = (source: string): string | undefined => {
  try {
    new RegExp(source, "i");
    return undefined;
  } catch (e) {
    return `not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`;
  }
};

const NUMERIC_TESTS = ["min", "max"] as const;

/** A property must exist on one of the kinds that can match, and numeric bounds need a number property. */
const matchProblems = (m: NodeMatch, at: string): Problem[] => {
  const problems: Problem[] = [];
  if (m.label !== undefined) {
    const bad = badPattern(m.label);
    if (bad) problems.push({ path: `${at}.label`, message: bad });
  }
  const kinds = m.kinds ?? NODE_KINDS;
  for (const [prop, condition] of Object.entries(m.props ?? {})) {
    const where = `${at}.props.${prop}`;
    const specs = kinds.map((k) => (KINDS[k].props as Record<string, PropSpec>)[prop]).filter((s) => s !== undefined);
    if (!specs.length) {
      const named = m.kinds ? `kind ${kinds.join(" or ")}` : "node kind";
      problems.push({ path: where, message: `no ${named} has a property "${prop}"` });
      continue;
    }
    for (const test of NUMERIC_TESTS)
      if (condition[test] !== undefined && !specs.some((s) => s.type === "number"))
        problems.push({ path: `${where}.${test}`, message: `"${prop}" is not a number property` });
    if (condition.min !== undefined && condition.max !== undefined && condition.min > condition.max)
      problems.push({ path: `${where}.min`, message: `min ${condition.min} is above max ${condition.max}` });
    if (condition.matches !== undefined) {
      const bad = badPattern(condition.matches);
      if (bad) problems.push({ path: `${where}.matches`, message: bad });
    }
  }
  return problems;
};

const requirementProblems = (r: Requirement, at: string): Problem[] => {
  switch (r.type) {
    case "node":
      return matchProblems(r.match, `${at}.match`);
    case "path":
      return [
        ...matchProblems(r.from, `${at}.from`),
        ...matchProblems(r.to, `${at}.to`),
        ...(r.through ? matchProblems(r.through, `${at}.through`) : []),
        ...(r.direct && r.through ? [{ path: `${at}.through`, message: "a direct path (one edge) cannot pass through a third node" }] : []),
      ];
    case "loop":
      return [...(r.from ? matchProblems(r.from, `${at}.from`) : []), ...(r.to ? matchProblems(r.to, `${at}.to`) : [])];
    case "all":
    case "any":
      return r.of.flatMap((child, i) => requirementProblems(child, `${at}.of[${i}]`));
    default:
      return [];
  }
};

const rubricProblems = (rubric: Rubric): Problem[] => {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  rubric.items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) problems.push({ path: `items[${i}].id`, message: `"${item.id}" is already the id of items[${first}]` });
    else seen.set(item.id, i);
    problems.push(...requirementProblems(item.requirement, `items[${i}].requirement`));
  });
  return problems;
};

/**
 * A rubric that failed to load: every problem with its path, as documents report theirs.
 * @public
 */
export interface RubricError {
  message: string;
  problems: Problem[];
}

/**
 * Reads a rubric (already parsed from JSON). Never throws; a bad rubric names each problem's path.
 * @public
 */
export const parseRubric = (input: unknown): Result<Rubric, RubricError> => {
  try {
    const parsed = RubricSchema.safeParse(input, { reportInput: true });
    const problems = parsed.success
      ? rubricProblems(parsed.data as Rubric)
      : parsed.error.issues.flatMap((i) => problemFromIssue(i as z.core.$ZodIssue));
    if (problems.length || !parsed.success)
      return err({ message: `The rubric has ${problems.length} problem${problems.length === 1 ? "" : "s"}.`, problems });
    return ok(parsed.data as Rubric);
  } catch (e) {
    // Hostile nesting deeper than the stack: refuse, never throw.
    const message = `could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return err({ message: "The rubric could not be read.", problems: [{ path: "", message }] });
  }
};
