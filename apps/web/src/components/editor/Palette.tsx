import { addNode, createNode, KINDS, NODE_KINDS, type NodeKind, STAGES } from "@mlsd/core";
import { STAGE_COLORS } from "@mlsd/scene";
import { useMemo, useState } from "react";
import { placeInStage } from "../../lib/geometry.js";
import { useEditorContext } from "../../state/context.js";
import { PALETTE_MIME } from "../canvas/useDropKind.js";
import { KindIcon } from "../common/KindIcon.js";

/** The kinds of parts, grouped by the stage they usually sit in: click to add, or drag onto a stage. */
export const Palette = () => {
  const { store, actions } = useEditorContext();
  const [query, setQuery] = useState("");
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return STAGES.map((stage) => ({
      stage,
      kinds: NODE_KINDS.filter(
        (k) => KINDS[k].stage === stage.id && (!q || `${KINDS[k].title} ${KINDS[k].description}`.toLowerCase().includes(q)),
      ),
    })).filter((g) => g.kinds.length);
  }, [query]);

  const add = (kind: NodeKind) => {
    const doc = store.get().history.present;
    const stage = KINDS[kind].stage;
    const node = createNode(doc, kind, { stage, position: placeInStage(doc, stage) });
    // The view stays as the user set it: it pans only if the new part would be off screen.
    if (actions.edit((d) => addNode(d, node))) {
      actions.reveal({ nodes: [node.id], edges: [] });
      // On a narrow screen the palette is a sheet over the canvas: close it to show the new part.
      store.set({ sheet: undefined });
    }
  };

  return (
    <nav className="palette" aria-label="Palette">
      <h2 className="panel-title">Add a part</h2>
      <input type="search" aria-label="Filter parts" placeholder="Filter parts" value={query} onChange={(e) => setQuery(e.target.value)} />
      {groups.map(({ stage, kinds }) => (
        <section key={stage.id} className="palette-group" aria-label={stage.title}>
          <h3 style={{ "--stage-color": STAGE_COLORS[stage.id] } as React.CSSProperties}>{stage.title}</h3>
          <ul>
            {kinds.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  className="palette-item"
                  draggable
                  aria-label={`Add ${KINDS[kind].title}`}
                  title={KINDS[kind].description}
                  onClick={() => add(kind)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(PALETTE_MIME, kind);
                    e.dataTransfer.effectAllowed = "copy";
                  }}
                >
                  <KindIcon kind={kind} size={18} />
                  <span>{KINDS[kind].title}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
};
