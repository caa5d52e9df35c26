import { EDGE_KIND_INFO, type EdgeKind, type FieldChange, KINDS, type NodeKind, STAGES } from "@mlsd/core";
import { useId } from "react";
import type { ComparisonEntry, Difference, PartGroup } from "../../lib/comparison.js";
import type { PartSelection } from "./CompareCanvas.js";
import { DiffIcon, STATUS_TEXT } from "./DiffIcon.js";

const GROUPS: { group: PartGroup; title: string }[] = [
  { group: "nodes", title: "Parts" },
  { group: "edges", title: "Connections" },
  { group: "notes", title: "Notes" },
];
const STATUSES: Difference[] = ["added", "removed", "changed"];

/** A field's value in a line: strings quoted and cut short, absent values said. */
const show = (value: unknown): string => {
  if (value === undefined) return "not set";
  const text = typeof value === "string" ? `“${value}”` : JSON.stringify(value);
  return text.length > 48 ? `${text.slice(0, 45)}…${typeof value === "string" ? "”" : ""}` : text;
};

const kindTitle = (entry: ComparisonEntry) => {
  if (!entry.kind) return undefined;
  if (entry.group === "nodes") return KINDS[entry.kind as NodeKind]?.title;
  if (entry.group === "edges") return EDGE_KIND_INFO[entry.kind as EdgeKind]?.title;
  return undefined;
};

const Fields = ({ fields }: { fields: readonly FieldChange[] }) => (
  <span className="diff-fields">
    {fields.map((f) => (
      <span key={f.field} className="diff-field">
        <code>{f.field}</code>: {show(f.before)} → {show(f.after)}
      </span>
    ))}
  </span>
);

const Entry = ({
  entry,
  selected,
  onChoose,
}: {
  entry: ComparisonEntry;
  selected: PartSelection;
  onChoose: (entry: ComparisonEntry) => void;
}) => {
  const meta = [kindTitle(entry), STAGES.find((s) => s.id === entry.stage)?.title, entry.beforeId ? `was “${entry.beforeId}”` : undefined]
    .filter(Boolean)
    .join(" · ");
  const body = (
    <>
      <span className={`diff-entry-icon diff-badge-${entry.status}`}>
        <DiffIcon status={entry.status} size={11} />
      </span>
      <span className="diff-entry-main">
        <span className="sr-only">{STATUS_TEXT[entry.status]}: </span>
        <span className="diff-entry-label">{entry.label}</span>
        {meta ? <span className="diff-entry-meta">{meta}</span> : null}
        {entry.fields?.length ? <Fields fields={entry.fields} /> : null}
        {entry.geometry?.length ? (
          <span className="diff-entry-meta">{entry.status === "moved" ? `${entry.geometry.join(", ")} changed` : "also moved"}</span>
        ) : null}
      </span>
    </>
  );
  const parts = [...entry.select.nodes, ...entry.select.edges];
  if (!parts.length)
    return (
      <li>
        <div className={`diff-entry diff-entry-${entry.status}`}>{body}</div>
      </li>
    );
  const isSelected = parts.every((id) => selected.nodes.includes(id) || selected.edges.includes(id));
  return (
    <li>
      <button
        type="button"
        className={`diff-entry diff-entry-${entry.status}`}
        aria-pressed={isSelected}
        title="Select it in the drawing"
        onClick={() => onChoose(entry)}
      >
        {body}
      </button>
    </li>
  );
};

/**
 * The differences beside the drawing: parts, connections and notes, each added, removed or
 * changed (with the fields named); parts that only moved come last, apart. Choosing an
 * entry selects its parts in the drawing.
 */
export const DiffList = ({
  entries,
  names,
  selected,
  onChoose,
}: {
  entries: readonly ComparisonEntry[];
  names: { before: string; after: string };
  selected: PartSelection;
  onChoose: (entry: ComparisonEntry) => void;
}) => {
  const baseId = useId();
  const moved = entries.filter((e) => e.status === "moved");
  const where: Record<Difference, string> = {
    added: `only in “${names.after}”`,
    removed: `only in “${names.before}”`,
    changed: "in both, different",
    moved: "the same part, drawn elsewhere",
  };
  return (
    <nav className="diff-list" aria-label="Differences">
      <h2 className="diff-list-title">Differences</h2>
      {entries.length === 0 ? <p>The two designs are the same.</p> : null}
      {GROUPS.map(({ group, title }) => {
        const list = entries.filter((e) => e.group === group && e.status !== "moved");
        if (!list.length) return null;
        return (
          <section key={group} aria-labelledby={`${baseId}-${group}`}>
            <h3 id={`${baseId}-${group}`} className="diff-group-title">
              {title} <span className="muted">({list.length})</span>
            </h3>
            {STATUSES.map((status) => {
              const some = list.filter((e) => e.status === status);
              return some.length ? (
                <div key={status} className="diff-status-group">
                  <h4 className={`diff-status-title diff-text-${status}`}>
                    <DiffIcon status={status} /> {STATUS_TEXT[status]} ({some.length})
                  </h4>
                  <p className="diff-status-where">{where[status]}</p>
                  <ul className="diff-entries">
                    {some.map((e) => (
                      <Entry key={`${e.status}:${e.id}`} entry={e} selected={selected} onChoose={onChoose} />
                    ))}
                  </ul>
                </div>
              ) : null;
            })}
          </section>
        );
      })}
      {moved.length ? (
        <section aria-labelledby={`${baseId}-moved`}>
          <h3 id={`${baseId}-moved`} className="diff-group-title">
            Moved only <span className="muted">({moved.length})</span>
          </h3>
          <p className="small muted">The same parts, unchanged, drawn somewhere else.</p>
          <ul className="diff-entries">
            {moved.map((e) => (
              <Entry key={`moved:${e.id}`} entry={e} selected={selected} onChoose={onChoose} />
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  );
};
