import type { Point } from "@mlsd/core";
import type { Rect, Scene } from "@mlsd/scene";
import { countCrossings } from "./checks.js";
import { a4TextPt, editorTextPx } from "./fit.js";

/**
 * Measures of how well a drawing reads, shared by the benchmark, the catalogue's quality
 * budgets and the layout's own choice among arrangements: bends, edge labels on a box or
 * on another label, routes through a box that is not one of their ends, routes running
 * along each other, the drawing's shape and its text size when fitted to a screen or a page.
 */

/**
 * Corners of a route: points where it changes direction (repeated and collinear points do not count).
 * @public
 */
export const routeBends = (points: readonly Point[]): number => {
  let bends = 0;
  let prev: Point | undefined;
  let dir: [number, number] | undefined;
  for (const p of points) {
    if (prev && (p.x !== prev.x || p.y !== prev.y)) {
      const len = Math.hypot(p.x - prev.x, p.y - prev.y);
      const next: [number, number] = [(p.x - prev.x) / len, (p.y - prev.y) / len];
      if (dir && Math.abs(next[0] - dir[0]) + Math.abs(next[1] - dir[1]) > 1e-6) bends++;
      dir = next;
    }
    prev = p;
  }
  return bends;
};

/**
 * Sum of the bends of every route.
 * @public
 */
export const countBends = (scene: Pick<Scene, "edges">): number => scene.edges.reduce((sum, e) => sum + routeBends(e.points), 0);

// Shapes that share more than a hairline (1 px) overlap; touching borders do not.
const overlap = (a: Rect, b: Rect, inset = 1) =>
  a.x + inset < b.x + b.width && b.x + inset < a.x + a.width && a.y + inset < b.y + b.height && b.y + inset < a.y + a.height;

/**
 * An edge label drawn on a box or on another edge's label.
 * @public
 */
export interface LabelCollision {
  /** The edge whose label collides. */
  edge: string;
  /** What it collides with: a node's id, or `label:<edge id>` for another edge's label. */
  with: string;
}

/**
 * Edge labels drawn on a node box or on another edge's label.
 * @public
 */
export const findLabelCollisions = (scene: Pick<Scene, "nodes" | "edges">): LabelCollision[] => {
  const labelled = scene.edges.filter((e) => e.label && e.labelBox);
  const out: LabelCollision[] = [];
  for (const [i, e] of labelled.entries()) {
    const box = e.labelBox as Rect;
    for (const n of scene.nodes) if (overlap(box, n)) out.push({ edge: e.id, with: n.id });
    for (const o of labelled.slice(i + 1)) if (overlap(box, o.labelBox as Rect)) out.push({ edge: e.id, with: `label:${o.id}` });
  }
  return out;
};

/** Whether the segment a→b runs through the inside of a box (touching or running 1 px inside its border is fine). */
const segmentThroughBox = (a: Point, b: Point, r: Rect): boolean =>
  Math.min(a.x, b.x) < r.x + r.width - 1 &&
  Math.max(a.x, b.x) > r.x + 1 &&
  Math.min(a.y, b.y) < r.y + r.height - 1 &&
  Math.max(a.y, b.y) > r.y + 1;

/**
 * Pairs [edge id, node id] of routes that run through a box that is not one of their ends:
 * such a route reads as a wrong edge.
 * @public
 */
export const findEdgesThroughBoxes = (scene: Pick<Scene, "nodes" | "edges">): [string, string][] => {
  const out: [string, string][] = [];
  for (const e of scene.edges)
    for (const n of scene.nodes) {
      if (n.id === e.source || n.id === e.target) continue;
      if (e.points.slice(1).some((b, i) => segmentThroughBox(e.points[i] as Point, b, n))) out.push([e.id, n.id]);
    }
  return out;
};

/**
 * Pairs of edges whose routes run along each other (collinear segments sharing more than
 * 2 px): a reader cannot tell which line goes where. Edges that share an end may touch there.
 * @public
 */
export const findSharedRuns = (scene: Pick<Scene, "edges">): [string, string][] => {
  const segs = scene.edges.flatMap((e) => e.points.slice(1).map((b, i) => ({ id: e.id, a: e.points[i] as Point, b })));
  const out = new Set<string>();
  for (const [i, s] of segs.entries())
    for (const t of segs.slice(i + 1)) {
      if (s.id === t.id) continue;
      const shared =
        s.a.y === s.b.y && t.a.y === t.b.y && s.a.y === t.a.y
          ? Math.min(Math.max(s.a.x, s.b.x), Math.max(t.a.x, t.b.x)) - Math.max(Math.min(s.a.x, s.b.x), Math.min(t.a.x, t.b.x))
          : s.a.x === s.b.x && t.a.x === t.b.x && s.a.x === t.a.x
            ? Math.min(Math.max(s.a.y, s.b.y), Math.max(t.a.y, t.b.y)) - Math.max(Math.min(s.a.y, s.b.y), Math.min(t.a.y, t.b.y))
            : 0;
      if (shared > 2) out.add(s.id < t.id ? `${s.id}\n${t.id}` : `${t.id}\n${s.id}`);
    }
  return [...out].sort().map((k) => k.split("\n") as [string, string]);
};

/**
 * Every measure of one drawing.
 * @public
 */
export interface SceneQuality {
  width: number;
  height: number;
  /** Width : height. */
  aspect: number;
  crossings: number;
  bends: number;
  edges: number;
  labelCollisions: number;
  edgesThroughBoxes: number;
  sharedRuns: number;
  /** Box label size in px with the whole drawing fitted into the editor's canvas at 1440 × 900. */
  editorPx: number;
  /** Box label size in pt with the whole drawing fitted to an A4 handout page. */
  a4Pt: number;
}

/**
 * Every measure of one drawing.
 * @public
 */
export const sceneQuality = (scene: Scene): SceneQuality => ({
  width: scene.bounds.width,
  height: scene.bounds.height,
  aspect: scene.bounds.width / Math.max(1, scene.bounds.height),
  crossings: countCrossings(scene),
  bends: countBends(scene),
  edges: scene.edges.length,
  labelCollisions: findLabelCollisions(scene).length,
  edgesThroughBoxes: findEdgesThroughBoxes(scene).length,
  sharedRuns: findSharedRuns(scene).length,
  editorPx: editorTextPx(scene.bounds),
  a4Pt: a4TextPt(scene.bounds),
});
