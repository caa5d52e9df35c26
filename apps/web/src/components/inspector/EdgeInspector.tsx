import { type DesignEdge, disconnect, EDGE_KIND_INFO, EDGE_KINDS, type EdgeKind, LIMITS, updateEdge } from "@mlsd/core";
import { useEditor, useEditorContext } from "../../state/context.js";
import { Field } from "./Field.js";

export const EdgeInspector = ({ edge }: { edge: DesignEdge }) => {
  const { actions } = useEditorContext();
  const nodes = useEditor((s) => s.history.present.nodes);
  const name = (id: string) => nodes.find((n) => n.id === id)?.label ?? id;
  return (
    <section className="inspector" aria-label="Connection inspector">
      <h2 className="panel-title">Connection</h2>
      <p className="muted small">
        From <strong>{name(edge.source)}</strong> to <strong>{name(edge.target)}</strong>
      </p>
      <Field id="edge-kind" label="Kind">
        <select
          id="edge-kind"
          value={edge.kind}
          onChange={(e) => actions.edit((d) => updateEdge(d, edge.id, { kind: e.target.value as EdgeKind }))}
        >
          {EDGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {EDGE_KIND_INFO[k].title}
            </option>
          ))}
        </select>
        <p className="muted small">{EDGE_KIND_INFO[edge.kind].description}</p>
      </Field>
      <Field id="edge-label" label="Label">
        <input
          id="edge-label"
          value={edge.label ?? ""}
          maxLength={LIMITS.labelLength}
          onChange={(e) => actions.edit((d) => updateEdge(d, edge.id, { label: e.target.value }), { coalesce: `edge-label:${edge.id}` })}
        />
      </Field>
      <button type="button" className="danger-text" onClick={() => actions.edit((d) => disconnect(d, [edge.id]))}>
        Delete connection
      </button>
    </section>
  );
};
