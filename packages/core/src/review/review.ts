import type { EdgeId, NodeId } from "../ids.js";
import type { Document, Suppression } from "../schema.js";
import { buildContext, quote } from "./context.js";
import { CHECKS, ruleInfo, UNUSED_SUPPRESSION } from "./rules.js";
import type { Finding, ReviewSummary, RuleInfo } from "./types.js";

const finding = (rule: RuleInfo, message: string, nodes: readonly NodeId[] = [], edges: readonly EdgeId[] = []): Finding => ({
  rule: rule.id,
  severity: rule.severity,
  message,
  nodes: [...nodes],
  edges: [...edges],
  why: rule.why,
  hint: rule.hint,
});

/**
 * Marks the findings a document keeps on purpose. A suppression without a node covers every
 * finding of its rule; with a node, the findings that concern that node. The first match wins.
 */
const applySuppressions = (doc: Document, findings: Finding[]): Finding[] => {
  const suppressions = doc.suppressions ?? [];
  if (!suppressions.length) return [];
  const byRule = new Map<string, Suppression[]>();
  for (const s of suppressions) byRule.set(s.rule, [...(byRule.get(s.rule) ?? []), s]);
  const used = new Set<Suppression>();
  for (const f of findings) {
    const match = byRule.get(f.rule)?.find((s) => s.node === undefined || f.nodes.includes(s.node));
    if (!match) continue;
    f.suppressed = { reason: match.reason };
    used.add(match);
  }
  const labels = new Map(doc.nodes.map((n) => [n.id as string, n]));
  return suppressions
    .filter((s) => !used.has(s))
    .map((s) => {
      const node = s.node === undefined ? undefined : labels.get(s.node);
      const where = node ? ` on ${quote(node)}` : "";
      const what = ruleInfo(s.rule) ? `matches no finding` : `names a rule mlsd does not have`;
      return finding(UNUSED_SUPPRESSION, `the suppression of ${s.rule}${where} ${what}`, node ? [node.id] : []);
    });
};

/**
 * Reviews a design against the framework's checklist. Pure: reads the document, never
 * changes it, and returns findings in rule order, then document order. Suppressed findings
 * are returned too, marked with their reason.
 * @public
 */
export const review = (document: Document): Finding[] => {
  const ctx = buildContext(document);
  const findings: Finding[] = [];
  for (const rule of CHECKS) for (const hit of rule.check(ctx)) findings.push(finding(rule, hit.message, hit.nodes, hit.edges));
  findings.push(...applySuppressions(document, findings));
  return findings;
};

/**
 * Counts by severity; suppressed findings are counted apart, not under their severity.
 * @public
 */
export const reviewSummary = (findings: readonly Finding[]): ReviewSummary => {
  const summary: ReviewSummary = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) summary.suppressed++;
    else summary[f.severity]++;
  }
  return summary;
};
