import { NODE_METRICS, type Rect } from "@mlsd/scene";
import type { Measure } from "./fonts.js";
import { cutWord } from "./text.js";

/**
 * A page's orientation.
 * @public
 */
export type Orientation = "portrait" | "landscape";

export interface Size {
  width: number;
  height: number;
}

/** A4 in points. */
export const A4: Size = { width: 595.28, height: 841.89 };
export const MARGIN = 36;
/** Room the running header and the footer take from every page. */
export const CHROME = { top: 30, bottom: 30 };

export const pageSize = (o: Orientation): Size => (o === "portrait" ? A4 : { width: A4.height, height: A4.width });

/** The area inside the margins and the page chrome. */
export const contentBox = (o: Orientation): Size => {
  const p = pageSize(o);
  return { width: p.width - 2 * MARGIN, height: p.height - 2 * MARGIN - CHROME.top - CHROME.bottom };
};

/** The width of text on a portrait page. */
export const TEXT_WIDTH = contentBox("portrait").width;

/** Node labels are set at this size in scene units; on paper it is multiplied by the scale. */
export const LABEL_UNITS = NODE_METRICS.labelSize;
/**
 * The smallest label a reader can take in from a printed page.
 * @public
 */
export const MIN_LABEL_PT = 6;
/**
 * The smallest scale at which labels still print at `MIN_LABEL_PT`.
 * @internal
 */
export const MIN_SCALE = MIN_LABEL_PT / LABEL_UNITS;
/** A diagram is never enlarged past this: big boxes look like a poster, not a handout. */
export const MAX_SCALE = 0.85;

/**
 * Where a handout's diagram goes: under the title, on a page of its own, or in parts over several pages.
 * @public
 */
export type DiagramPlacement = "first-page" | "own-page" | "parts";

/**
 * Where and at what scale a handout's diagram is printed, and the tiles of the scene each page shows.
 * @public
 */
export interface DiagramPlan {
  placement: DiagramPlacement;
  orientation: Orientation;
  scale: number;
  /** The parts of the scene each page shows, in scene units: one, unless split. */
  tiles: Rect[];
}

export interface Band {
  /** Start and end along the scene's main axis (x for "right", y for "down"). */
  start: number;
  end: number;
}

const fitScale = (bounds: Rect, room: Size) => Math.min(room.width / bounds.width, room.height / bounds.height, MAX_SCALE);

/** Picks the orientation that prints the diagram largest; portrait on a tie. */
const best = (bounds: Rect, room: (o: Orientation) => Size) => {
  const p = fitScale(bounds, room("portrait"));
  const l = fitScale(bounds, room("landscape"));
  return l > p + 1e-9 ? { orientation: "landscape" as const, scale: l } : { orientation: "portrait" as const, scale: p };
};

/**
 * Cuts [start, end] into parts no longer than `limit`. Each cut goes, in order of
 * preference: on a stage boundary in the last 40% of the part; in a gap between boxes
 * (never through a component); straight through, when a box is longer than a page.
 *
 * @param boxes the extent of every node along the axis
 * @param boundaries where stage frames meet
 */
export const cutAxis = (start: number, end: number, limit: number, boxes: readonly Band[], boundaries: readonly number[]): Band[] => {
  const parts: Band[] = [];
  const free = (c: number) => boxes.every((b) => c <= b.start - 2 || c >= b.end + 2);
  let pos = start;
  while (end - pos > limit + 1e-6) {
    const max = pos + limit;
    const onBoundary = boundaries.filter((c) => c > pos + 0.6 * limit && c <= max && free(c));
    const gaps = [max, ...boxes.flatMap((b) => [b.start - 4, b.end + 4])].filter((c) => c > pos + 0.3 * limit && c <= max && free(c));
    const cut = onBoundary.length ? Math.max(...onBoundary) : gaps.length ? Math.max(...gaps) : max;
    parts.push({ start: pos, end: cut });
    pos = cut;
  }
  parts.push({ start: pos, end });
  return parts;
};

/**
 * Where the diagram goes: under the title on page 1 when its labels are at least 6 pt
 * there; else on a page of its own; else split into parts, one per page, cut between
 * stage frames where possible (`bands`), each printed at a legible scale.
 *
 * @param firstPageRoom the room left under the title block, per orientation
 * @param ownPageRoom the room on a page that holds only the diagram, per orientation
 * @param direction the scene's main axis: parts are cut across it
 * @param boxes every node's extent along the main axis
 * @param boundaries where stage frames meet along the main axis
 * @internal
 */
