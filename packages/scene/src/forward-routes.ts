import type { Point } from "@mlsd/core";
import { FRAME_METRICS as F } from "./frames.js";
import { blocked, flip, flipPoint, mid } from "./geometry.js";
import { SpanIndex } from "./span-index.js";
import type { Direction, Rect } from "./types.js";

/** The boxes to route around, by their span along x ("right" coordinates). */
type BoxIndex = SpanIndex<Rect>;

const xSpans = (boxes: readonly Rect[]): BoxIndex =>
  new SpanIndex(
    boxes,
    (b) => b.x,
    (b) => b.x + b.width,
  );

/** Spans of boxes along y, for asking whether a vertical or horizontal stretch meets one. */
const ySpans = (boxes: readonly Rect[]) =>
  new SpanIndex(
    boxes,
    (b) => b.y,
    (b) => b.y + b.height,
  );

/**
 * A forward route around the boxes in between: out of the source into the gap after its
 * column, along the free horizontal corridor nearest to both ends, into the gap before the
 * target's column and in. Null when no such corridor is free.
 *
 * Each try at level y is the polyline (sx1, scy) → (x0, scy) → (x0, y) → (x1, y) → (x1, tcy)
 * → (tx, tcy); it is blocked when one of its five stretches meets the inside of a box in
 * between. The first and last stretch do not depend on y; the other three are asked of
 * span indexes, so each try costs a logarithm, not a pass over the boxes (and no sort).
 */
