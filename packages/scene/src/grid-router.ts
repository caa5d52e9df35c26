import type { Point } from "@mlsd/core";
import type { Rect } from "./types.js";

// An orthogonal router for one drawing: A* over a sparse grid whose lines run a margin
// away from every box (and through every port), so a route never enters a box, turns as
// little as it can and crosses as few routes drawn before it as it can.

/** A side of a box. */
export type Side = "top" | "right" | "bottom" | "left";

/**
 * Where a route may leave or enter a box: a side, the coordinate along it (x on top and
 * bottom, y on left and right) and what using it costs (a less natural side costs more).
 * @internal
 */
export interface Port {
  side: Side;
  at: number;
  cost: number;
}

/**
 * Whether a route may move from (ax, ay) to the neighbouring grid point (bx, by).
 * @internal
 */
export type Allow = (ax: number, ay: number, bx: number, by: number) => boolean;

/** @internal */
export interface RouteRequest {
  id: string;
  source: Rect;
  target: Rect;
  exits: readonly Port[];
  entries: readonly Port[];
}

/** @internal */
export interface GridRoute {
  id: string;
  /** Port on the source's border, the corners, port on the target's border. */
  points: Point[];
  exit: Port;
  entry: Port;
}

/** What a route pays, in px of length: per turn, per route crossed, per px run along another route. */
const ROUTE_COSTS = { bend: 28, crossing: 220, overlap: 30 } as const;

const OUT: Record<Side, [number, number]> = { top: [0, -1], bottom: [0, 1], left: [-1, 0], right: [1, 0] };
// Moves: 0 +x, 1 -x, 2 +y, 3 -y.
const dirOf = (dx: number, dy: number) => (dx > 0 ? 0 : dx < 0 ? 1 : dy > 0 ? 2 : 3);

/** The point on a box's side where a port sits. */
export const portPoint = (r: Rect, p: Pick<Port, "side" | "at">): Point => {
  switch (p.side) {
    case "top":
      return { x: p.at, y: r.y };
    case "bottom":
      return { x: p.at, y: r.y + r.height };
    case "left":
      return { x: r.x, y: p.at };
    default:
      return { x: r.x + r.width, y: p.at };
  }
};

/** Sorted distinct values (closer than half a pixel count as one). */
const lines = (values: number[]): number[] => {
  const sorted = values.sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (!out.length || v - (out[out.length - 1] as number) >= 0.5) out.push(v);
  return out;
};

/**
 * Extra lines `spacing` apart wherever two lines are further apart than that, so routes
 * that share a gap each find a line of their own (a lone one runs along its middle).
 */
const fill = (list: readonly number[], spacing: number): number[] => {
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] as number;
    out.push(a);
    const b = list[i + 1];
    if (b === undefined) break;
    const n = Math.floor((b - a) / spacing);
    if (n < 2) {
      if (b - a >= 2 * spacing * 0.75) out.push(Math.round((a + b) / 2));
      continue;
    }
    // n - 1 lines, centred in the gap, plus its middle.
    const start = (a + b) / 2 - ((n - 2) * spacing) / 2;
    for (let k = 0; k < n - 1; k++) out.push(Math.round(start + k * spacing));
  }
  return lines(out);
};

/** Index of `v` in sorted `list` (within half a pixel), else -1. */
const indexOf = (list: readonly number[], v: number): number => {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const m = (lo + hi) >> 1;
    const x = list[m] as number;
    if (Math.abs(x - v) < 0.5) return m;
    if (x < v) lo = m + 1;
    else hi = m - 1;
  }
  return -1;
};

/** First index whose value is ≥ v - 0.25. */
const lowerBound = (list: readonly number[], v: number): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if ((list[m] as number) < v - 0.25) lo = m + 1;
    else hi = m;
  }
  return lo;
};

/**
 * A binary min-heap of state indices keyed by a number, in typed arrays that grow by
 * doubling and are kept between searches (`clear` empties it without freeing them).
 * @internal
 */
