import type { Point } from "@mlsd/core";
import type { Rect } from "./types.js";

// Routers work in "right" coordinates (main axis = x, cross axis = y); for direction
// "down" they flip rects and points on the way in and back on the way out.

/**
 * A rect with its axes swapped: the same box seen in "right" coordinates when it was "down".
 * @internal
 */
export const flip = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });

/**
 * A point with its axes swapped (see `flip`).
 * @internal
 */
export const flipPoint = (p: Point): Point => ({ x: p.y, y: p.x });

/** The smallest rect around all the rects; null for none. */
export const unionRect = (rects: readonly Rect[]): Rect | null => {
  if (!rects.length) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
};

/** The smallest rect around the points; null for none. */
export const pointsRect = (points: readonly Point[]): Rect | null =>
  unionRect(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })));

/**
 * Whether two rects share some inside (touching borders do not count).
 * @internal
 */
export const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Halfway between two numbers. */
export const mid = (lo: number, hi: number): number => (lo + hi) / 2;

/** Whether an orthogonal route runs through the inside of any of the boxes. */
export const blocked = (points: readonly Point[], boxes: readonly Rect[]): boolean => {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const x0 = Math.min(a.x, b.x);
    const x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y);
    if (boxes.some((r) => x1 > r.x && x0 < r.x + r.width && y1 > r.y && y0 < r.y + r.height)) return true;
  }
  return false;
};

/** The three corners of a filled arrowhead: its tip is `to`, and it points along from→to. */
export const arrowhead = (from: Point, to: Point, length: number, halfWidth: number): [Point, Point, Point] => {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const bx = to.x - ux * length;
  const by = to.y - uy * length;
  return [to, { x: bx - uy * halfWidth, y: by + ux * halfWidth }, { x: bx + uy * halfWidth, y: by - ux * halfWidth }];
};
