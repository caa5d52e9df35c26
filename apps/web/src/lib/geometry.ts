import {
  clampPlacement,
  type DesignNode,
  type Document,
  isPlaced,
  type NodeId,
  type PlacedDocument,
  type PlacedNode,
  type Point,
  STAGES,
  type StageId,
} from "@mlsd/core";
import {
  stageFrames as coreStageFrames,
  type Direction,
  FRAME_METRICS,
  nodeSize as measuredSize,
  type Rect,
  type StageFrame,
} from "@mlsd/scene";

/**
 * Boxes and frames as core computes them (the same numbers the layout engine, the SVG
 * renderer and the PDF use), so the canvas looks like every export of it.
 */
export const GRID = 16;
export type Frame = StageFrame;
export type Box = Rect;

export const directionOf = (doc: Document): Direction => doc.layout?.direction ?? "right";

/** A node's box size from its label and badges; cached per node object (nodes are immutable). */
const sizes = new WeakMap<DesignNode, { width: number; height: number }>();
export const nodeSize = (node: DesignNode) => {
  let size = sizes.get(node);
  if (!size) {
    size = measuredSize(node);
    sizes.set(node, size);
  }
  return size;
};

export const nodeBox = (node: DesignNode, position: Point | undefined = node.position): Box => ({
  x: position?.x ?? 0,
  y: position?.y ?? 0,
  ...nodeSize(node),
});

/**
 * The four stage frames around the nodes (optionally at positions being dragged), and
 * across `extent` too when given (the edges' routes, as exports frame them).
 */
export const stageFrames = (doc: Document, positions?: ReadonlyMap<NodeId, Point>, extent: Box | null = null): Frame[] =>
  coreStageFrames(
    doc.nodes.map((n) => ({ ...nodeBox(n, positions?.get(n.id) ?? n.position), stage: n.stage })),
    directionOf(doc),
    extent,
  );

const contains = (f: Rect, p: Point) => p.x >= f.x && p.x <= f.x + f.width && p.y >= f.y && p.y <= f.y + f.height;

/** The frame under a point; the smallest one wins where frames overlap. */
export const frameAt = (frames: readonly Frame[], p: Point): Frame | undefined =>
  frames.filter((f) => contains(f, p)).sort((a, b) => a.width * a.height - b.width * b.height)[0];

export const snap = (p: Point, grid = GRID): Point => ({ x: Math.round(p.x / grid) * grid, y: Math.round(p.y / grid) * grid });

/** Where a node added by click goes: below the lowest node of its stage, or at the top of an empty frame. */
export const placeInStage = (doc: Document, stage: StageId): Point => {
  const inStage = doc.nodes.filter((n) => n.stage === stage && n.position).map((n) => nodeBox(n));
  if (inStage.length) {
    const lowest = inStage.reduce((a, b) => (b.y + b.height > a.y + a.height ? b : a));
    return snap({ x: lowest.x, y: lowest.y + lowest.height + 24 });
  }
  const frame = stageFrames(doc).find((f) => f.stage === stage);
  return snap({ x: (frame?.x ?? 0) + FRAME_METRICS.pad, y: (frame?.y ?? 0) + FRAME_METRICS.titleBand + FRAME_METRICS.pad });
};

const COLUMN = 280;
const ROW = 96;

/**
 * Gives every node without a stored position a place (a column per stage) and every node
 * its measured size: a document straight from a file then draws the same on the canvas
 * as in an SVG export, before the layout engine has run.
 */
export const withBoxes = (doc: Document): PlacedDocument => {
  const counts = new Map<StageId, number>();
  const columnX = new Map(STAGES.map((s, i) => [s.id, i * COLUMN] as const));
  let changed = false;
  const nodes = doc.nodes.map((n): PlacedNode => {
    const size = nodeSize(n);
    const sameSize = n.size && n.size.width === size.width && n.size.height === size.height;
    if (n.position && sameSize) return { ...n, position: n.position, size };
    changed = true;
    let position = n.position;
    if (!position) {
      const row = counts.get(n.stage) ?? 0;
      counts.set(n.stage, row + 1);
      position = { x: columnX.get(n.stage) ?? 0, y: row * ROW };
    }
    return { ...n, position, size };
  });
  // clampPlacement only clamps boxes: every node stays placed.
  return clampPlacement(changed || !isPlaced(doc) ? { ...doc, nodes } : doc) as PlacedDocument;
};

/** Keeps stored sizes in step with labels and badges after an edit; only nodes that changed are measured. */
export const syncSizes = (before: Document, after: Document): Document => {
  const old = new Set(before.nodes);
  let changed = false;
  const nodes = after.nodes.map((n) => {
    if (old.has(n)) return n;
    const size = nodeSize(n);
    if (n.size && n.size.width === size.width && n.size.height === size.height) return n;
    changed = true;
    return { ...n, size };
  });
  return changed ? { ...after, nodes } : after;
};

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * How far to shift pasted or duplicated parts so none lands on a part already there: the
 * nearest free spot beside them (below, right, then further out), on the grid. Below
 * first: the stages are columns, so copies below stay in their stage's frame.
 */
export const pasteOffset = (doc: Document, copied: readonly DesignNode[]): Point => {
  const boxes = copied.filter((n) => n.position).map((n) => nodeBox(n));
  if (!boxes.length) return { x: 0, y: 0 };
  const taken = doc.nodes.filter((n) => n.position).map((n) => nodeBox(n));
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
  const step = { x: Math.ceil((width + GRID) / GRID) * GRID, y: Math.ceil((height + GRID) / GRID) * GRID };
  const free = (d: Point) => boxes.every((b) => !taken.some((t) => overlap({ ...b, x: b.x + d.x, y: b.y + d.y }, t)));
  for (let ring = 0; ring <= 8; ring++)
    for (const d of [
      { x: 0, y: ring * step.y },
      { x: ring * step.x, y: 0 },
      { x: ring * step.x, y: ring * step.y },
    ])
      if (free(d)) return d;
  return { x: 2 * GRID, y: 2 * GRID };
};
