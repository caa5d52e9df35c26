import { KINDS } from "../kinds.js";
import type { DesignNode } from "../schema.js";
import { stageInfo } from "../stages.js";
import type { NodeMatch, PropCondition } from "./rubric.js";

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const patterns = new Map<string, RegExp>();
/** Rubric patterns are compiled once; parseRubric already refused any that do not compile. */
export const regex = (source: string): RegExp => {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source, "i");
    patterns.set(source, re);
  }
  return re;
};

/** Why a value fails a condition, or undefined when it holds. */
export const propFailure = (value: unknown, c: PropCondition): string | undefined => {
  if (c.present === false) return isBlank(value) ? undefined : `is set (${JSON.stringify(value)})`;
  if (isBlank(value)) return "is not set";
  if (c.equals !== undefined && value !== c.equals) return `is ${JSON.stringify(value)}, not ${JSON.stringify(c.equals)}`;
  if (c.oneOf && !c.oneOf.includes(value as string))
    return `is ${JSON.stringify(value)}, not one of ${c.oneOf.map((v) => JSON.stringify(v)).join(", ")}`;
  if (c.min !== undefined && !(typeof value === "number" && value >= c.min)) return `is ${JSON.stringify(value)}, below ${c.min}`;
  if (c.max !== undefined && !(typeof value === "number" && value <= c.max)) return `is ${JSON.stringify(value)}, above ${c.max}`;
  if (c.matches !== undefined && !(typeof value === "string" && regex(c.matches).test(value)))
    return `is ${JSON.stringify(value)}, which does not mention /${c.matches}/`;
  return undefined;
};

/** Whether a node is of the kinds and stages a match asks for, before its label and properties. */
const isCandidate = (n: DesignNode, m: NodeMatch): boolean =>
  (!m.kinds || m.kinds.includes(n.kind)) && (!m.stages || m.stages.includes(n.stage));

/** Everything that keeps a candidate node from matching: the label, then each property. */
export const matchFailures = (n: DesignNode, m: NodeMatch): string[] => {
  const failures: string[] = [];
  if (m.label !== undefined && !regex(m.label).test(`${n.label}\n${n.notes ?? ""}`))
    failures.push(`its label does not mention /${m.label}/`);
  for (const [prop, condition] of Object.entries(m.props ?? {})) {
    const why = propFailure((n.props as Record<string, unknown>)[prop], condition);
    if (why) failures.push(`${prop} ${why}`);
  }
  return failures;
};

export const matches = (n: DesignNode, m: NodeMatch): boolean => isCandidate(n, m) && matchFailures(n, m).length === 0;

/** Nodes of the right kind and stage that miss only on label or properties: worth naming when an item fails. */
export const nearMisses = (nodes: readonly DesignNode[], m: NodeMatch): { node: DesignNode; failures: string[] }[] =>
  nodes
    .filter((n) => isCandidate(n, m))
    .flatMap((node) => {
      const failures = matchFailures(node, m);
      return failures.length ? [{ node, failures }] : [];
    });

const conditionText = (prop: string, c: PropCondition): string => {
  const parts: string[] = [];
  if (c.present === false) parts.push(`no ${prop}`);
  else if (c.present) parts.push(`${prop} set`);
  if (c.equals !== undefined) parts.push(`${prop} = ${JSON.stringify(c.equals)}`);
  if (c.oneOf) parts.push(`${prop} one of ${c.oneOf.map((v) => JSON.stringify(v)).join(", ")}`);
  if (c.min !== undefined && c.max !== undefined) parts.push(`${prop} between ${c.min} and ${c.max}`);
  else if (c.min !== undefined) parts.push(`${prop} ≥ ${c.min}`);
  else if (c.max !== undefined) parts.push(`${prop} ≤ ${c.max}`);
  if (c.matches !== undefined) parts.push(`${prop} mentioning /${c.matches}/`);
  return parts.join(", ");
};

const orList = (items: readonly string[]) =>
  items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;

/** The match in words: `a Monitoring node in Serving with signals set`. */
export const describeMatch = (m: NodeMatch): string => {
  const kinds = m.kinds ? orList(m.kinds.map((k) => KINDS[k].title)) : "";
  const what = kinds ? `${/^(?:[aeio]|u(?!s))/i.test(kinds) ? "an" : "a"} ${kinds} node` : "a node";
  const where = m.stages ? ` in ${orList(m.stages.map((s) => stageInfo(s).title))}` : "";
  const label = m.label !== undefined ? ` about /${m.label}/` : "";
  const props = Object.entries(m.props ?? {}).map(([p, c]) => conditionText(p, c));
  const detail = `${what}${where}${label}${props.length ? ` with ${props.join(" and ")}` : ""}`;
  return m.name ? `${m.name} (${detail})` : detail;
};

/** `"Fraud scorer" [scorer]`: a node as evidence names it, label first, then its id. */
export const nodeRef = (n: DesignNode): string => {
  const label = n.label.replace(/\s+/g, " ").trim();
  const shown = label.length > 60 ? `${label.slice(0, 59)}…` : label;
  return `${shown ? `"${shown}" ` : ""}[${n.id}]`;
};
