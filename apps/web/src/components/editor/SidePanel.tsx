import type { ReactNode } from "react";
import { useEditor, useEditorContext } from "../../state/context.js";
import type { SideTab } from "../../state/editor.js";
import { useReview } from "../../state/review.js";

/**
 * The right-hand panel: the inspector, the review panel with the number of open findings on
 * its tab and, in exercise mode, the exercise (the panel opens on that tab).
 */
export const SidePanel = ({ inspector, review, exercise }: { inspector: ReactNode; review?: ReactNode; exercise?: ReactNode }) => {
  const { store } = useEditorContext();
  const tab = useEditor((s) => s.sideTab);
  const open = useReview().findings.filter((f) => !f.suppressed).length;
  const pick = (sideTab: SideTab) => () => store.set({ sideTab });
  const body = tab === "review" && review ? review : tab === "exercise" && exercise ? exercise : inspector;
  return (
    <aside className="side-panel" aria-label="Details">
      {review || exercise ? (
        <div className="tabs" role="tablist" aria-label="Panels">
          {exercise ? (
            <button type="button" role="tab" aria-selected={tab === "exercise"} onClick={pick("exercise")}>
              Exercise
            </button>
          ) : null}
          <button type="button" role="tab" aria-selected={tab === "inspector"} onClick={pick("inspector")}>
            Inspector
          </button>
          {review ? (
            <button type="button" role="tab" aria-selected={tab === "review"} onClick={pick("review")}>
              Review
              <span className={open ? "tab-count" : "tab-count is-zero"}>{open}</span>
              <span className="sr-only"> open finding{open === 1 ? "" : "s"}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="side-panel-body">{body}</div>
    </aside>
  );
};
