import { type ReactNode, useState } from "react";

/**
 * The right-hand panel: the inspector, and room for the review panel (it lands when core's
 * review rules do; see CONTEXT.md).
 */
export const SidePanel = ({ inspector, review }: { inspector: ReactNode; review?: ReactNode }) => {
  const [tab, setTab] = useState<"inspector" | "review">("inspector");
  return (
    <aside className="side-panel" aria-label="Details">
      {review ? (
        <div className="tabs" role="tablist" aria-label="Panels">
          <button type="button" role="tab" aria-selected={tab === "inspector"} onClick={() => setTab("inspector")}>
            Inspector
          </button>
          <button type="button" role="tab" aria-selected={tab === "review"} onClick={() => setTab("review")}>
            Review
          </button>
        </div>
      ) : null}
      <div className="side-panel-body">{tab === "review" && review ? review : inspector}</div>
    </aside>
  );
};
