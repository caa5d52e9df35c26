import { type Finding, reviewSummary, type Severity } from "@mlsd/core/review";
import { useReview } from "../../state/review.js";
import { FindingItem } from "../inspector/FindingItem.js";

const ORDER: Severity[] = ["error", "warning", "info"];
const LABEL: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Suggestions" };

/** Core's review of the design, live. Clicking a finding selects its parts and centres them. */
export const ReviewPanel = () => {
  const { findings, error } = useReview();
  const summary = reviewSummary(findings);
  const open = findings.filter((f) => !f.suppressed);
  const kept = findings.filter((f) => f.suppressed);
  const item = (f: Finding, i: number) => <FindingItem key={`${f.rule}:${i}`} finding={f} />;
  return (
    <section className="review" aria-label="Review">
      <h2 className="panel-title">Review</h2>
      <p className="muted small" aria-live="polite">
        {summary.error} errors, {summary.warning} warnings, {summary.info} suggestions
        {summary.suppressed ? `, ${summary.suppressed} kept on purpose` : ""}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          The review could not run: {error}
        </p>
      ) : null}
      {open.length === 0 && !error ? <p>No findings: the design answers every question the rules ask.</p> : null}
      {ORDER.map((severity) => {
        const list = open.filter((f) => f.severity === severity);
        return list.length ? (
          <section key={severity} aria-label={LABEL[severity]}>
            <h3 className="review-group">{LABEL[severity]}</h3>
            <ul className="findings">{list.map(item)}</ul>
          </section>
        ) : null;
      })}
      {kept.length ? (
        <details>
          <summary>Kept on purpose ({kept.length})</summary>
          <ul className="findings">{kept.map(item)}</ul>
        </details>
      ) : null}
    </section>
  );
};