export class Heap {
  private keys = new Float64Array(1024);
  private items = new Int32Array(1024);
  private n = 0;
  get size() {
    return this.n;
  }
  clear() {
    this.n = 0;
  }
  push(item: number, key: number) {
    if (this.n === this.items.length) {
      const keys = new Float64Array(2 * this.n);
      const items = new Int32Array(2 * this.n);
      keys.set(this.keys);
      items.set(this.items);
      [this.keys, this.items] = [keys, items];
    }
    const { keys, items } = this;
    let i = this.n++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((keys[p] as number) <= key) break;
      items[i] = items[p] as number;
      keys[i] = keys[p] as number;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }
  peekKey(): number {
    return this.keys[0] as number;
  }
  pop(): number {
    const { keys, items } = this;
    const top = items[0] as number;
    const n = --this.n;
    const lastItem = items[n] as number;
    const lastKey = keys[n] as number;
    if (n) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && (keys[r] as number) < (keys[l] as number) ? r : l;
        if ((keys[c] as number) >= lastKey) break;
        items[i] = items[c] as number;
        keys[i] = keys[c] as number;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}

/** Removes repeated points and the middle one of three collinear points. */
export const simplify = (points: readonly Point[]): Point[] => {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
};

/**
 * A grid over one drawing for routing edges one after the other: lines run `margin` px
 * outside every box, through every given point (ports, lanes) and once around the whole
 * drawing, so a route always exists. `route` finds the cheapest route of a request: length,
 * plus `ROUTE_COSTS` per turn, per crossing of a route committed before and per px run
 * along one; `commit` adds a route for the next ones to avoid. Deterministic.
 * @internal
 */
export class RoutingGrid {
  private readonly xs: number[];
  private readonly ys: number[];
  private readonly nx: number;
  private readonly ny: number;
  private readonly hBlock: Uint8Array;
  private readonly vBlock: Uint8Array;
  private readonly inside: Uint8Array;
  private readonly hUsed: Uint16Array;
  private readonly vUsed: Uint16Array;
  private readonly passH: Uint16Array;
  private readonly passV: Uint16Array;
  private readonly dist: Float64Array;
  private readonly prev: Int32Array;
  private readonly seen: Uint32Array;
  /** Search number that last wrote a state's dist and prev: older values count as unset (no clearing per search). */
  private readonly touched: Uint32Array;
  /** Search number whose goals include a grid point (so most points skip the look-up of goals). */
  private readonly goalAt: Uint32Array;
  private search = 0;
  /** One heap for every search (cleared before each), so a search allocates no arrays. */
  private readonly heap = new Heap();

  constructor(
    boxes: readonly Rect[],
    points: readonly Point[],
    private readonly margin: number,
    spacing = 10,
  ) {
    const xsIn: number[] = [];
    const ysIn: number[] = [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const b of boxes) {
      xsIn.push(b.x - margin, b.x + b.width + margin);
      ysIn.push(b.y - margin, b.y + b.height + margin);
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
    for (const p of points) {
      xsIn.push(p.x);
      ysIn.push(p.y);
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x);
      y1 = Math.max(y1, p.y);
    }
    if (Number.isFinite(x0)) {
      const ring = 3 * margin;
      xsIn.push(x0 - ring, x1 + ring);
      ysIn.push(y0 - ring, y1 + ring);
    }
    const xs = fill(lines(xsIn), spacing);
    const ys = fill(lines(ysIn), spacing);
    const nx = xs.length;
    const ny = ys.length;
    this.xs = xs;
    this.ys = ys;
    this.nx = nx;
    this.ny = ny;
    const size = nx * ny;
    this.hBlock = new Uint8Array(size);
    this.vBlock = new Uint8Array(size);
    this.inside = new Uint8Array(size);
    this.hUsed = new Uint16Array(size);
    this.vUsed = new Uint16Array(size);
    this.passH = new Uint16Array(size);
    this.passV = new Uint16Array(size);
    this.dist = new Float64Array(size * 4);
    this.prev = new Int32Array(size * 4);
    this.seen = new Uint32Array(size * 4);
    this.touched = new Uint32Array(size * 4);
    this.goalAt = new Uint32Array(size);
    // Blocked moves: hBlock[id(i, j)] blocks (i, j) → (i + 1, j); vBlock blocks (i, j) → (i, j + 1).
    for (const b of boxes) {
      const bx0 = b.x - margin;
      const bx1 = b.x + b.width + margin;
      const by0 = b.y - margin;
      const by1 = b.y + b.height + margin;
      const i0 = lowerBound(xs, bx0);
      const j0 = lowerBound(ys, by0);
      for (let j = j0; j < ny && (ys[j] as number) <= by1 + 0.25; j++) {
        const yIn = (ys[j] as number) > by0 + 0.25 && (ys[j] as number) < by1 - 0.25;
        for (let i = i0; i < nx && (xs[i] as number) <= bx1 + 0.25; i++) {
          const xIn = (xs[i] as number) > bx0 + 0.25 && (xs[i] as number) < bx1 - 0.25;
          const id = j * nx + i;
          if (xIn && yIn) this.inside[id] = 1;
          if (yIn && i + 1 < nx && (xs[i + 1] as number) <= bx1 + 0.25) this.hBlock[id] = 1;
          if (xIn && j + 1 < ny && (ys[j + 1] as number) <= by1 + 0.25) this.vBlock[id] = 1;
        }
      }
    }
  }

