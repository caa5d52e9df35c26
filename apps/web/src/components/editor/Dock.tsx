import { useEditor, useEditorContext } from "../../state/context.js";
import type { EditorState, SideTab } from "../../state/editor.js";
import { useReview } from "../../state/review.js";

/** On a narrow screen: the bar below the canvas that opens the palette and the side panel as sheets. */
export const Dock = () => {
  const { store } = useEditorContext();
  const sheet = useEditor((s) => s.sheet);
  const tab = useEditor((s) => s.sideTab);
  const readOnly = useEditor((s) => s.readOnly ?? false);
  const exercise = useEditor((s) => s.origin.exercise);
  const open = useReview().findings.filter((f) => !f.suppressed).length;
  const isOpen = (s: EditorState["sheet"], t?: SideTab) => sheet === s && (!t || tab === t);
  const toggle = (s: NonNullable<EditorState["sheet"]>, t?: SideTab) => () =>
    store.set(isOpen(s, t) ? { sheet: undefined } : { sheet: s, ...(t ? { sideTab: t } : {}) });
  return (
    <nav className="dock" aria-label="Panels" data-region="dock">
      {readOnly ? null : (
        <button type="button" aria-expanded={isOpen("palette")} aria-controls="panel-palette" onClick={toggle("palette")}>
          <span aria-hidden="true">+</span> Add a part
        </button>
      )}
      {exercise ? (
        <button type="button" aria-expanded={isOpen("side", "exercise")} aria-controls="panel-side" onClick={toggle("side", "exercise")}>
          Exercise
        </button>
      ) : null}
      <button type="button" aria-expanded={isOpen("side", "inspector")} aria-controls="panel-side" onClick={toggle("side", "inspector")}>
        Inspector
      </button>
      <button type="button" aria-expanded={isOpen("side", "review")} aria-controls="panel-side" onClick={toggle("side", "review")}>
        Review <span className={open ? "tab-count" : "tab-count is-zero"}>{open}</span>
        <span className="sr-only"> open finding{open === 1 ? "" : "s"}</span>
      </button>
    </nav>
  );
};
