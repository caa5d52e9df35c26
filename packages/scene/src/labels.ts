import type { DesignEdge, Point } from "@mlsd/core";
import { intersects, mid } from "./geometry.js";
import { estimateTextWidth, NODE_METRICS } from "./text-metrics.js";
import type { Rect, SceneEdge } from "./types.js";

/**
 * A label box centred on a segment of a route: the longest one whose box stays clear of
 * the `avoid` boxes (the nodes), else the longest one.
 * @internal
 */
export const edgeLabelBox = (label: string, points: readonly Point[], avoid: readonly Rect[] = []): Rect => {
  const width = estimateTextWidth(label, NODE_METRICS.edgeLabelSize) + 8;
  const height = NODE_METRICS.edgeLabelSize + 6;
  const boxAt = (p: Point): Rect => ({ x: p.x - width / 2, y: p.y - height / 2, width, height });
  const clear = (r: Rect) => !avoid.some((o) => intersects(r, o));
  const spots = points
    .slice(1)
    .map((b, i) => {
      const a = points[i] as Point;
      return { len: Math.abs(a.x - b.x) + Math.abs(a.y - b.y), at: { x: mid(a.x, b.x), y: mid(a.y, b.y) }, i };
    })
    .sort((p, q) => q.len - p.len || p.i - q.i);
  const best = spots.find((s) => clear(boxAt(s.at))) ?? spots[0];
  return boxAt(best?.at ?? points[0] ?? { x: 0, y: 0 });
};

/**
 * Where an edge's label is drawn: the box the layout chose, else (a Scene made elsewhere)
 * one on the longest segment of its route. The one rule every renderer and the editor use.
 * @beta
 */
export const labelBoxOf = (edge: Pick<SceneEdge, "label" | "labelBox" | "points">): Rect | undefined =>
  edge.label ? (edge.labelBox ?? edgeLabelBox(edge.label, edge.points)) : undefined;

/** A SceneEdge along `points`, its label (if any) on the longest segment clear of `avoid`. */
export const labelledEdge = (e: DesignEdge, points: Point[], avoid: readonly Rect[] = []): SceneEdge => ({
  id: e.id,
  kind: e.kind,
  source: e.source,
  target: e.target,
  ...(e.label ? { label: e.label, labelBox: edgeLabelBox(e.label, points, avoid) } : {}),
  points,
});
