import { describeRequirement, EdgeId, type GradeItem, NodeId, type RubricItem } from "@mlsd/core";
import { useId } from "react";
import { evidenceLines } from "../../lib/evidence.js";
import { useEditor, useEditorContext } from "../../state/context.js";
import { useExerciseSession } from "./session.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Met, missed, or partly met (a review item loses a point per finding). */
const outcome = (item: GradeItem) => (item.passed ? "met" : item.earned > 0 ? "partly" : "missed");
const OUTCOME_TEXT = { met: "Met", partly: "Partly met", missed: "Missed" } as const;
const OUTCOME_ICON = { met: "✓", partly: "◐", missed: "✗" } as const;

const CheckItem = ({ item, rubric }: { item: GradeItem; rubric: RubricItem | undefined }) => {
  const { actions } = useEditorContext();
  const doc = useEditor((s) => s.history.present);
  // The parts named by the check that are still in the design (it may have changed since).
  const nodes = item.nodes.filter((id) => doc.nodes.some((n) => n.id === id));
  const edges = item.edges.filter((id) => doc.edges.some((e) => e.id === id));
  const parts = new Set([...nodes, ...edges]).size;
  const state = outcome(item);
  return (
    <li className={`check-item check-${state}`}>
      <div className="check-item-head">
        <span className="check-icon" aria-hidden="true">
          {OUTCOME_ICON[state]}
        </span>
        <span className="check-item-title">
          <span className="check-outcome">{OUTCOME_TEXT[state]}:</span> {item.title}
        </span>
        <span className="check-points" title="Points earned of the item's points">
          {item.earned}/{item.points}
        </span>
      </div>
      <p className="check-evidence">
        {evidenceLines(item.evidence).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one text
          <span key={i} className={`check-${line.kind}`}>
            {line.text}
          </span>
        ))}
      </p>
      {parts ? (
        <button
          type="button"
          className="link-button"
          onClick={() => actions.focus(nodes.map(NodeId), edges.map(EdgeId))}
          aria-label={`Show the ${plural(parts, "part")} for “${item.title}”`}
        >
          Show {parts === 1 ? "the part" : `the ${parts} parts`} on the canvas
        </button>
      ) : null}
      <details className="check-why">
        <summary>Why it matters</summary>
        <p>{item.why}</p>
        {rubric ? (
          <p>
            <strong>What meets it:</strong> {describeRequirement(rubric.requirement)}
          </p>
        ) : null}
      </details>
    </li>
  );
};

/** "Check my design": the rubric's verdict on the design as it is now, with the evidence and links to the parts. */
export const CheckPanel = () => {
  const { exercise, check, runCheck } = useExerciseSession();
  const doc = useEditor((s) => s.history.present);
  const titleId = useId();
  const rubric = exercise.state === "ready" ? exercise.value.rubric : undefined;
  const grade = check?.grade;
  const met = grade?.items.filter((i) => i.passed).length ?? 0;
  return (
    <section className="exercise-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="exercise-heading">
        Check
      </h3>
      {exercise.state === "failed" ? (
        <p className="field-error" role="alert">
          The rubric could not be loaded: {exercise.error}
        </p>
      ) : null}
      {!grade && rubric ? (
        <p className="small muted">
          Grades this design against the exercise's rubric ({plural(rubric.items.length, "item")},{" "}
          {plural(
            rubric.items.reduce((sum, i) => sum + i.points, 0),
            "point",
          )}
          ): which parts it has, in which stages, with which properties and connections. Names and ids do not matter.
        </p>
      ) : null}
      <button type="button" className="primary" onClick={runCheck} disabled={!rubric}>
        {grade ? "Check again" : "Check my design"}
      </button>
      {grade ? (
        <div className="check-results">
          <p className="check-score" role="status">
            <strong>
              {grade.score} / {grade.max}
            </strong>{" "}
            points · {met} of {plural(grade.items.length, "item")} met
          </p>
          <meter className="check-meter" min={0} max={grade.max} value={grade.score} aria-label="Score" />
          {check && check.doc !== doc ? <p className="check-stale">The design has changed since this check.</p> : null}
          {/* What is left to do first, then what the design already meets; each in the rubric's order. */}
          {[
            { title: "To do", items: grade.items.filter((i) => !i.passed) },
            { title: "Met", items: grade.items.filter((i) => i.passed) },
          ].map((group) =>
            group.items.length ? (
              <section key={group.title} aria-label={`${group.title}: ${plural(group.items.length, "item")}`}>
                <h4 className="check-group">
                  {group.title} ({group.items.length})
                </h4>
                <ul className="check-items">
                  {group.items.map((item) => (
                    <CheckItem key={item.id} item={item} rubric={rubric?.items.find((r) => r.id === item.id)} />
                  ))}
                </ul>
              </section>
            ) : null,
          )}
        </div>
      ) : null}
    </section>
  );
};
