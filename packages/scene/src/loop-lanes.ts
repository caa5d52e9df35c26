import { compareStages, type DesignEdge, type DesignNode, type Point } from "@mlsd/core";
import { FRAME_METRICS as F } from "./frames.js";
import { flip, flipPoint } from "./geometry.js";
import { edgeLabelBox, labelledEdge } from "./labels.js";
import { estimateTextWidth, NODE_METRICS } from "./text-metrics.js";
import type { Direction, Rect, SceneEdge, SceneNode } from "./types.js";

// Feedback loops (back edges) run around the whole drawing on lanes of their own.

/** Whether an edge is drawn as a back edge: a feedback edge or one pointing to an earlier stage. */
export const isBackEdge = (edge: Pick<DesignEdge, "kind">, source: Pick<DesignNode, "stage">, target: Pick<DesignNode, "stage">) =>
  edge.kind === "feedback" || compareStages(target.stage, source.stage) < 0;

/**
 * Splits edges into forward ones and back ones (see `isBackEdge`); self-loops count as forward.
 * @internal
 */
export const splitBackEdges = (nodes: readonly Pick<DesignNode, "id" | "stage">[], edges: readonly DesignEdge[]) => {
  const stage = new Map(nodes.map((n) => [n.id as string, n]));
  const forward: DesignEdge[] = [];
  const back: DesignEdge[] = [];
  for (const e of edges) {
    const s = stage.get(e.source);
    const t = stage.get(e.target);
    (s && t && e.source !== e.target && isBackEdge(e, s, t) ? back : forward).push(e);
  }
  return { forward, back };
};

interface Seg {
  a: Point;
  b: Point;
}
const segments = (points: readonly Point[]): Seg[] => points.slice(1).map((b, i) => ({ a: points[i] as Point, b }));
const between = (v: number, p: number, q: number) => v > Math.min(p, q) && v < Math.max(p, q);
/** Index of the first item whose key is above `value` (items sorted by key). */
const firstAbove = (items: readonly Seg[], key: (g: Seg) => number, value: number): number => {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (key(items[m] as Seg) <= value) lo = m + 1;
    else hi = m;
  }
  return lo;
};
const atX = (g: Seg) => g.a.x;
const atY = (g: Seg) => g.a.y;

/**
 * Orthogonal segments, horizontal ones sorted by y and vertical ones by x, so counting the
 * crossings of a route scans only the segments in its range.
 */
class SegmentSet {
  readonly horizontal: Seg[] = [];
  readonly vertical: Seg[] = [];
  add(segs: readonly Seg[]) {
    for (const g of segs) {
      if (g.a.y === g.b.y && g.a.x !== g.b.x) this.horizontal.splice(firstAbove(this.horizontal, atY, g.a.y), 0, g);
      else if (g.a.x === g.b.x && g.a.y !== g.b.y) this.vertical.splice(firstAbove(this.vertical, atX, g.a.x), 0, g);
    }
  }
  /** Proper crossings between one orthogonal route and the set. */
  crossings(route: readonly Point[]): number {
    let count = 0;
    for (const g of segments(route)) {
      const horizontal = g.a.y === g.b.y;
      const list = horizontal ? this.vertical : this.horizontal;
      const key = horizontal ? atX : atY;
      const lo = horizontal ? Math.min(g.a.x, g.b.x) : Math.min(g.a.y, g.b.y);
      const hi = horizontal ? Math.max(g.a.x, g.b.x) : Math.max(g.a.y, g.b.y);
      for (let i = firstAbove(list, key, lo); i < list.length && key(list[i] as Seg) < hi; i++) {
        const o = list[i] as Seg;
        if (horizontal ? between(g.a.y, o.a.y, o.b.y) : between(g.a.x, o.a.x, o.b.x)) count++;
      }
    }
    return count;
  }
}

/**
 * Routes back edges (feedback, or pointing to an earlier stage) around the drawing, below or
 * above every box, whichever crosses fewer of the routes already drawn (`obstacles`, the
 * forward routes). A route leaves its source through the border facing its lane when no
 * box lies between (else out of its far side and through the gap after its column), runs
 * along a lane of its own, and enters its target the same way. Loops whose spans do not
 * overlap share a lane; shorter loops are placed first, so a loop runs outside the loops
 * it encloses and nested loops do not cross.
 * @internal
 */