export const planDiagram = (
  bounds: Rect,
  firstPageRoom: (o: Orientation) => Size,
  ownPageRoom: (o: Orientation) => Size = contentBox,
  direction: "right" | "down" = "right",
  boxes: readonly Band[] = [],
  boundaries: readonly number[] = [],
): DiagramPlan => {
  const whole = [{ ...bounds }];
  if (bounds.width <= 0 || bounds.height <= 0) return { placement: "first-page", orientation: "portrait", scale: MAX_SCALE, tiles: whole };
  const first = best(bounds, firstPageRoom);
  if (first.scale >= MIN_SCALE) return { placement: "first-page", ...first, tiles: whole };
  const own = best(bounds, ownPageRoom);
  if (own.scale >= MIN_SCALE) return { placement: "own-page", ...own, tiles: whole };
  const alongX = direction === "right";
  const mainStart = alongX ? bounds.x : bounds.y;
  const mainEnd = mainStart + (alongX ? bounds.width : bounds.height);
  const cross = alongX ? bounds.height : bounds.width;
  const split = (orientation: Orientation, scale: number) => {
    const room = ownPageRoom(orientation);
    return cutAxis(mainStart, mainEnd, (alongX ? room.width : room.height) / scale, boxes, boundaries);
  };
  const options = (["portrait", "landscape"] as const).flatMap((orientation) => {
    const room = ownPageRoom(orientation);
    const largest = Math.min((alongX ? room.height : room.width) / cross, MAX_SCALE);
    if (largest < MIN_SCALE) return [];
    // The fewest pages the legible minimum allows, at the largest scale that keeps that count.
    const fewest = split(orientation, MIN_SCALE).length;
    for (let scale = largest; scale > MIN_SCALE; scale *= 0.97) {
      const parts = split(orientation, scale);
      if (parts.length <= fewest) return [{ orientation, scale, parts }];
    }
    return [{ orientation, scale: MIN_SCALE, parts: split(orientation, MIN_SCALE) }];
  });
  options.sort((a, b) => a.parts.length - b.parts.length || b.scale - a.scale);
  const chosen = options[0];
  if (chosen) {
    const tiles = chosen.parts.map((p) =>
      alongX
        ? { x: p.start, y: bounds.y, width: p.end - p.start, height: bounds.height }
        : { x: bounds.x, y: p.start, width: bounds.width, height: p.end - p.start },
    );
    return { placement: "parts", orientation: chosen.orientation, scale: chosen.scale, tiles };
  }
  // Too wide across as well: a grid of overlapping tiles on landscape pages.
  const OVERLAP = 24; // repeated on both sides of a cut, so nothing is lost on the fold
  const room = ownPageRoom("landscape");
  const count = (length: number, page: number) => Math.max(1, Math.ceil((length - OVERLAP) / (page / MIN_SCALE - OVERLAP)));
  const cols = count(bounds.width, room.width);
  const rows = count(bounds.height, room.height);
  const tileW = (bounds.width + OVERLAP * (cols - 1)) / cols;
  const tileH = (bounds.height + OVERLAP * (rows - 1)) / rows;
  const scale = Math.min(room.width / tileW, room.height / tileH, MAX_SCALE);
  const tiles: Rect[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      tiles.push({ x: bounds.x + c * (tileW - OVERLAP), y: bounds.y + r * (tileH - OVERLAP), width: tileW, height: tileH });
  return { placement: "parts", orientation: "landscape", scale, tiles };
};

/**
 * Breaks page text into at most `maxLines` lines no wider than `width` by the embedded
 * font's real metrics (words longer than a line are cut); the last line ends with "…" when
 * the text does not fit. The diagram wraps with @mlsd/scene's estimate instead, as layout
 * sized its boxes.
 * @internal
 */
export const breakLines = (text: string, width: number, size: number, measure: Measure, maxLines: number, bold = false): string[] => {
  const fits = (s: string) => measure(s, size, bold) <= width;
  // Words wider than the box are cut into pieces that fit.
  const pieces = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => cutWord(word, width, size, measure, bold));
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (!line) line = piece;
    else if (fits(`${line} ${piece}`)) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  let last = kept[kept.length - 1]!;
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[kept.length - 1] = `${last.trimEnd()}…`;
  return kept;
};
