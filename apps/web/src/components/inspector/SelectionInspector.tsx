import { type EdgeId, moveToStage, type NodeId, STAGES, type StageId } from "@mlsd/core";
import { useEditorContext } from "../../state/context.js";
import { useClipboard } from "../editor/useClipboard.js";

export const SelectionInspector = ({ nodes, edges }: { nodes: readonly NodeId[]; edges: readonly EdgeId[] }) => {
  const { actions } = useEditorContext();
  const { duplicate, removeSelection } = useClipboard();
  return (
    <section className="inspector" aria-label="Selection inspector">
      <h2 className="panel-title">
        {nodes.length} parts{edges.length ? `, ${edges.length} connections` : ""} selected
      </h2>
      {nodes.length ? (
        <div className="field">
          <label htmlFor="multi-stage">Move to stage</label>
          <select
            id="multi-stage"
            value=""
            onChange={(e) => {
              const stage = e.target.value as StageId;
              if (stage) actions.edit((d) => nodes.reduce((acc, id) => moveToStage(acc, id, stage), d));
            }}
          >
            <option value="">Choose a stage…</option>
            {STAGES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
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