const corridor = (s: Rect, t: Rect, between: readonly Rect[], boxes: BoxIndex, scy: number, tcy: number): Point[] | null => {
  const x0 = Math.max(s.x + s.width, ...boxes.overlapping(s.x, s.x + s.width).map((o) => o.x + o.width)) + F.stub;
  const x1 = Math.min(t.x, ...boxes.overlapping(t.x, t.x + t.width).map((o) => o.x)) - F.stub;
  if (x1 <= x0) return null;
  const sx1 = s.x + s.width;
  if (
    blocked(
      [
        { x: sx1, y: scy },
        { x: x0, y: scy },
      ],
      between,
    ) ||
    blocked(
      [
        { x: x1, y: tcy },
        { x: t.x, y: tcy },
      ],
      between,
    )
  )
    return null;
  // Boxes a vertical at x0 or x1 would pass through, and boxes across the stretch from x0 to x1.
  const atX0 = ySpans(between.filter((b) => b.x < x0 && b.x + b.width > x0));
  const atX1 = ySpans(between.filter((b) => b.x < x1 && b.x + b.width > x1));
  const across = ySpans(between.filter((b) => b.x < x1 && b.x + b.width > x0));
  // The free level nearest to both ends (on a tie, the smaller y): levels at both ends and just
  // outside every box in between.
  const key = (y: number) => Math.abs(y - scy) + Math.abs(y - tcy);
  let y = Number.NaN;
  let best = Infinity;
  const consider = (v: number) => {
    const k = key(v);
    if (k > best || (k === best && v >= y)) return;
    if (across.meets(v, v) || atX0.meets(Math.min(scy, v), Math.max(scy, v)) || atX1.meets(Math.min(v, tcy), Math.max(v, tcy))) return;
    [best, y] = [k, v];
  };
  consider(scy);
  consider(tcy);
  for (const b of between) {
    consider(b.y - F.stub);
    consider(b.y + b.height + F.stub);
  }
  if (Number.isNaN(y)) return null;
  const route = [
    { x: sx1, y: scy },
    { x: x0, y: scy },
    { x: x0, y },
    { x: x1, y },
    { x: x1, y: tcy },
    { x: t.x, y: tcy },
  ].filter((p, i, list) => i === 0 || p.x !== list[i - 1]?.x || p.y !== list[i - 1]?.y);
  return route.filter((p, i, list) => {
    const a = list[i - 1];
    const b = list[i + 1];
    return !a || !b || !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
};

/**
 * Where a forward edge leaves its source and enters its target, as a coordinate across the
 * main direction (y for "right", x for "down"); the middle of the side when absent.
 * @internal
 */
export interface EdgePorts {
  source?: number;
  target?: number;
}

/**
 * A simple orthogonal route between two boxes, in "right" coordinates: from the source's
 * far side to the target's near side; boxes that share a column are joined top to bottom.
 */
const routeRight = (s: Rect, t: Rect, boxes: BoxIndex, ports: EdgePorts): Point[] => {
  const sx1 = s.x + s.width;
  const tx1 = t.x + t.width;
  const scy = ports.source ?? s.y + s.height / 2;
  const tcy = ports.target ?? t.y + t.height / 2;
  if (t.x >= sx1 + 2 * F.stub) {
    const lo = Math.max(s.y, t.y);
    const hi = Math.min(s.y + s.height, t.y + t.height);
    const mx = mid(sx1, t.x);
    const given = ports.source !== undefined || ports.target !== undefined;
    const simple: Point[] =
      Math.abs(scy - tcy) < 0.5
        ? [
            { x: sx1, y: scy },
            { x: t.x, y: scy },
          ]
        : !given && hi - lo >= 16
          ? [
              { x: sx1, y: mid(lo, hi) },
              { x: t.x, y: mid(lo, hi) },
            ]
          : [
              { x: sx1, y: scy },
              { x: mx, y: scy },
              { x: mx, y: tcy },
              { x: t.x, y: tcy },
            ];
    const between = boxes.overlapping(sx1, t.x).filter((o) => o !== s && o !== t);
    if (!blocked(simple, between)) return simple;
    return corridor(s, t, between, boxes, scy, tcy) ?? simple;
  }
  const scx = s.x + s.width / 2;
  const tcx = t.x + t.width / 2;
  const below = t.y >= s.y + s.height;
  const above = t.y + t.height <= s.y;
  if (below || above) {
    const y0 = below ? s.y + s.height : s.y;
    const y1 = below ? t.y : t.y + t.height;
    const lo = Math.max(s.x, t.x);
    const hi = Math.min(sx1, tx1);
    if (hi - lo >= 16)
      return [
        { x: mid(lo, hi), y: y0 },
        { x: mid(lo, hi), y: y1 },
      ];
    const my = mid(y0, y1);
    return [
      { x: scx, y: y0 },
      { x: scx, y: my },
      { x: tcx, y: my },
      { x: tcx, y: y1 },
    ];
  }
  // Overlapping boxes, or a box whose target lies behind it: a loop on the right side.
  const x = Math.max(sx1, tx1) + 2 * F.stub;
  return [
    { x: sx1, y: scy - 6 },
    { x, y: scy - 6 },
    { x, y: tcy + 6 },
    { x: tx1, y: tcy + 6 },
  ];
};

/**
 * The simple router for one drawing: routes edges between two boxes in the given direction;
 * a forward route that would cross one of `others` takes a free corridor instead. The boxes
 * are indexed (and flipped, for "down") once, not per edge.
 * @internal
 */
export const forwardRouter = (
  others: readonly Rect[],
  direction: Direction,
): ((source: Rect, target: Rect, ports?: EdgePorts) => Point[]) => {
  let right: BoxIndex | undefined;
  let flipped: { index: BoxIndex; local: Map<Rect, Rect> } | undefined;
  return (source, target, ports = {}) => {
    // "rows": to a box further right as in "right", else down as in "down".
    if (direction === "right" || (direction === "rows" && target.x >= source.x + source.width + 2 * F.stub)) {
      right ??= xSpans(others);
      return routeRight(source, target, right, ports);
    }
    if (!flipped) {
      const local = new Map<Rect, Rect>(others.map((o) => [o, flip(o)]));
      flipped = { index: xSpans([...local.values()]), local };
    }
    const { index, local } = flipped;
    return routeRight(local.get(source) ?? flip(source), local.get(target) ?? flip(target), index, ports).map(flipPoint);
  };
};

/**
 * Routes one edge between two boxes in the given direction with the simple router (see
 * `forwardRouter`, which routes many edges among the same boxes faster).
 * @internal
 */
export const routeEdge = (source: Rect, target: Rect, direction: Direction, others: readonly Rect[] = [], ports: EdgePorts = {}): Point[] =>
  forwardRouter(others, direction)(source, target, ports);