export const routeBackEdges = (
  nodes: readonly SceneNode[],
  edges: readonly DesignEdge[],
  direction: Direction,
  obstacles: readonly (readonly Point[])[] = [],
): SceneEdge[] => {
  const right = direction === "right";
  const local = (r: Rect) => (right ? r : flip(r));
  const boxes = new Map(nodes.map((n) => [n.id as string, local(n)]));
  const all = [...boxes.values()];
  const drawn = new SegmentSet();
  for (const route of obstacles) drawn.add(segments(right ? route : route.map(flipPoint)));
  const sameColumn = (o: Rect, r: Rect) => o.x < r.x + r.width && o.x + o.width > r.x;
  const columnEnd = (r: Rect) => Math.max(...all.filter((o) => sameColumn(o, r)).map((o) => o.x + o.width));
  const columnStart = (r: Rect) => Math.min(...all.filter((o) => sameColumn(o, r)).map((o) => o.x));
  let crossLo = Infinity;
  let crossHi = -Infinity;
  for (const r of all) [crossLo, crossHi] = [Math.min(crossLo, r.y), Math.max(crossHi, r.y + r.height)];
  for (const d of [...drawn.horizontal, ...drawn.vertical])
    [crossLo, crossHi] = [Math.min(crossLo, d.a.y, d.b.y), Math.max(crossHi, d.a.y, d.b.y)];
  if (crossLo > crossHi) [crossLo, crossHi] = [0, 0];
  const edgeOf = { 1: crossHi + F.laneStart, [-1]: crossLo - F.laneStart };
  type Side = 1 | -1;
  // Nothing between a box and its lane: leave through the border that faces the lane.
  const open = (r: Rect, side: Side) =>
    !all.some((o) => o !== r && sameColumn(o, r) && (side > 0 ? o.y >= r.y + r.height : o.y + o.height <= r.y));
  const used = new Map<string, number>();
  const peek = (key: string) => used.get(key) ?? 0;
  const take = (key: string) => used.set(key, peek(key) + 1);

  const labelHeight = NODE_METRICS.edgeLabelSize + 6;
  const lanes: Record<Side, { spans: [number, number][]; labelled: boolean }[]> = { 1: [], [-1]: [] };
  const laneHeight = (l: { labelled: boolean }) => (l.labelled ? labelHeight + 4 : F.lane);
  const laneAt = (side: Side, k: number, labelled: boolean) => {
    let offset = 0;
    for (let j = 0; j < k; j++) offset += laneHeight(lanes[side][j] as { labelled: boolean });
    const own = labelled || lanes[side][k]?.labelled ? labelHeight / 2 : 0;
    return edgeOf[side] + side * (offset + own);
  };

  interface Plan {
    side: Side;
    lane: number;
    head: Point[];
    tail: Point[];
    keys: string[];
  }
  const plan = (e: DesignEdge, s: Rect, t: Rect, side: Side, lo: number, hi: number, pad: number): Plan => {
    const keys: string[] = [];
    const slot = (key: string) => {
      keys.push(key);
      return peek(key);
    };
    const face = (r: Rect) => (side > 0 ? r.y + r.height : r.y);
    const near = (r: Rect, key: string) => (side > 0 ? r.y + r.height - 8 : r.y + 8) - side * 6 * slot(key);
    let head: Point[];
    if (open(s, side)) head = [{ x: Math.min(s.x + s.width - 6, s.x + s.width / 2 + 8 + 12 * slot(`o${side}${e.source}`)), y: face(s) }];
    else {
      const y = near(s, `so${side}${e.source}`);
      const end = columnEnd(s);
      head = [
        { x: s.x + s.width, y },
        { x: end + F.stub + 8 * slot(`x${end}`), y },
      ];
    }
    let tail: Point[];
    if (open(t, side)) tail = [{ x: Math.max(t.x + 6, t.x + t.width / 2 - 8 - 12 * slot(`i${side}${e.target}`)), y: face(t) }];
    else {
      const y = near(t, `si${side}${e.target}`);
      const start = columnStart(t);
      tail = [
        { x: start - F.stub - 8 * slot(`x${start}`), y },
        { x: t.x, y },
      ];
    }
    let lane = lanes[side].findIndex((l) => l.spans.every(([a, b]) => hi + pad < a || lo - pad > b));
    if (lane < 0) lane = lanes[side].length;
    return { side, lane, head, tail, keys };
  };
  const pointsOf = (p: Plan, at: number): Point[] => {
    const down = p.head[p.head.length - 1] as Point;
    const up = p.tail[0] as Point;
    return [...p.head, { x: down.x, y: at }, { x: up.x, y: at }, ...p.tail];
  };

  const order = edges
    .map((e, i) => ({ e, i, s: boxes.get(e.source), t: boxes.get(e.target) }))
    .filter((x): x is { e: DesignEdge; i: number; s: Rect; t: Rect } => !!x.s && !!x.t)
    .sort((a, b) => Math.abs(a.s.x - a.t.x) - Math.abs(b.s.x - b.t.x) || a.i - b.i);
  const chosen = new Map<number, Plan>();
  for (const { e, i, s, t } of order) {
    const lo = Math.min(s.x, t.x) - 2 * F.stub;
    const hi = Math.max(s.x + s.width, t.x + t.width) + 2 * F.stub;
    const pad = e.label ? estimateTextWidth(e.label, NODE_METRICS.edgeLabelSize) : 0;
    const candidates = ([1, -1] as Side[]).map((side) => {
      const p = plan(e, s, t, side, lo, hi, pad);
      return { p, cost: drawn.crossings(pointsOf(p, laneAt(side, p.lane, !!e.label))) };
    });
    const best =
      (candidates[1] as (typeof candidates)[number]).cost < (candidates[0] as (typeof candidates)[number]).cost
        ? candidates[1]
        : candidates[0];
    const p = (best as (typeof candidates)[number]).p;
    for (const key of p.keys) take(key);
    const lane = lanes[p.side][p.lane] ?? { spans: [], labelled: false };
    lanes[p.side][p.lane] = lane;
    lane.spans.push([lo, hi]);
    lane.labelled ||= !!e.label;
    drawn.add(segments(pointsOf(p, laneAt(p.side, p.lane, !!e.label))));
    chosen.set(i, p);
  }
  // Lane positions are final only now that every lane knows whether it carries a label.
  return edges.flatMap((e, i) => {
    const p = chosen.get(i);
    if (!p) return [];
    const points = pointsOf(p, laneAt(p.side, p.lane, false));
    const edge = labelledEdge(e, right ? points : points.map(flipPoint));
    // A loop's label sits on its lane, where room was kept for it.
    if (e.label) edge.labelBox = edgeLabelBox(e.label, edge.points.slice(p.head.length, p.head.length + 2));
    return [edge];
  });
};
