import type { Point } from "@mlsd/core";
import { FRAME_METRICS as F } from "./frames.js";
import { blocked, flip, flipPoint, mid } from "./geometry.js";
import type { Direction, Rect } from "./types.js";

/**
 * A forward route around the boxes in between: out of the source into the gap after its
 * column, along the free horizontal corridor nearest to both ends, into the gap before the
 * target's column and in. Null when no such corridor is free.
 */
const corridor = (s: Rect, t: Rect, between: readonly Rect[], all: readonly Rect[], scy: number, tcy: number): Point[] | null => {
  const column = (r: Rect) => all.filter((o) => o.x < r.x + r.width && o.x + o.width > r.x);
  const x0 = Math.max(s.x + s.width, ...column(s).map((o) => o.x + o.width)) + F.stub;
  const x1 = Math.min(t.x, ...column(t).map((o) => o.x)) - F.stub;
  if (x1 <= x0) return null;
  const ys = [scy, tcy, ...between.flatMap((b) => [b.y - F.stub, b.y + b.height + F.stub])];
  ys.sort((a, b) => Math.abs(a - scy) + Math.abs(a - tcy) - (Math.abs(b - scy) + Math.abs(b - tcy)) || a - b);
  for (const y of ys) {
    const route = [
      { x: s.x + s.width, y: scy },
      { x: x0, y: scy },
      { x: x0, y },
      { x: x1, y },
      { x: x1, y: tcy },
      { x: t.x, y: tcy },
    ].filter((p, i, list) => i === 0 || p.x !== list[i - 1]?.x || p.y !== list[i - 1]?.y);
    const straight = route.filter((p, i, list) => {
      const a = list[i - 1];
      const b = list[i + 1];
      return !a || !b || !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
    });
    if (!blocked(straight, between)) return straight;
  }
  return null;
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
const routeRight = (s: Rect, t: Rect, others: readonly Rect[], ports: EdgePorts = {}): Point[] => {
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
    const between = others.filter((o) => o !== s && o !== t && o.x < t.x && o.x + o.width > sx1);
    if (!blocked(simple, between)) return simple;
    return corridor(s, t, between, others, scy, tcy) ?? simple;
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
 * Routes one edge between two boxes in the given direction with the simple router. Given
 * the other boxes, a forward route that would cross one takes a free corridor instead.
 * @internal
 */
export const routeEdge = (
  source: Rect,
  target: Rect,
  direction: Direction,
  others: readonly Rect[] = [],
  ports: EdgePorts = {},
): Point[] => {
  // "rows": to a box further right as in "right", else down as in "down".
  if (direction === "right" || (direction === "rows" && target.x >= source.x + source.width + 2 * F.stub))
    return routeRight(source, target, others, ports);
  const index = new Map<Rect, Rect>(others.map((o) => [o, flip(o)]));
  const local = (r: Rect) => index.get(r) ?? flip(r);
  return routeRight(local(source), local(target), [...index.values()], ports).map(flipPoint);
};