  /** Adds a route (its points on the grid's lines) for later routes to avoid. */
  commit(points: readonly Point[]): void {
    this.mark(points, 1);
  }

  /** Takes back a committed route (to route its edge again). */
  uncommit(points: readonly Point[]): void {
    this.mark(points, -1);
  }

  private mark(points: readonly Point[], delta: 1 | -1): void {
    const { xs, ys, nx } = this;
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1] as Point;
      const b = points[k] as Point;
      if (a.y === b.y) {
        const j = indexOf(ys, a.y);
        const start = indexOf(xs, Math.min(a.x, b.x));
        const end = indexOf(xs, Math.max(a.x, b.x));
        if (j < 0 || start < 0 || end < 0) continue;
        for (let i = start; i < end; i++) {
          this.hUsed[j * nx + i] = (this.hUsed[j * nx + i] as number) + delta;
          if (i > start) this.passH[j * nx + i] = (this.passH[j * nx + i] as number) + delta;
        }
      } else if (a.x === b.x) {
        const i = indexOf(xs, a.x);
        const start = indexOf(ys, Math.min(a.y, b.y));
        const end = indexOf(ys, Math.max(a.y, b.y));
        if (i < 0 || start < 0 || end < 0) continue;
        for (let j = start; j < end; j++) {
          this.vUsed[j * nx + i] = (this.vUsed[j * nx + i] as number) + delta;
          if (j > start) this.passV[j * nx + i] = (this.passV[j * nx + i] as number) + delta;
        }
      }
    }
  }

  /**
   * The cheapest route of a request (null when none exists), with its cost. `allow`, when
   * given, must accept every move of the route.
   */
  route(r: RouteRequest, allow?: Allow): (GridRoute & { cost: number }) | null {
    const { xs, ys, nx, ny, margin, dist, prev, seen, touched, goalAt, heap, hBlock, vBlock, hUsed, vUsed, passH, passV } = this;
    const { bend, crossing, overlap } = ROUTE_COSTS;
    const now = ++this.search;
    heap.clear();
    const goals = new Map<number, { port: Port; dir: number }[]>();
    let tx = 0;
    let ty = 0;
    for (const e of r.entries) {
      const p = portPoint(r.target, e);
      const [ox, oy] = OUT[e.side];
      const i = indexOf(xs, p.x + ox * margin);
      const j = indexOf(ys, p.y + oy * margin);
      if (i < 0 || j < 0) continue;
      const id = j * nx + i;
      goals.set(id, [...(goals.get(id) ?? []), { port: e, dir: dirOf(-ox, -oy) }]);
      goalAt[id] = now;
      tx = xs[i] as number;
      ty = ys[j] as number;
    }
    const starts = new Map<number, Port>();
    for (const e of r.exits) {
      const p = portPoint(r.source, e);
      const [ox, oy] = OUT[e.side];
      const i = indexOf(xs, p.x + ox * margin);
      const j = indexOf(ys, p.y + oy * margin);
      if (i < 0 || j < 0 || this.inside[j * nx + i]) continue;
      const s = (j * nx + i) * 4 + dirOf(ox, oy);
      if (e.cost < (touched[s] === now ? (dist[s] as number) : Infinity)) {
        dist[s] = e.cost;
        prev[s] = -1;
        touched[s] = now;
        starts.set(s, e);
        heap.push(s, e.cost + (Math.abs((xs[i] as number) - tx) + Math.abs((ys[j] as number) - ty)));
      }
    }
    let best = Infinity;
    let bestState = -1;
    let bestEntry: Port | undefined;
    while (heap.size && heap.peekKey() < best) {
      const s = heap.pop();
      if (seen[s] === now) continue;
      seen[s] = now;
      const d = s & 3;
      const pid = s >> 2;
      const i = pid % nx;
      const j = (pid - i) / nx;
      const g = dist[s] as number;
      const goal = goalAt[pid] === now && goals.get(pid);
      if (goal)
        for (const { port, dir } of goal) {
          if ((d ^ 1) === dir) continue; // it would have to turn back on itself
          const total = g + port.cost + (d === dir ? 0 : bend);
          if (total < best) [best, bestState, bestEntry] = [total, s, port];
        }
      const x = xs[i] as number;
      const y = ys[j] as number;
      for (let nd = 0; nd < 4; nd++) {
        if ((nd ^ 1) === d) continue;
        let ni = i;
        let nj = j;
        let edge: number;
        let len: number;
        let used: number;
        let pass: number;
        // Moves: 0 +x, 1 -x, 2 +y, 3 -y.
        if (nd < 2) {
          ni = nd === 0 ? i + 1 : i - 1;
          if (ni < 0 || ni >= nx) continue;
          edge = j * nx + (nd === 0 ? i : ni);
          if (hBlock[edge]) continue;
          const nxv = xs[ni] as number;
          if (allow && !allow(x, y, nxv, y)) continue;
          len = Math.abs(nxv - x);
          used = hUsed[edge] as number;
          pass = passV[j * nx + ni] as number;
        } else {
          nj = nd === 2 ? j + 1 : j - 1;
          if (nj < 0 || nj >= ny) continue;
          edge = (nd === 2 ? j : nj) * nx + i;
          if (vBlock[edge]) continue;
          const nyv = ys[nj] as number;
          if (allow && !allow(x, y, x, nyv)) continue;
          len = Math.abs(nyv - y);
          used = vUsed[edge] as number;
          pass = passH[nj * nx + i] as number;
        }
        const npid = nj * nx + ni;
        let cost = len + (nd === d ? 0 : bend);
        if (used) cost += overlap * len * used;
        // Passing a point that a committed route passes the other way: a crossing.
        cost += crossing * pass;
        const ns = npid * 4 + nd;
        const ng = g + cost;
        if (ng < (touched[ns] === now ? (dist[ns] as number) : Infinity)) {
          dist[ns] = ng;
          prev[ns] = s;
          touched[ns] = now;
          heap.push(ns, ng + (Math.abs((xs[ni] as number) - tx) + Math.abs((ys[nj] as number) - ty)));
        }
      }
    }
    if (bestState < 0 || !bestEntry) return null;
    const corners: Point[] = [];
    let s = bestState;
    let first = s;
    while (s >= 0) {
      const pid = s >> 2;
      const i = pid % nx;
      corners.push({ x: xs[i] as number, y: ys[(pid - i) / nx] as number });
      first = s;
      s = prev[s] as number;
    }
    corners.reverse();
    const exit = starts.get(first) as Port;
    const points = simplify([portPoint(r.source, exit), ...corners, portPoint(r.target, bestEntry)]);
    return { id: r.id, points, exit, entry: bestEntry, cost: best };
  }
}

/** Every port point of the requests: the grid needs a line through each. */
export const portPoints = (requests: readonly RouteRequest[]): Point[] =>
  requests.flatMap((r) => [...r.exits.map((e) => portPoint(r.source, e)), ...r.entries.map((e) => portPoint(r.target, e))]);
