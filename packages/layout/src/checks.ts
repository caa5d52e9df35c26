import type { Point } from "@mlsd/core";
import { STAGE_IDS } from "@mlsd/core";
import { intersects, type Rect, type Scene, type SceneEdge, type SceneNode } from "@mlsd/scene";

/**
 * Quality checks of a Scene, shared by tests, the catalogue and the benchmark. Each part is
 * its own function; `checkScene` runs them all.
 */

/**
 * Pairs of node ids whose boxes overlap (touching borders do not count).
 * @public
 */
export const findOverlaps = (scene: Pick<Scene, "nodes">): [string, string][] => {
  const sorted = [...scene.nodes].sort((a, b) => a.x - b.x);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as SceneNode;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as SceneNode;
      if (b.x >= a.x + a.width) break;
      if (intersects(a, b)) out.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
    }
  }
  return out.sort((p, q) => (p[0] + p[1] < q[0] + q[1] ? -1 : 1));
};

const inside = (r: Rect, frame: Rect, tolerance = 0.5) =>
  r.x >= frame.x - tolerance &&
  r.y >= frame.y - tolerance &&
  r.x + r.width <= frame.x + frame.width + tolerance &&
  r.y + r.height <= frame.y + frame.height + tolerance;

/**
 * Ids of nodes not wholly inside the frame of their own stage.
 * @public
 */
export const findNodesOutsideFrames = (scene: Pick<Scene, "nodes" | "stages">): string[] =>
  scene.nodes.filter((n) => !scene.stages.some((f) => f.stage === n.stage && inside(n, f))).map((n) => n.id);

/**
 * Problems with the frames: missing, out of lifecycle order along the direction, or overlapping.
 * @public
 */
export const checkFrameOrder = (scene: Pick<Scene, "stages" | "direction">): string[] => {
  const problems: string[] = [];
  const frames = STAGE_IDS.map((id) => scene.stages.find((f) => f.stage === id));
  const right = scene.direction === "right";
  for (const [i, f] of frames.entries()) if (!f) problems.push(`stage "${STAGE_IDS[i]}" has no frame`);
  for (let i = 1; i < frames.length; i++) {
    const a = frames[i - 1];
    const b = frames[i];
    if (!a || !b) continue;
    const aEnd = right ? a.x + a.width : a.y + a.height;
    const bStart = right ? b.x : b.y;
    if (bStart < aEnd - 0.5) problems.push(`frame "${b.stage}" starts before frame "${a.stage}" ends`);
  }
  for (let i = 0; i < frames.length; i++)
    for (let j = i + 2; j < frames.length; j++) {
      const a = frames[i];
      const b = frames[j];
      if (a && b && intersects(a, b)) problems.push(`frames "${a.stage}" and "${b.stage}" overlap`);
    }
  return problems;
};

const onBorder = (p: Point, r: Rect, tolerance = 1) => {
  const withinX = p.x >= r.x - tolerance && p.x <= r.x + r.width + tolerance;
  const withinY = p.y >= r.y - tolerance && p.y <= r.y + r.height + tolerance;
  const onVertical = Math.abs(p.x - r.x) <= tolerance || Math.abs(p.x - (r.x + r.width)) <= tolerance;
  const onHorizontal = Math.abs(p.y - r.y) <= tolerance || Math.abs(p.y - (r.y + r.height)) <= tolerance;
  return (onVertical && withinY) || (onHorizontal && withinX);
};

/**
 * Ids of edges whose route does not start on its source's border and end on its target's.
 * @public
 */
export const findDetachedEdges = (scene: Pick<Scene, "nodes" | "edges">): string[] => {
  const byId = new Map(scene.nodes.map((n) => [n.id as string, n]));
  return scene.edges
    .filter((e) => {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      const first = e.points[0];
      const last = e.points[e.points.length - 1];
      return !s || !t || !first || !last || e.points.length < 2 || !onBorder(first, s) || !onBorder(last, t);
    })
    .map((e) => e.id);
};

interface Segment {
  a: Point;
  b: Point;
  edge: number;
}

const segmentsOf = (edges: readonly SceneEdge[]): Segment[] =>
  edges.flatMap((e, edge) => e.points.slice(1).map((b, i) => ({ a: e.points[i] as Point, b, edge })));

const strictlyBetween = (v: number, p: number, q: number) => v > Math.min(p, q) && v < Math.max(p, q);

/**
 * Proper crossings between segments of different edges (shared ends and overlaps do not count).
 * @public
 */
export const countCrossings = (scene: Pick<Scene, "edges">): number => {
  const segments = segmentsOf(scene.edges);
  const horizontal = segments.filter((s) => s.a.y === s.b.y && s.a.x !== s.b.x);
  const vertical = segments.filter((s) => s.a.x === s.b.x && s.a.y !== s.b.y);
  const diagonal = segments.filter((s) => s.a.x !== s.b.x && s.a.y !== s.b.y);
  let count = 0;
  for (const h of horizontal)
    for (const v of vertical)
      if (h.edge !== v.edge && strictlyBetween(v.a.x, h.a.x, h.b.x) && strictlyBetween(h.a.y, v.a.y, v.b.y)) count++;
  // Routes from other engines (dagre) may have slanted segments: count those generally.
  const cross = (o: Point, p: Point, q: Point) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const others = [...horizontal, ...vertical];
  for (const [i, d] of diagonal.entries()) {
    for (const s of [...others, ...diagonal.slice(i + 1)]) {
      if (s.edge === d.edge) continue;
      const d1 = cross(s.a, s.b, d.a);
      const d2 = cross(s.a, s.b, d.b);
      const d3 = cross(d.a, d.b, s.a);
      const d4 = cross(d.a, d.b, s.b);
      if (d1 * d2 < 0 && d3 * d4 < 0) count++;
    }
  }
  return count;
};

/**
 * Sum of the lengths of all routes.
 * @public
 */
export const totalEdgeLength = (scene: Pick<Scene, "edges">): number =>
  segmentsOf(scene.edges).reduce((sum, s) => sum + Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y), 0);

/**
 * What `checkScene` found.
 * @public
 */
export interface SceneCheck {
  /** Pairs of overlapping node boxes. */
  overlaps: [string, string][];
  /** Nodes not inside their stage's frame. */
  outsideFrames: string[];
  /** Frames missing, out of order or overlapping. */
  frameOrder: string[];
  /** Edges whose route does not start and end on its endpoints' borders. */
  detachedEdges: string[];
  crossings: number;
  edgeLength: number;
}

/**
 * Runs every check on a scene: overlaps, nodes outside frames, frame order, detached edges, crossings, edge length.
 * @public
 */
export const checkScene = (scene: Scene): SceneCheck => ({
  overlaps: findOverlaps(scene),
  outsideFrames: findNodesOutsideFrames(scene),
  frameOrder: checkFrameOrder(scene),
  detachedEdges: findDetachedEdges(scene),
  crossings: countCrossings(scene),
  edgeLength: Math.round(totalEdgeLength(scene)),
});

/**
 * The hard failures of a check as readable lines; empty when the scene is sound.
 * @public
 */
export const sceneProblems = (check: SceneCheck): string[] => [
  ...check.overlaps.map(([a, b]) => `nodes "${a}" and "${b}" overlap`),
  ...check.outsideFrames.map((id) => `node "${id}" is outside its stage frame`),
  ...check.frameOrder,
  ...check.detachedEdges.map((id) => `edge "${id}" does not start and end on its nodes`),
];
