/** A coordinate with at most two decimals and no "-0", so output is short and stable. */
export const num = (v: number): string => {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
};

/** An id fragment safe inside `id` and `url(#…)`. */
export const idSafe = (value: string): string => value.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 60);
