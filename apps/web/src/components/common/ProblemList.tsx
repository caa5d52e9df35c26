import { escapeControls, type Problem } from "@mlsd/core";

/** Problems as core reports them: a path (where) and a message (what), one per line; control characters shown escaped. */
export const ProblemList = ({ problems }: { problems: readonly Problem[] }) => (
  <ul className="problem-list" aria-label="Problems">
    {problems.map((p, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
      <li key={i}>
        {p.path ? <code className="problem-path">{escapeControls(p.path)}</code> : <code className="problem-path">(document)</code>}
        <span className="problem-message">{escapeControls(p.message)}</span>
      </li>
    ))}
  </ul>
);
