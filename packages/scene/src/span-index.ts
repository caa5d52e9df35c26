/**
 * Items with an open span (lo, hi) along one axis (hi > lo), sorted by lo, for the two
 * questions a router asks over and over: which spans overlap a stretch, and does any span
 * meet a closed stretch [from, to]. Built once per drawing instead of scanning every box
 * per edge (which made the simple router quadratic on large designs).
 */
export class SpanIndex<T> {
  private readonly items: T[];
  private readonly los: Float64Array;
  private readonly his: Float64Array;
  /** Largest hi among the first k + 1 items. */
  private readonly reach: Float64Array;
  private readonly longest: number;

  constructor(items: readonly T[], lo: (item: T) => number, hi: (item: T) => number) {
    const sorted = items.map((item) => ({ item, lo: lo(item), hi: hi(item) })).sort((a, b) => a.lo - b.lo);
    this.items = sorted.map((s) => s.item);
    this.los = Float64Array.from(sorted, (s) => s.lo);
    this.his = Float64Array.from(sorted, (s) => s.hi);
    this.reach = new Float64Array(sorted.length);
    let reach = -Infinity;
    let longest = 0;
    sorted.forEach((s, k) => {
      reach = Math.max(reach, s.hi);
      this.reach[k] = reach;
      longest = Math.max(longest, s.hi - s.lo);
    });
    this.longest = longest;
  }

  get size(): number {
    return this.items.length;
  }

  /** How many items have lo < v. */
  private below(v: number): number {
    const { los } = this;
    let a = 0;
    let b = los.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if ((los[m] as number) < v) a = m + 1;
      else b = m;
    }
    return a;
  }

  /** Whether some span (lo, hi) meets the closed stretch [from, to]: lo < to and hi > from. A point is [v, v]. */
  meets(from: number, to: number): boolean {
    const k = this.below(to);
    return k > 0 && (this.reach[k - 1] as number) > from;
  }

  /** The items whose span overlaps (from, to): lo < to and hi > from, in order of lo. */
  overlapping(from: number, to: number): T[] {
    const out: T[] = [];
    // Any such item starts after from - longest; one px of slack keeps rounding out of it.
    const end = this.below(to);
    for (let k = this.below(from - this.longest - 1); k < end; k++) if ((this.his[k] as number) > from) out.push(this.items[k] as T);
    return out;
  }
}
