import { type Finding, review } from "@mlsd/core/review";
import { createContext, type ReactNode, useContext, useDeferredValue, useMemo } from "react";
import { useEditor } from "./context.js";

interface ReviewValue {
  findings: readonly Finding[];
  /** Set when the rules themselves failed: the panel says so instead of the editor crashing. */
  error?: string;
  /** Open (not suppressed) findings per node id, for the badges on the canvas. */
  perNode: ReadonlyMap<string, number>;
}

const EMPTY: ReviewValue = { findings: [], perNode: new Map() };
const ReviewContext = createContext<ReviewValue>(EMPTY);

/**
 * Runs core's review rules on the design as it changes. The input is deferred, so on a
 * large design typing stays smooth and the review catches up a moment later.
 */
export const ReviewProvider = ({ children }: { children: ReactNode }) => {
  const doc = useDeferredValue(useEditor((s) => s.history.present));
  const value = useMemo((): ReviewValue => {
    let findings: Finding[];
    try {
      findings = review(doc);
    } catch (e) {
      return { ...EMPTY, error: e instanceof Error ? e.message : String(e) };
    }
    const perNode = new Map<string, number>();
    for (const f of findings) if (!f.suppressed) for (const id of new Set(f.nodes)) perNode.set(id, (perNode.get(id) ?? 0) + 1);
    return { findings, perNode };
  }, [doc]);
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
};

export const useReview = () => useContext(ReviewContext);
