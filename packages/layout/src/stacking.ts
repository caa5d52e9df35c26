import type { DesignEdge, Document, Point } from "@mlsd/core";
import {
  type Direction,
  edgeLabelBox,
  estimateTextWidth,
  FRAME_METRICS,
  flip,
  flipPoint,
  NODE_METRICS,
  type Rect,
  type SceneEdge,
  type SceneNode,
  splitBackEdges,
} from "@mlsd/scene";
import { assignLayers } from "./layers.js";

/**
 * Which forward edges may join two nodes of one layer: control edges inside a stage. They
 * state a relation, not a step of the flow ("measured by" from an objective to its metric,
 * "replaced by" between models), so objective, metrics and constraints stack in one column
 * instead of a chain. Data and deploy edges keep the flow and its layers.
 */
const isSoft = (e: DesignEdge, stage: Map<string, string>) => {
  const s = stage.get(e.source);
  return e.kind === "control" && s !== undefined && s === stage.get(e.target);
};

/**
 * The layers of every node and the forward edges that join two nodes of one layer
 * ("stacked"): those stay out of ELK and are drawn down the column (`routeStacked`).
 */
export const layerPlan = (document: Document) => {
  const { forward, back } = splitBackEdges(document.nodes, document.edges);
  const stage = new Map(document.nodes.map((n) => [n.id as string, n.stage as string]));
  const layers = assignLayers(
    document.nodes,
    forward.map((e) => ({ source: e.source, target: e.target, soft: isSoft(e, stage) })),
  );
  const stacked = new Set(
    forward.filter((e) => e.source !== e.target && layers.get(e.source) === layers.get(e.target)).map((e) => e.id as string),
  );
  return { forward, back, layers, stacked };
};

/**
 * Routes edges between nodes of one column (in "right" coordinates: stacked vertically).
 * Neighbours with nothing between them are joined by a straight line from one facing
 * border to the other; otherwise the route leaves the source's near side, runs down a
 * lane just before the column (one lane per edge, so they never overlap) and enters the
 * target's near side.
 */
export const routeStacked = (nodes: readonly SceneNode[], edges: readonly DesignEdge[], direction: Direction): SceneEdge[] => {
  const right = direction === "right";
  const local = (r: Rect) => (right ? { x: r.x, y: r.y, width: r.width, height: r.height } : flip(r));
  const box = new Map(nodes.map((n) => [n.id as string, local(n)]));
  const all = [...box.values()];
  const lanes = new Map<number, number>();
  return edges.flatMap((e) => {
    const s = box.get(e.source);
    const t = box.get(e.target);
    if (!s || !t) return [];
    const down = t.y >= s.y;
    const [upper, lower] = down ? [s, t] : [t, s];
    const lo = Math.max(s.x, t.x);
    const hi = Math.min(s.x + s.width, t.x + t.width);
    const gapTop = upper.y + upper.height;
    const between = (o: Rect) => o !== s && o !== t && o.y < lower.y && o.y + o.height > gapTop;
    let points: Point[];
    let nook: Rect | undefined;
    if (hi - lo >= 16 && gapTop <= lower.y && !all.some((o) => between(o) && o.x < hi && o.x + o.width > lo)) {
      const x = Math.round((lo + hi) / 2);
      points = down
        ? [
            { x, y: s.y + s.height },
            { x, y: t.y },
          ]
        : [
            { x, y: s.y },
            { x, y: t.y + t.height },
          ];
    } else {
      const spanLo = Math.min(s.y, t.y);
      const spanHi = Math.max(s.y + s.height, t.y + t.height);
      const start = Math.min(s.x, t.x, ...all.filter((o) => o.y < spanHi && o.y + o.height > spanLo).map((o) => o.x));
      const k = lanes.get(start) ?? 0;
      lanes.set(start, k + 1);
      const x = start - FRAME_METRICS.stub - 6 * k;
      const sy = Math.round(s.y + s.height / 2 + (down ? 6 : -6));
      const ty = Math.round(t.y + t.height / 2 + (down ? -6 : 6));
      points = [
        { x: s.x, y: sy },
        { x, y: sy },
        { x, y: ty },
        { x: t.x, y: ty },
      ];
      // The label goes in the gap under the upper box, starting at the lane: centred on the
      // lane it would stick out of the stage frame.
      if (e.label && right) {
        const width = estimateTextWidth(e.label, NODE_METRICS.edgeLabelSize) + 8;
        const height = NODE_METRICS.edgeLabelSize + 6;
        const top = upper.y + upper.height;
        const next = Math.min(lower.y, ...all.filter((o) => o.y >= top && o.x < x + width && o.x + o.width > x).map((o) => o.y));
        if (next - top >= height + 4) nook = { x: x - 4, y: (top + next) / 2 - height / 2, width, height };
      }
    }
    const drawn = right ? points : points.map(flipPoint);
    return [
      {
        id: e.id,
        kind: e.kind,
        source: e.source,
        target: e.target,
        ...(e.label ? { label: e.label, labelBox: roundRect(nook ?? edgeLabelBox(e.label, drawn, nodes)) } : {}),
        points: drawn,
      },
    ];
  });
};

const roundRect = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) });
