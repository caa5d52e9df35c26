export { review, reviewSummary } from "./review.js";
export { RULES, ruleInfo } from "./rules.js";
export type { Finding, ReviewSummary, RuleInfo, Severity } from "./types.js";
