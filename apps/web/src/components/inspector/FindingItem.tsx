import type { Finding } from "@mlsd/core/review";
import { useEditorContext } from "../../state/context.js";

/**
 * One review finding: its severity and message, then why it matters and how to fix it.
 * In the review panel the message selects and shows its parts and the reasons fold away;
 * in a part's inspector (`inPlace`) the reasons are open, since the part is already selected.
 */
export const FindingItem = ({ finding: f, inPlace = false }: { finding: Finding; inPlace?: boolean }) => {
  const { actions } = useEditorContext();
  const head = (
    <>
      <span className="finding-severity">{f.severity}</span> {f.message}
    </>
  );
  const reasons = (
    <>
      <p>{f.why}</p>
      <p>
        <strong>Fix:</strong> {f.hint}
      </p>
      <p className="muted small">
        Rule <code>{f.rule}</code>
        {f.suppressed ? ` · kept on purpose: ${f.suppressed.reason}` : ""}
      </p>
    </>
  );
  return (
    <li className={`finding finding-${f.severity}`}>
      {f.nodes.length && !inPlace ? (
        <button type="button" className="finding-target" onClick={() => actions.focus(f.nodes)} title="Select and show these parts">
          {head}
        </button>
      ) : (
        <p className="finding-target">{head}</p>
      )}
      {inPlace ? (
        <div className="finding-reasons">{reasons}</div>
      ) : (
        <details>
          <summary>Why and how to fix</summary>
          {reasons}
        </details>
      )}
    </li>
  );
};
