import { type Document, type Point, STAGE_IDS, type StageId } from "@mlsd/core";
import {
  assembleScene,
  edgeLabelBox,
  type Rect,
  routeBackEdges,
  type Scene,
  type SceneEdge,
  type SceneNode,
  toSceneNode,
} from "@mlsd/scene";
import type { ElkNode } from "./adapter.js";
import { emptyStageId } from "./elk-graph.js";
import { resolveDirection, resolveTarget, type ShapeOptions } from "./options.js";
import { applyPins } from "./pins.js";
import { rowsScene } from "./rows.js";
import { layerPlan, routeStacked } from "./stacking.js";

const round = (v: number | undefined) => Math.round(v ?? 0);
const roundRect = (r: Rect): Rect => ({ x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) });

/**
 * Rounded points without repeats or collinear middle points. ELK's coordinates carry float
 * noise (681.4999 then 681.5): a coordinate within half a pixel of the previous point's is
 * taken as equal before rounding, so segments stay orthogonal.
 */
const cleanRoute = (points: readonly Point[]): Point[] => {
  const out: Point[] = [];
  let prev: Point | undefined;
  for (const raw of points) {
    const p = prev ? { x: Math.abs(raw.x - prev.x) < 0.5 ? prev.x : raw.x, y: Math.abs(raw.y - prev.y) < 0.5 ? prev.y : raw.y } : raw;
    prev = p;
    const q = { x: round(p.x), y: round(p.y) };
    const last = out[out.length - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === q.x) || (before.y === last.y && last.y === q.y))) out.pop();
    out.push(q);
  }
  return out;
};

const translateScene = (scene: Scene, dx: number, dy: number): Scene => {
  if (!dx && !dy) return scene;
  const r = <T extends Rect>(v: T): T => ({ ...v, x: v.x + dx, y: v.y + dy });
  return {
    ...scene,
    bounds: r(scene.bounds),
    stages: scene.stages.map(r),
    nodes: scene.nodes.map(r),
    edges: scene.edges.map((e) => ({
      ...e,
      points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
      ...(e.labelBox ? { labelBox: r(e.labelBox) } : {}),
    })),
  };
};

/**
 * ELK result → Scene (pure). Coordinates are rounded to whole pixels; stage frames are
 * bands around each stage's boxes; pinned nodes are put back (see pins.ts). Without pins
 * the drawing is moved so its bounds start at (0, 0).
 */
export const toScene = (document: Document, elkResult: ElkNode, options: ShapeOptions = {}): Scene => {
  const direction = resolveDirection(document, options);
  if (direction === "rows") return rowsScene(document, elkResult, resolveTarget(document, options));
  const placed = new Map((elkResult.children ?? []).map((c) => [c.id, c]));
  const box = (id: string): Rect => {
    const c = placed.get(id);
    if (!c) throw new Error(`the layout result has no box for node "${id}"`);
    return { x: round(c.x), y: round(c.y), width: round(c.width), height: round(c.height) };
  };
  let nodes: SceneNode[] = document.nodes.map((n) => toSceneNode(n, box(n.id)));
  const elkEdges = new Map((elkResult.edges ?? []).map((e) => [e.id, e]));
  const { forward, back, stacked } = layerPlan(document);
  let edges: SceneEdge[] = forward
    .filter((e) => !stacked.has(e.id))
    .map((e) => {
      const section = elkEdges.get(e.id)?.sections?.[0];
      if (!section) throw new Error(`the layout result has no route for edge "${e.id}"`);
      const points = cleanRoute([section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
      const label = elkEdges.get(e.id)?.labels?.[0];
      return {
        id: e.id,
        kind: e.kind,
        source: e.source,
        target: e.target,
        // ELK placed the labels it made room for; the others go on a long free segment.
        ...(e.label && label
          ? { label: e.label, labelBox: { x: round(label.x), y: round(label.y), width: round(label.width), height: round(label.height) } }
          : e.label
            ? { label: e.label, labelBox: roundRect(edgeLabelBox(e.label, points, nodes)) }
            : {}),
        points,
      };
    });
  let empty = STAGE_IDS.filter((s) => placed.has(emptyStageId(s))).map((stage: StageId) => ({ stage, ...box(emptyStageId(stage)) }));
  const pinned = document.nodes.some((n) => n.pinned && n.position);
  if (pinned) ({ nodes, edges, extra: empty } = applyPins(document.nodes, nodes, edges, empty, direction));

  const columns = routeStacked(
    nodes,
    forward.filter((e) => stacked.has(e.id)),
    direction,
  );
  edges = [...edges, ...columns];
  const obstacles = edges.map((e) => e.points);
  const around = new Map(routeBackEdges(nodes, back, direction, obstacles).map((e) => [e.id as string, e]));
  const ahead = new Map(edges.map((e) => [e.id as string, e]));
  edges = document.edges.map((e) => (ahead.get(e.id) ?? around.get(e.id)) as SceneEdge);
  const scene = assembleScene(document, direction, nodes, edges, [...nodes, ...empty]);
  return pinned ? scene : translateScene(scene, -scene.bounds.x, -scene.bounds.y);
};
