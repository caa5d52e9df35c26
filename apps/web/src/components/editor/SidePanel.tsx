import { type ReactNode, useState } from "react";

/**
 * The right-hand panel: the inspector, the review panel and, in exercise mode, the
 * exercise (it opens on that tab).
 */
export const SidePanel = ({ inspector, review, exercise }: { inspector: ReactNode; review?: ReactNode; exercise?: ReactNode }) => {
  const [tab, setTab] = useState<"inspector" | "review" | "exercise">(exercise ? "exercise" : "inspector");
  const body = tab === "review" && review ? review : tab === "exercise" && exercise ? exercise : inspector;
  return (
    <aside className="side-panel" aria-label="Details">
      {review || exercise ? (
        <div className="tabs" role="tablist" aria-label="Panels">
          {exercise ? (
            <button type="button" role="tab" aria-selected={tab === "exercise"} onClick={() => setTab("exercise")}>
              Exercise
            </button>
          ) : null}
          <button type="button" role="tab" aria-selected={tab === "inspector"} onClick={() => setTab("inspector")}>
            Inspector
          </button>
          {review ? (
            <button type="button" role="tab" aria-selected={tab === "review"} onClick={() => setTab("review")}>
              Review
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="side-panel-body">{body}</div>
    </aside>
  );
};
