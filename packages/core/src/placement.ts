import { LIMITS } from "./limits.js";
import type { DesignNode, Document, Point, Size } from "./schema.js";

/**
 * Stored positions and sizes inside the schema's bounds. Every producer of documents (the
 * layout's output, the editor's moves, paste and duplicate, imports) goes through these, so
 * nothing mlsd writes is a document mlsd then refuses.
 */

const L = LIMITS.coordinate;

const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max);
/** A finite coordinate within ±LIMITS.coordinate (NaN becomes 0; -0 becomes 0). */
const clampCoordinate = (v: number) => (Number.isFinite(v) ? clamp(v, -L, L) : v === Infinity ? L : v === -Infinity ? -L : 0) || 0;

/**
 * A point the schema accepts: each coordinate clamped to ±LIMITS.coordinate.
 * @internal
 */
export const clampPoint = (p: Point): Point => ({ x: clampCoordinate(p.x), y: clampCoordinate(p.y) });

/**
 * A size the schema accepts: sides between LIMITS.minSide and LIMITS.coordinate, or none when it is not a number.
 * @internal
 */
export const clampSize = (s: Size): Size | undefined =>
  Number.isNaN(s.width) || Number.isNaN(s.height)
    ? undefined
    : { width: clamp(s.width, LIMITS.minSide, L), height: clamp(s.height, LIMITS.minSide, L) };

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
const sameSize = (a: Size, b: Size | undefined) => !!b && a.width === b.width && a.height === b.height;

const clampNode = (n: DesignNode): DesignNode => {
  const position = n.position && clampPoint(n.position);
  const size = n.size && clampSize(n.size);
  if ((!n.position || samePoint(n.position, position as Point)) && (!n.size || sameSize(n.size, size))) return n;
  const { position: _p, size: _s, ...rest } = n;
  return { ...rest, ...(position ? { position } : {}), ...(size ? { size } : {}) } as DesignNode;
};

/**
 * Clamps each node's stored position and size on its own (a part dragged or pasted past
 * the edge stops at the edge). Returns the same document when nothing had to change.
 * @internal
 */
export const clampPlacement = (doc: Document): Document => {
  let changed = false;
  const nodes = doc.nodes.map((n) => {
    const next = clampNode(n);
    if (next !== n) changed = true;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
};

/** How far to move a span [min, max] so it lies inside [-L, L] (it fits: max - min ≤ 2L). */
const shiftInto = (min: number, max: number) => (min < -L ? -L - min : max > L ? L - max : 0);

/**
 * Fits a whole drawing inside the schema's bounds, keeping its shape: when the stored
 * positions span more than the bounds allow it is scaled down (about its top-left corner,
 * to whole pixels), then it is moved by as little as it must to lie inside. Pinned parts
 * move with the drawing (a drawing that fits never moves); sizes are kept at least
 * LIMITS.minSide. The one function between a layout result and stored positions.
 * @internal
 */
export const fitDrawing = (doc: Document): Document => {
  const placed = doc.nodes.flatMap((n) =>
    n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y) ? [n.position] : [],
  );
  if (!placed.length) return clampPlacement(doc);
  const xs = placed.map((p) => p.x);
  const ys = placed.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(1, (2 * L) / Math.max(x1 - x0, y1 - y0, 1));
  const at = (v: number, origin: number) => (scale === 1 ? v : Math.round(origin + (v - origin) * scale));
  const dx = shiftInto(x0, at(x1, x0));
  const dy = shiftInto(y0, at(y1, y0));
  if (scale === 1 && dx === 0 && dy === 0) return clampPlacement(doc);
  const moved = doc.nodes.map((n) =>
    n.position ? ({ ...n, position: { x: at(n.position.x, x0) + dx, y: at(n.position.y, y0) + dy } } as DesignNode) : n,
  );
  return clampPlacement({ ...doc, nodes: moved });
};
