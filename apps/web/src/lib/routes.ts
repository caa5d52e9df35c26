import type { DesignNode, Document, NodeId, Point } from "@mlsd/core";
import { labelBoxOf, routeEdge, routeSceneEdges, type SceneEdge, toSceneNode } from "@mlsd/scene";
import { type Box, directionOf, nodeBox } from "./geometry.js";

/**
 * Edge routes as @mlsd/scene draws them in exports (orthogonal; feedback loops around the
 * drawing). The full routing runs once per document; while nodes are dragged or glide,
 * only the edges of moving nodes are re-routed, with the simple router.
 */
export type Routes = ReadonlyMap<string, SceneEdge>;

export const routeDocument = (doc: Document): Routes => {
  const nodes = doc.nodes.map((n) => toSceneNode(n, nodeBox(n)));
  return new Map(routeSceneEdges(nodes, doc.edges, directionOf(doc)).map((e) => [e.id as string, e]));
};

/**
 * The box around every route and edge label (null without edges). Frames drawn around it,
 * as exports draw them, keep the feedback loops' lanes inside, below the stage titles.
 */
export const routesExtent = (routes: Routes): Box | null => {
  const boxes = [...routes.values()].flatMap((e) => [
    ...e.points.map((p) => ({ ...p, width: 0, height: 0 })),
    ...(e.labelBox ? [e.labelBox] : []),
  ]);
  if (!boxes.length) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
};

export const rerouteMoving = (doc: Document, base: Routes, moving: ReadonlyMap<NodeId, Point> | undefined): Routes => {
  if (!moving?.size) return base;
  const byId = new Map<string, DesignNode>(doc.nodes.map((n) => [n.id, n]));
  const direction = directionOf(doc);
  const out = new Map(base);
  for (const e of doc.edges) {
    if (!moving.has(e.source) && !moving.has(e.target)) continue;
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const points = routeEdge(nodeBox(s, moving.get(s.id) ?? s.position), nodeBox(t, moving.get(t.id) ?? t.position), direction);
    const { labelBox: _drop, ...rest } = base.get(e.id) ?? { id: e.id, kind: e.kind, source: e.source, target: e.target };
    out.set(e.id, { ...rest, points } as SceneEdge);
  }
  return out;
};

/** An SVG path through the points, with corners rounded off. */
export const roundedPath = (points: readonly Point[], radius = 8): string => {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  let d = `M ${first!.x},${first!.y}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i]!;
    const prev = points[i]!;
    const next = rest[i + 1];
    if (!next) {
      d += ` L ${p.x},${p.y}`;
      break;
    }
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r < 0.5) {
      d += ` L ${p.x},${p.y}`;
      continue;
    }
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    d += ` L ${a.x},${a.y} Q ${p.x},${p.y} ${b.x},${b.y}`;
  }
  return d;
};

/** The middle of an edge's label box, by @mlsd/scene's one rule (where the SVG and PDF draw it). */
export const labelPoint = (edge: SceneEdge): Point | undefined => {
  const box = labelBoxOf(edge);
  return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};
