export interface LayoutReport {
  /** Files under documents/ whose stored positions were rewritten. */
  written: string[];
  unchanged: string[];
  /** Files changed by someone else while their layout ran; left alone. */
  skipped: string[];
  /** Scene check failures ("file: problem"). */
  problems: string[];
}
export function layoutDocuments(ids?: string[]): Promise<LayoutReport>;
