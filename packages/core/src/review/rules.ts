import { DATA_RULES } from "./rules/data.js";
import { GRAPH_RULES } from "./rules/graph.js";
import { MODELING_RULES } from "./rules/modeling.js";
import { SERVING_RULES } from "./rules/serving.js";
import { SETUP_RULES } from "./rules/setup.js";
import type { Rule, RuleInfo } from "./types.js";

/** Reported by review() itself, not by a check: a suppression that silences nothing. */
export const UNUSED_SUPPRESSION: RuleInfo = {
  id: "review/unused-suppression",
  severity: "info",
  title: "Suppression matches nothing",
  why: "A suppression that no longer matches any finding is stale: the design changed, or the rule id or node is misspelt. Left in place it may later hide a real problem nobody has looked at.",
  hint: "Remove the suppression, or correct its rule id or node.",
};

/** Every check, in the order findings are reported: by stage, then graph hygiene. */
export const CHECKS: readonly Rule[] = [...SETUP_RULES, ...DATA_RULES, ...MODELING_RULES, ...SERVING_RULES, ...GRAPH_RULES];

const info = ({ id, severity, title, why, hint }: RuleInfo): RuleInfo => Object.freeze({ id, severity, title, why, hint });

/**
 * What each review rule is, for rule lists, documentation and handouts.
 * @public
 */
export const RULES: readonly RuleInfo[] = Object.freeze([...CHECKS.map(info), info(UNUSED_SUPPRESSION)]);

const byId = new Map(RULES.map((r) => [r.id, r]));

/**
 * A review rule by id, or undefined when there is none.
 * @public
 */
export const ruleInfo = (id: string): RuleInfo | undefined => byId.get(id);
