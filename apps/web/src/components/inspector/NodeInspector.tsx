import {
  changeKind,
  type DesignNode,
  isNodeKind,
  isStageId,
  KINDS,
  LIMITS,
  moveToStage,
  NODE_KINDS,
  type PropSpec,
  updateNode,
} from "@mlsd/core";
import { useEditorContext } from "../../state/context.js";
import { KindIcon } from "../common/KindIcon.js";
import { useClipboard } from "../editor/useClipboard.js";
import { ConnectTo } from "./ConnectTo.js";
import { CheckField, Field, StageOptions } from "./Field.js";
import { PartFindings } from "./PartFindings.js";
import { PropField } from "./PropField.js";

/** Label, kind, stage, notes and the kind's typed properties of one selected part. */
export const NodeInspector = ({ node }: { node: DesignNode }) => {
  const { actions } = useEditorContext();
  const { duplicate, removeSelection } = useClipboard();
  const def = KINDS[node.kind];
  const specs = Object.entries(def.props as Record<string, PropSpec>);
  const at = (field: string) => ({ coalesce: `${field}:${node.id}` });
  return (
    <section className="inspector" aria-label="Part inspector">
      <h2 className="panel-title">
        <KindIcon kind={node.kind} /> {def.title}
      </h2>
      <p className="muted small">{def.description}</p>
      <PartFindings id={node.id} />
      <Field id="node-label" label="Label">
        <input
          id="node-label"
          value={node.label}
          maxLength={LIMITS.labelLength}
          onChange={(e) => actions.edit((d) => updateNode(d, node.id, { label: e.target.value }), at("label"))}
        />
      </Field>
      <div className="field-row field-row-wide">
        <Field id="node-kind" label="Kind">
          <select
            id="node-kind"
            value={node.kind}
            onChange={(e) => isNodeKind(e.target.value) && actions.edit((d) => changeKind(d, node.id, e.target.value as never))}
          >
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KINDS[k].title}
              </option>
            ))}
          </select>
        </Field>
        <Field id="node-stage" label="Stage">
          <select
            id="node-stage"
            value={node.stage}
            onChange={(e) => isStageId(e.target.value) && actions.edit((d) => moveToStage(d, node.id, e.target.value as never))}
          >
            <StageOptions />
          </select>
        </Field>
      </div>
      {specs.length ? (
        <fieldset className="props">
          <legend>Properties</legend>
          {specs.map(([name, spec]) => (
            <PropField
              key={`${node.id}:${node.kind}:${name}`}
              node={node}
              name={name}
              spec={spec}
              onChange={(value) =>
                actions.edit(
                  (d) => {
                    const current = d.nodes.find((n) => n.id === node.id);
                    const props: Record<string, unknown> = { ...current?.props, [name]: value };
                    if (value === undefined) delete props[name];
                    return updateNode(d, node.id, { props });
                  },
                  at(`prop.${name}`),
                )
              }
            />
          ))}
        </fieldset>
      ) : null}
      <Field id="node-notes" label="Notes">
        <textarea
          id="node-notes"
          rows={4}
          maxLength={LIMITS.notesLength}
          value={node.notes ?? ""}
          onChange={(e) => actions.edit((d) => updateNode(d, node.id, { notes: e.target.value || undefined }), at("notes"))}
        />
      </Field>
      <CheckField
        checked={node.pinned === true}
        onChange={(checked) => actions.edit((d) => updateNode(d, node.id, { pinned: checked || undefined }))}
      >
        Pinned (auto layout keeps it in place)
      </CheckField>
      <ConnectTo node={node} />
      {/* Without a keyboard (a phone) these are the only way to copy or remove a part. */}
      <div className="button-row">
        <button type="button" onClick={duplicate}>
          Duplicate
        </button>
        <button type="button" className="danger-text" onClick={removeSelection}>
          Delete part
        </button>
      </div>
    </section>
  );
};
