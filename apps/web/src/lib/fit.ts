import type { Rect } from "@mlsd/scene";

/** Where the canvas looks: React Flow's viewport (screen = flow × zoom + x/y). */
export interface View {
  x: number;
  y: number;
  zoom: number;
}

export interface FitOptions {
  /** Free room kept around the design, in screen px. */
  margin?: number;
  maxZoom?: number;
  minZoom?: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes a list of rects covers, as one rect (undefined for none). */
export const unionOf = (rects: readonly Rect[]): Rect | undefined => {
  if (!rects.length) return undefined;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  return {
    x,
    y,
    width: Math.max(...rects.map((r) => r.x + r.width)) - x,
    height: Math.max(...rects.map((r) => r.y + r.height)) - y,
  };
};

/**
 * The rectangles of the canvas clear of every overlay (minimap, zoom controls, legend),
 * each as large as the overlays allow: bounded by the canvas's sides and the overlays' sides.
 */
export const freeAreas = (canvas: { width: number; height: number }, overlays: readonly Rect[]): Rect[] => {
  const inside = overlays.filter((o) => o.width > 0 && o.height > 0 && overlaps(o, { x: 0, y: 0, ...canvas }));
  const lefts = [0, ...inside.map((o) => o.x + o.width)];
  const rights = [canvas.width, ...inside.map((o) => o.x)];
  const tops = [0, ...inside.map((o) => o.y + o.height)];
  const bottoms = [canvas.height, ...inside.map((o) => o.y)];
  const out: Rect[] = [];
  for (const l of lefts)
    for (const r of rights)
      for (const t of tops)
        for (const b of bottoms) {
          if (r - l <= 0 || b - t <= 0 || l < 0 || t < 0 || r > canvas.width || b > canvas.height) continue;
          const area = { x: l, y: t, width: r - l, height: b - t };
          if (!inside.some((o) => overlaps(o, area))) out.push(area);
        }
  return out.length ? out : [{ x: 0, y: 0, ...canvas }];
};

/**
 * The view that shows all of `bounds` (flow coordinates) as large as it can, up to
 * `maxZoom`, centred in the free area of the canvas where it fits largest: no part of it
 * under an overlay.
 */
export const fitView = (
  bounds: Rect | undefined,
  canvas: { width: number; height: number },
  overlays: readonly Rect[],
  { margin = 16, maxZoom = 1.2, minZoom = 0.05 }: FitOptions = {},
): View => {
  if (!bounds || canvas.width <= 0 || canvas.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const zoomIn = (a: Rect) =>
    Math.min((a.width - 2 * margin) / Math.max(bounds.width, 1), (a.height - 2 * margin) / Math.max(bounds.height, 1));
  let best: Rect | undefined;
  let bestZoom = -Infinity;
  for (const area of freeAreas(canvas, overlays)) {
    const zoom = zoomIn(area);
    if (zoom > bestZoom || (zoom === bestZoom && best && area.width * area.height > best.width * best.height)) {
      best = area;
      bestZoom = zoom;
    }
  }
  const area = best ?? { x: 0, y: 0, ...canvas };
  const zoom = Math.max(minZoom, Math.min(maxZoom, bestZoom));
  return {
    zoom,
    x: area.x + (area.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: area.y + (area.height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
};

/** Where boxes (flow coordinates) are drawn on screen in a view. */
export const onScreen = (box: Rect, view: View): Rect => ({
  x: box.x * view.zoom + view.x,
  y: box.y * view.zoom + view.y,
  width: box.width * view.zoom,
  height: box.height * view.zoom,
});

/**
 * The view that brings `bounds` into sight without changing the zoom, or undefined when it
 * is already wholly on screen and clear of the overlays: adding a part never jumps the view.
 */
export const revealView = (
  bounds: Rect | undefined,
  view: View,
  canvas: { width: number; height: number },
  overlays: readonly Rect[],
  margin = 16,
): View | undefined => {
  if (!bounds) return undefined;
  const shown = onScreen(bounds, view);
  const fits = (a: Rect) =>
    shown.x >= a.x + margin &&
    shown.y >= a.y + margin &&
    shown.x + shown.width <= a.x + a.width - margin &&
    shown.y + shown.height <= a.y + a.height - margin;
  const areas = freeAreas(canvas, overlays);
  if (areas.some(fits)) return undefined;
  // The smallest pan that puts the box inside the largest free area.
  const area = areas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
  const shift = (start: number, size: number, from: number, room: number) => {
    if (size > room - 2 * margin) return from + (room - size) / 2 - start;
    if (start < from + margin) return from + margin - start;
    if (start + size > from + room - margin) return from + room - margin - (start + size);
    return 0;
  };
  return {
    zoom: view.zoom,
    x: view.x + shift(shown.x, shown.width, area.x, area.width),
    y: view.y + shift(shown.y, shown.height, area.y, area.height),
  };
};
