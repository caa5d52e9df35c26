import { LIMITS } from "@mlsd/core";
import { useEditor, useEditorContext } from "../../state/context.js";
import { Field } from "./Field.js";

/** With nothing selected, the inspector edits the design itself. */
export const DocumentInspector = () => {
  const { actions } = useEditorContext();
  const doc = useEditor((s) => s.history.present);
  return (
    <section className="inspector" aria-label="Design inspector">
      <h2 className="panel-title">Design</h2>
      <Field id="doc-title" label="Title">
        <input
          id="doc-title"
          value={doc.title}
          maxLength={LIMITS.titleLength}
          onChange={(e) => actions.edit((d) => ({ ...d, title: e.target.value }), { coalesce: "doc-title" })}
        />
      </Field>
      <Field id="doc-summary" label="Summary">
        <textarea
          id="doc-summary"
          rows={5}
          maxLength={LIMITS.summaryLength}
          value={doc.summary}
          onChange={(e) => actions.edit((d) => ({ ...d, summary: e.target.value }), { coalesce: "doc-summary" })}
        />
      </Field>
      {doc.source ? (
        <p className="small">
          Source:{" "}
          {doc.source.url && /^https?:\/\//i.test(doc.source.url) ? (
            <a href={doc.source.url} target="_blank" rel="noreferrer noopener">
              {doc.source.title}
            </a>
          ) : (
            doc.source.title
          )}
          {doc.source.author ? `, ${doc.source.author}` : ""}
          {doc.source.year ? ` (${doc.source.year})` : ""}
        </p>
      ) : null}
      <p className="muted small">
        {doc.nodes.length} parts, {doc.edges.length} connections. Select a part to edit it; press ? for shortcuts.
      </p>
      {doc.notes.length ? (
        <details className="doc-notes">
          <summary>Notes ({doc.notes.length})</summary>
          {doc.notes.map((n) => (
            <div key={n.id} className="doc-note">
              {n.title ? <h3>{n.title}</h3> : null}
              <p>{n.text}</p>
            </div>
          ))}
        </details>
      ) : null}
    </section>
  );
};
