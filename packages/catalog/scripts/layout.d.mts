export interface LayoutReport {
  /** Files under documents/ whose stored positions were rewritten. */
  written: string[];
  unchanged: string[];
  /** Files changed by someone else while their layout ran; left alone. */
  skipped: string[];
  /** Scene check failures ("file: problem"). */
  problems: string[];
}
/** Lays out the documents (all when no ids), with layout()'s direction and target when given. */
export function layoutDocuments(
  ids?: string[],
  options?: { direction?: "rows" | "right" | "down"; target?: string },
): Promise<LayoutReport>;
