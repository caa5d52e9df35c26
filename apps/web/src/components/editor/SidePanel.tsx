import type { ReactNode } from "react";
import { useEditor, useEditorContext } from "../../state/context.js";
import type { SideTab } from "../../state/editor.js";
import { useReview } from "../../state/review.js";

/** The right-hand panel: the inspector, and the review panel with the number of open findings on its tab. */
export const SidePanel = ({ inspector, review }: { inspector: ReactNode; review?: ReactNode }) => {
  const { store } = useEditorContext();
  const tab = useEditor((s) => s.sideTab);
  const open = useReview().findings.filter((f) => !f.suppressed).length;
  const pick = (sideTab: SideTab) => () => store.set({ sideTab });
  return (
    <aside className="side-panel" aria-label="Details">
      {review ? (
        <div className="tabs" role="tablist" aria-label="Panels">
          <button type="button" role="tab" aria-selected={tab === "inspector"} onClick={pick("inspector")}>
            Inspector
          </button>
          <button type="button" role="tab" aria-selected={tab === "review"} onClick={pick("review")}>
            Review
            <span className={open ? "tab-count" : "tab-count is-zero"}>{open}</span>
            <span className="sr-only"> open finding{open === 1 ? "" : "s"}</span>
          </button>
        </div>
      ) : null}
      <div className="side-panel-body">{tab === "review" && review ? review : inspector}</div>
    </aside>
  );
};
