/**
 * A design-review finding as core's `review(document)` returns it. Declared here by shape,
 * so handouts accept findings from any reviewer that speaks this form.
 * @public
 */
export interface HandoutFinding {
  rule: string;
  severity: string;
  message: string;
  nodes?: readonly string[];
  edges?: readonly string[];
  why?: string;
  hint?: string;
  suppressed?: boolean | string | { reason?: string };
}

const ORDER: Record<string, number> = { error: 0, warning: 1, warn: 1, info: 2, suggestion: 2, hint: 3 };

/**
 * Most severe first; suppressed last; otherwise the reviewer's order.
 * @internal
 */
export const sortFindings = (findings: readonly HandoutFinding[]): HandoutFinding[] =>
  findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        Number(Boolean(a.f.suppressed)) - Number(Boolean(b.f.suppressed)) ||
        (ORDER[a.f.severity] ?? 9) - (ORDER[b.f.severity] ?? 9) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
