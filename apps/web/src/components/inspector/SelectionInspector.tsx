import { type EdgeId, moveToStage, type NodeId, type StageId } from "@mlsd/core";
import { useEditorContext } from "../../state/context.js";
import { useClipboard } from "../editor/useClipboard.js";
import { Field, StageOptions } from "./Field.js";

export const SelectionInspector = ({ nodes, edges }: { nodes: readonly NodeId[]; edges: readonly EdgeId[] }) => {
  const { actions } = useEditorContext();
  const { duplicate, removeSelection } = useClipboard();
  return (
    <section className="inspector" aria-label="Selection inspector">
      <h2 className="panel-title">
        {nodes.length} parts{edges.length ? `, ${edges.length} connections` : ""} selected
      </h2>
      {nodes.length ? (
        <Field id="multi-stage" label="Move to stage">
          <select
            id="multi-stage"
            value=""
            onChange={(e) => {
              const stage = e.target.value as StageId;
              if (stage) actions.edit((d) => nodes.reduce((acc, id) => moveToStage(acc, id, stage), d));
            }}
          >
            <option value="">Choose a stage…</option>
            <StageOptions />
          </select>
        </Field>
      ) : null}
      <div className="button-row">
        {nodes.length ? (
          <button type="button" onClick={duplicate}>
            Duplicate
          </button>
        ) : null}
        <button type="button" className="danger-text" onClick={removeSelection}>
          Delete
        </button>
      </div>
    </section>
  );
};
