import { clampSize, type DesignNode, type Point, type Size } from "@mlsd/core";
import { type Direction, edgeLabelBox, forwardRouter, nodeSize, type Rect, type SceneEdge, type SceneNode } from "@mlsd/scene";

/**
 * The box size a layout gives a node: a pinned node keeps its stored size, at least the
 * smallest size applyScene stores, so a stored layout is a fixed point; others are sized
 * from their label (`compact`: icon and label only, see @mlsd/scene's `nodeSize`).
 */
export const layoutSize = (n: DesignNode, compact = false): Size => {
  const measured = nodeSize(n, { compact });
  return n.pinned && n.size ? (clampSize(n.size) ?? measured) : measured;
};

/** Room kept between a re-placed node and the box that pushed it. */
const SPACING = 16;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Whether a route runs through the inside of a box. */
const routeHits = (points: readonly Point[], r: Rect): boolean =>
  points.slice(1).some((b, i) => {
    const a = points[i] as Point;
    return (
      Math.max(a.x, b.x) > r.x && Math.min(a.x, b.x) < r.x + r.width && Math.max(a.y, b.y) > r.y && Math.min(a.y, b.y) < r.y + r.height
    );
  });

const shiftPoint = (p: Point, dx: number, dy: number): Point => ({ x: p.x + dx, y: p.y + dy });

/**
 * Puts pinned nodes back where the document has them: the whole drawing moves by the
 * median offset between the pinned nodes' computed and stored places, pinned nodes go
 * back exactly, and any other node that now collides is pushed along the cross axis (down
 * for "right", right otherwise) until it is free, in reading order. Returns the new boxes,
 * the ids of nodes that moved against the drawing, and the offset.
 */
export const placePinned = <N extends SceneNode>(
  docNodes: readonly DesignNode[],
  nodes: readonly N[],
  direction: Direction,
): { nodes: N[]; moved: Set<string>; dx: number; dy: number } => {
  const stored = new Map<string, Point>();
  for (const n of docNodes) if (n.pinned && n.position) stored.set(n.id, n.position);
  if (!stored.size) return { nodes: [...nodes], moved: new Set(), dx: 0, dy: 0 };
  const dx = Math.round(median(nodes.filter((n) => stored.has(n.id)).map((n) => (stored.get(n.id) as Point).x - n.x)));
  const dy = Math.round(median(nodes.filter((n) => stored.has(n.id)).map((n) => (stored.get(n.id) as Point).y - n.y)));
  const moved = new Set<string>();
  const shifted = nodes.map((n) => {
    const at = stored.get(n.id);
    const x = at ? at.x : n.x + dx;
    const y = at ? at.y : n.y + dy;
    if (at && (Math.abs(at.x - (n.x + dx)) > 0.5 || Math.abs(at.y - (n.y + dy)) > 0.5)) moved.add(n.id);
    return { ...n, x, y };
  });
  // Re-place unpinned nodes that collide, in reading order so the result is deterministic.
  const right = direction === "right";
  const placed: Rect[] = shifted.filter((n) => stored.has(n.id));
  const order = shifted
    .filter((n) => !stored.has(n.id))
    .sort((a, b) => (right ? a.y - b.y || a.x - b.x : a.x - b.x || a.y - b.y) || (a.id < b.id ? -1 : 1));
  for (const n of order) {
    for (let blocker = placed.find((p) => overlaps(n, p, SPACING)); blocker; blocker = placed.find((p) => overlaps(n, p, SPACING))) {
      if (right) n.y = blocker.y + blocker.height + SPACING;
      else n.x = blocker.x + blocker.width + SPACING;
      moved.add(n.id);
    }
    placed.push(n);
  }
  return { nodes: shifted, moved, dx, dy };
};

/**
 * Keeps pinned nodes where the document has them. ELK cannot pin, so: lay out everything,
 * move the whole drawing by the median offset between the pinned nodes' computed and
 * stored places, put pinned nodes back exactly, push any other node that now collides
 * along the cross axis until it is free, and reroute with the simple orthogonal router the
 * (forward) edges of every moved node and every ELK route a moved box now sits on. Other
 * routes keep ELK's shape; back edges are routed afterwards around the final boxes.
 */
export const applyPins = (
  docNodes: readonly DesignNode[],
  nodes: SceneNode[],
  edges: SceneEdge[],
  extra: (Rect & { stage: SceneNode["stage"] })[],
  direction: Direction,
): { nodes: SceneNode[]; edges: SceneEdge[]; extra: (Rect & { stage: SceneNode["stage"] })[] } => {
  if (!docNodes.some((n) => n.pinned && n.position)) return { nodes, edges, extra };
  const { nodes: shifted, moved, dx, dy } = placePinned(docNodes, nodes, direction);

  const byId = new Map(shifted.map((n) => [n.id as string, n]));
  const movedBoxes = shifted.filter((n) => moved.has(n.id));
  const routeEdge = forwardRouter(shifted, direction);
  const routed = edges.map((e): SceneEdge => {
    const points0 = e.points.map((p) => shiftPoint(p, dx, dy));
    // ELK's route stays unless an end moved or a moved box now sits on it.
    if (!moved.has(e.source) && !moved.has(e.target) && !movedBoxes.some((b) => routeHits(points0, b)))
      return {
        ...e,
        points: points0,
        ...(e.labelBox ? { labelBox: { ...e.labelBox, x: e.labelBox.x + dx, y: e.labelBox.y + dy } } : {}),
      };
    const points = routeEdge(byId.get(e.source) as SceneNode, byId.get(e.target) as SceneNode);
    const { labelBox: _old, ...rest } = e;
    return { ...rest, points, ...(e.label ? { labelBox: edgeLabelBox(e.label, points, shifted) } : {}) };
  });
  return { nodes: shifted, edges: routed, extra: extra.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy })) };
};
