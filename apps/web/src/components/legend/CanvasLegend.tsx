import { legendOf } from "@mlsd/scene";
import { Panel } from "@xyflow/react";
import { useMemo } from "react";
import { useNarrow, useShort } from "../../lib/media.js";
import { setPanel, usePanels } from "../../lib/panels.js";
import { useTheme } from "../../lib/theme.js";
import { useEditor } from "../../state/context.js";
import { LegendKey } from "./LegendKey.js";

/**
 * The legend over the canvas, beside the zoom controls: the kinds of lines, the marks on
 * parts and the stage colours. Folding it is remembered; until then it starts open on screens
 * wide and tall enough that it leaves the drawing room (not on a phone or a 1280 × 720
 * laptop), and when a shared design is opened to look at.
 */
export const CanvasLegend = () => {
  const doc = useEditor((s) => s.history.present);
  const viewing = useEditor((s) => s.viewing ?? false);
  const { theme } = useTheme();
  const narrow = useNarrow();
  const short = useShort();
  const open = usePanels().legend ?? ((!narrow && !short) || viewing);
  // Every kind of line, used or not yet: the canvas's key to what a new line will mean.
  const legend = useMemo(() => legendOf(doc, { theme, all: true }), [doc, theme]);
  return (
    <Panel position="bottom-left" className={open ? "canvas-legend is-open" : "canvas-legend"}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls="canvas-legend-key"
        onClick={() => setPanel("legend", !open)}
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span> Legend
      </button>
      <div id="canvas-legend-key" hidden={!open}>
        <LegendKey legend={legend} />
      </div>
    </Panel>
  );
};
