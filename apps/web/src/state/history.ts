/**
 * Undo history as a list of immutable documents. Consecutive edits that share a
 * `coalesce` key (typing in one field) merge into one step, so undo goes back a word
 * rather than a letter.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Key and time of the last push, for coalescing. */
  readonly lastKey?: string;
  readonly lastAt?: number;
}

export const HISTORY_LIMIT = 200;
const COALESCE_MS = 1500;

export const createHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

export const push = <T>(h: History<T>, next: T, coalesce?: string, now = Date.now()): History<T> => {
  if (next === h.present) return h;
  if (coalesce && h.lastKey === coalesce && h.lastAt !== undefined && now - h.lastAt < COALESCE_MS && h.past.length > 0)
    return { ...h, present: next, future: [], lastAt: now };
  const past = [...h.past, h.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present: next, future: [], ...(coalesce ? { lastKey: coalesce, lastAt: now } : {}) };
};

export const undo = <T>(h: History<T>): History<T> => {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
};

export const redo = <T>(h: History<T>): History<T> => {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
};

export const canUndo = (h: History<unknown>) => h.past.length > 0;
export const canRedo = (h: History<unknown>) => h.future.length > 0;
