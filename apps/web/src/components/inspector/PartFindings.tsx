import type { NodeId } from "@mlsd/core";
import { useEffect, useRef } from "react";
import { useEditor } from "../../state/context.js";
import { useReview } from "../../state/review.js";
import { FindingItem } from "./FindingItem.js";

/** The review's open findings on one part, where the user looks: in its inspector, with why and how to fix. */
export const PartFindings = ({ id }: { id: NodeId }) => {
  const { findings } = useReview();
  const mine = findings.filter((f) => !f.suppressed && f.nodes.includes(id));
  const showAt = useEditor((s) => s.showFindingsAt);
  const heading = useRef<HTMLHeadingElement>(null);
  // The badge on a part asked for these: bring them into view.
  useEffect(() => {
    if (showAt) heading.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [showAt]);
  if (!mine.length) return null;
  return (
    <section className="part-findings" aria-labelledby={`findings-${id}`}>
      <h3 id={`findings-${id}`} ref={heading} className="review-group">
        Review findings ({mine.length})
      </h3>
      <ul className="findings">
        {mine.map((f) => (
          <FindingItem key={`${f.rule}:${f.nodes.join(",")}:${f.message}`} finding={f} inPlace />
        ))}
      </ul>
    </section>
  );
};
