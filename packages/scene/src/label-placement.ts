import type { Point } from "@mlsd/core";
import { intersects } from "./geometry.js";
import { estimateTextWidth, NODE_METRICS } from "./text-metrics.js";
import type { Rect, SceneEdge } from "./types.js";

/**
 * The size of an edge label's box (text plus padding), as every renderer draws it.
 * @internal
 */
export const labelSize = (label: string): { width: number; height: number } => ({
  width: Math.ceil(estimateTextWidth(label, NODE_METRICS.edgeLabelSize) + 8),
  height: NODE_METRICS.edgeLabelSize + 6,
});

/** Room kept between a label and a box or another label. */
const GAP = 2;
const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** How many segments of the routes run through the inside of a box. */
const linesUnder = (box: Rect, routes: readonly (readonly Point[])[]): number => {
  let n = 0;
  for (const points of routes)
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as Point;
      const b = points[i] as Point;
      if (
        Math.max(a.x, b.x) > box.x &&
        Math.min(a.x, b.x) < box.x + box.width &&
        Math.max(a.y, b.y) > box.y &&
        Math.min(a.y, b.y) < box.y + box.height
      )
        n++;
    }
  return n;
};

interface Spot {
  box: Rect;
  cost: number;
}

/** Where a label may go on a route: centred on a segment, at its middle or towards either end, only where it fits. */
const spotsOn = (points: readonly Point[], size: { width: number; height: number }): Spot[] => {
  const out: Spot[] = [];
  const total = points
    .slice(1)
    .reduce((sum, b, i) => sum + Math.abs(b.x - (points[i] as Point).x) + Math.abs(b.y - (points[i] as Point).y), 0);
  let along = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const horizontal = a.y === b.y;
    const len = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    const need = horizontal ? size.width + 8 : size.height + 10;
    if (len >= need) {
      for (const f of [0.5, 0.35, 0.65, 0.2, 0.8]) {
        // Keep the whole label on the segment.
        const half = need / 2;
        const t = Math.min(len - half, Math.max(half, len * f));
        const c = { x: a.x + ((b.x - a.x) * t) / len, y: a.y + ((b.y - a.y) * t) / len };
        const box = {
          x: Math.round(c.x - size.width / 2),
          y: Math.round(c.y - size.height / 2),
          width: size.width,
          height: size.height,
        };
        // Horizontal runs read best; then the middle of the route; then long segments.
        const middle = Math.abs((along + t) / Math.max(1, total) - 0.5);
        out.push({ box, cost: (horizontal ? 0 : 30) + 40 * middle + 10 * Math.abs(f - 0.5) - Math.min(len, 400) / 40 });
      }
    }
    along += len;
  }
  return out;
};

/**
 * Puts every edge label on its route where it covers no box and no label placed before
 * it, and as few other lines as possible; a label that finds no such place takes the
 * least bad one (the layout leaves room so that this does not happen). Labels of short
 * routes are placed first: they have the fewest places. Deterministic.
 * @internal
 */
export const placeLabels = (edges: readonly SceneEdge[], boxes: readonly Rect[]): SceneEdge[] => {
  const routes = edges.map((e) => e.points);
  const order = edges
    .map((e, i) => ({
      e,
      i,
      len: e.points
        .slice(1)
        .reduce((s, b, k) => s + Math.abs(b.x - (e.points[k] as Point).x) + Math.abs(b.y - (e.points[k] as Point).y), 0),
    }))
    .filter((x) => x.e.label)
    .sort((a, b) => a.len - b.len || a.i - b.i);
  const placed: Rect[] = [];
  const chosen = new Map<number, Rect>();
  for (const { e, i } of order) {
    const size = labelSize(e.label as string);
    const others = routes.filter((_, k) => k !== i);
    let best: Spot | undefined;
    let bestBad = Infinity;
    for (const s of spotsOn(e.points, size)) {
      const wide = grow(s.box, GAP);
      const bad = boxes.filter((b) => intersects(wide, b)).length + placed.filter((p) => intersects(wide, p)).length;
      const cost = s.cost + 60 * linesUnder(s.box, others);
      if (bad < bestBad || (bad === bestBad && cost < (best?.cost ?? Infinity))) {
        best = { box: s.box, cost };
        bestBad = bad;
      }
    }
    const box = best?.box ?? fallbackBox(e.points, size);
    placed.push(box);
    chosen.set(i, box);
  }
  return edges.map((e, i) => {
    const box = chosen.get(i);
    return box ? { ...e, labelBox: box } : e;
  });
};

/** A route too short for its label: centred on its middle point. */
const fallbackBox = (points: readonly Point[], size: { width: number; height: number }): Rect => {
  const a = points[Math.max(0, (points.length >> 1) - 1)] ?? { x: 0, y: 0 };
  const b = points[points.length >> 1] ?? a;
  return {
    x: Math.round((a.x + b.x) / 2 - size.width / 2),
    y: Math.round((a.y + b.y) / 2 - size.height / 2),
    width: size.width,
    height: size.height,
  };
};
