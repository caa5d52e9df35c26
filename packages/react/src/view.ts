import type { Rect } from "@mlsd/scene";

/**
 * The visible part of a Scene, as an SVG viewBox. Pan and zoom only move this box, so the
 * drawing itself never re-renders while the user explores it, and the first paint (also on
 * the server) is simply the whole Scene, fitted by `preserveAspectRatio`.
 */
export type View = Rect;

export const MIN_ZOOM = 0.25;
export const MAX_ZOOM = 8;
const PADDING = 16;

/** The whole Scene with a small margin: the initial view and what "fit" returns to. */
export const fitView = (bounds: Rect): View => ({
  x: bounds.x - PADDING,
  y: bounds.y - PADDING,
  width: Math.max(bounds.width, 1) + 2 * PADDING,
  height: Math.max(bounds.height, 1) + 2 * PADDING,
});

/** How far in the view is zoomed, relative to the fitted view (1 = everything visible). */
export const zoomOf = (view: View, fitted: View): number => fitted.width / view.width;

/**
 * Zooms by `factor` (> 1 zooms in) around a point given in Scene coordinates, which stays
 * under the pointer. The zoom is clamped to [MIN_ZOOM, MAX_ZOOM] of the fitted view.
 */
export const zoomAt = (view: View, fitted: View, factor: number, cx = view.x + view.width / 2, cy = view.y + view.height / 2): View => {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoomOf(view, fitted) * factor));
  const width = fitted.width / zoom;
  const height = fitted.height / zoom;
  const k = width / view.width;
  return { x: cx - (cx - view.x) * k, y: cy - (cy - view.y) * k, width, height };
};

/** Moves the view by a distance in Scene units (positive dx shows what lies further right). */
export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, x: view.x + dx, y: view.y + dy });

export const viewBoxOf = (view: View): string => [view.x, view.y, view.width, view.height].map(round).join(" ");

const round = (n: number) => Math.round(n * 100) / 100;
