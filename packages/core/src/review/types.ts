import type { EdgeId, NodeId } from "../ids.js";
import type { ReviewContext } from "./context.js";

/**
 * How serious a finding is: `error` blocks a design, `warning` should be looked at, `info` is a hint.
 * @public
 */
export type Severity = "error" | "warning" | "info";

/**
 * What a rule is: shown in the editor's rule list, the CLI and the handouts.
 * @public
 */
export interface RuleInfo {
  /** `stage/short-name`, e.g. `serving/no-monitoring`. Stable: documents name it in suppressions. */
  readonly id: string;
  /** `error` only where a reviewer would block the design. */
  readonly severity: Severity;
  readonly title: string;
  /** Why it matters, after the framework. */
  readonly why: string;
  /** How to fix it in the diagram. */
  readonly hint: string;
}

/**
 * One thing a rule found in one document.
 * @public
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** One line, naming the components concerned. */
  message: string;
  nodes: NodeId[];
  edges: EdgeId[];
  why: string;
  hint: string;
  /** Present when the document keeps this finding on purpose. */
  suppressed?: { reason: string };
}

/** What a rule's check returns; the rule's info fills in the rest of the finding. */
export interface Hit {
  message: string;
  nodes?: readonly NodeId[];
  edges?: readonly EdgeId[];
}

export interface Rule extends RuleInfo {
  readonly check: (ctx: ReviewContext) => Hit[];
}

/**
 * How many findings of each severity a review has, and how many are suppressed.
 * @public
 */
export interface ReviewSummary {
  error: number;
  warning: number;
  info: number;
  /** Findings kept on purpose; not counted under their severity. */
  suppressed: number;
}
