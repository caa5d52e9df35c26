import type { DesignEdge, DesignNode, Document, PlacedDocument, StageId } from "@mlsd/core";
import { forwardRouter } from "./forward-routes.js";
import { stageFrames } from "./frames.js";
import { pointsRect, unionRect } from "./geometry.js";
import { labelledEdge } from "./labels.js";
import { routeBackEdges, splitBackEdges } from "./loop-lanes.js";
import { spreadPorts } from "./ports.js";
import { fitsRoutingGrid, routeRows } from "./rows-routes.js";
import type { Direction, Rect, Scene, SceneEdge, SceneNode } from "./types.js";

/**
 * A document's node placed in the given box, as a Scene draws it.
 * @internal
 */
export const toSceneNode = (n: DesignNode, box: Rect): SceneNode => ({
  id: n.id,
  kind: n.kind,
  stage: n.stage,
  label: n.label,
  props: n.props as Readonly<Record<string, unknown>>,
  ...(n.notes !== undefined ? { notes: n.notes } : {}),
  pinned: n.pinned === true,
  x: box.x,
  y: box.y,
  width: box.width,
  height: box.height,
});

/**
 * Options of `sceneFromDocument`.
 * @public
 */
export interface SceneFromDocumentOptions {
  /** Default: the document's `layout.direction`, else "right". */
  direction?: Direction;
}

/**
 * Routes every edge between placed boxes: forward ones directly, back ones around.
 * @internal
 */
export const routeSceneEdges = (nodes: readonly SceneNode[], edges: readonly DesignEdge[], direction: Direction): SceneEdge[] => {
  if (direction === "rows" && fitsRoutingGrid(nodes)) return routeRows(nodes, edges);
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const { forward, back } = splitBackEdges(nodes, edges);
  // A "rows" drawing too big for the grid router: forward edges run down as in "down".
  const flow = direction === "rows" ? "down" : direction;
  const ports = spreadPorts(nodes, forward, flow);
  const ahead = new Map<string, SceneEdge>();
  const routeEdge = forwardRouter(nodes, flow);
  for (const e of forward) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s && t) ahead.set(e.id, labelledEdge(e, routeEdge(s, t, ports.get(e.id)), nodes));
  }
  const obstacles = [...ahead.values()].map((e) => e.points);
  const around = new Map(routeBackEdges(nodes, back, direction, obstacles).map((e) => [e.id as string, e]));
  return edges.flatMap((e) => ahead.get(e.id) ?? around.get(e.id) ?? []);
};

/** The bounds of everything drawn: frames, boxes, routes and label boxes. */
const sceneBounds = (stages: readonly Rect[], nodes: readonly Rect[], edges: readonly SceneEdge[]): Rect =>
  unionRect([
    ...stages,
    ...nodes,
    ...edges.flatMap((e) => [pointsRect(e.points), e.labelBox ?? null].filter((r): r is Rect => r !== null)),
  ]) ?? { x: 0, y: 0, width: 0, height: 0 };

/**
 * A Scene from a placed document's stored positions and sizes, without a layout engine:
 * what embeds and thumbnails draw. Check a loaded document with core's `isPlaced` first.
 * @public
 */
export const sceneFromDocument = (document: PlacedDocument, options: SceneFromDocumentOptions = {}): Scene => {
  const direction = options.direction ?? document.layout?.direction ?? "right";
  const nodes = document.nodes.map((n) => toSceneNode(n, { ...n.position, ...n.size }));
  const scene = assembleScene(document, direction, nodes, routeSceneEdges(nodes, document.edges, direction));
  const target = direction === "rows" ? document.layout?.target : undefined;
  return target ? { ...scene, target } : scene;
};

/**
 * The Scene of placed nodes and routed edges: a frame around each stage, wide enough for
 * the routes and their labels, and the bounds. `frameNodes` may add placeholders for
 * stages without nodes (the layout does), so all four stages show.
 * @internal
 */
export const assembleScene = (
  document: Pick<Document, "id" | "title" | "summary" | "source">,
  direction: Direction,
  nodes: SceneNode[],
  edges: SceneEdge[],
  frameNodes: readonly (Rect & { stage: StageId })[] = nodes,
): Scene => {
  const extent = unionRect(edges.flatMap((e) => [pointsRect(e.points), e.labelBox ?? null].filter((r): r is Rect => r !== null)));
  const stages = stageFrames(frameNodes, direction, extent);
  return {
    documentId: document.id,
    title: document.title,
    summary: document.summary,
    ...(document.source ? { source: document.source } : {}),
    direction,
    bounds: sceneBounds(stages, nodes, edges),
    stages,
    nodes,
    edges,
  };
};
