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

/**
 * A page that holds only the diagram (or one part of it) gives the drawing more of the
 * sheet: narrower side margins and less room under the running header and above the
 * footer, which stay where they are on every page.
 */
export const DIAGRAM_PAGE = { top: 50, bottom: 36, side: 28 };

/** The area of a diagram page inside its padding (`DIAGRAM_PAGE`). */
export const diagramPageBox = (o: Orientation): Size => {
  const p = pageSize(o);
  return { width: p.width - 2 * DIAGRAM_PAGE.side, height: p.height - DIAGRAM_PAGE.top - DIAGRAM_PAGE.bottom };
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
 * Where a handout's diagram goes: under the title, on a page of its own, in parts over
 * several pages, or, when a legible print would take more pages than a handout may, only
 * as the overview (with a note saying so).
 * @public
 */
export type DiagramPlacement = "first-page" | "own-page" | "parts" | "overview-only";

/**
 * Where and at what scale a handout's diagram is printed, and the tiles of the scene each page shows.
 * @public
 */
export interface DiagramPlan {
  placement: DiagramPlacement;
  orientation: Orientation;
  scale: number;
  /** The parts of the scene each page shows, in scene units: one, unless split; none for "overview-only". */
  tiles: Rect[];
  /** For "overview-only": the pages a legible print would have taken. */
  pagesNeeded?: number;
}

export interface Band {
  /** Start and end along the scene's main axis (x for "right", y for "down"). */
  start: number;
  end: number;
}

/**
 * The most pages a handout gives its diagram. Past it the diagram is shown whole as the
 * overview, without text, and page 1 says how many pages a legible print would take.
 * @public
 */
export const MAX_DIAGRAM_PAGES = 24;

/** How far `pagesNeeded` is counted; past it a handout says "more than". */
export const COUNT_LIMIT = 1000;

/** Room kept before content that follows an empty stretch a part skips (a frame's padding and title). */
const SKIP_MARGIN = 48;

const fitScale = (bounds: Rect, room: Size, max: number) => Math.min(room.width / bounds.width, room.height / bounds.height, max);

/** Picks the orientation that prints the diagram largest; portrait on a tie. */
const best = (bounds: Rect, room: (o: Orientation) => Size) => {
  const p = fitScale(bounds, room("portrait"), MAX_SCALE);
  const l = fitScale(bounds, room("landscape"), MAX_SCALE);
  return l > p + 1e-9 ? { orientation: "landscape" as const, scale: l } : { orientation: "portrait" as const, scale: p };
};

/**
 * Cuts [start, end] into parts no longer than `limit`. Each cut goes, in order of
 * preference: on a stage boundary in the last 40% of the part; in a gap between boxes
 * (never through a component); straight through, when a box is longer than a page.
 * A stretch with no box in it is skipped, not printed: two parts 100,000 px apart take two
 * pages, not seventy. Stops after `maxParts` parts (the caller then knows it is too many).
 *
 * @param boxes the extent of every node (and edge label) along the axis
 * @param boundaries where stage frames meet
 */
export const cutAxis = (
  start: number,
  end: number,
  limit: number,
  boxes: readonly Band[],
  boundaries: readonly number[],
  maxParts = Number.POSITIVE_INFINITY,
): Band[] => {
  const parts: Band[] = [];
  const free = (c: number) => boxes.every((b) => c <= b.start - 2 || c >= b.end + 2);
  const next = (from: number) => {
    let first = Number.POSITIVE_INFINITY;
    for (const b of boxes) if (b.end > from) first = Math.min(first, b.start);
    return first;
  };
  let pos = start;
  while (end - pos > limit + 1e-6 && parts.length < maxParts) {
    if (boxes.length > 0) {
      const ahead = next(pos);
      // Nothing more to show after the parts so far.
      if (ahead === Number.POSITIVE_INFINITY) return parts.length ? parts : [{ start: pos, end: pos + limit }];
      if (ahead > pos + limit) {
        pos = Math.max(pos, ahead - SKIP_MARGIN);
        continue;
      }
    }
    const max = pos + limit;
    const onBoundary = boundaries.filter((c) => c > pos + 0.6 * limit && c <= max && free(c));
    const gaps = [max, ...boxes.flatMap((b) => [b.start - 4, b.end + 4])].filter((c) => c > pos + 0.3 * limit && c <= max && free(c));
    const cut = onBoundary.length ? Math.max(...onBoundary) : gaps.length ? Math.max(...gaps) : max;
    parts.push({ start: pos, end: cut });
    pos = cut;
  }
  // The rest, unless nothing is left in it to show.
  const rest = boxes.length === 0 || parts.length === 0 || next(pos) < end;
  if (rest && parts.length < maxParts) parts.push({ start: pos, end: Math.min(end, pos + limit) });
  return parts;
};

/**
 * Options of `planDiagram`.
 * @internal
 */
export interface PlanOptions {
  /** The room on a page that holds only the diagram, per orientation. */
  ownPageRoom?: (o: Orientation) => Size;
  /** The scene's main axis: parts are cut across it first. */
  direction?: "right" | "down";
  /** What a part must never cut through and must show: node boxes and edge label boxes. */
  boxes?: readonly Rect[];
  /** Where stage frames meet along the main axis. */
  boundaries?: readonly number[];
  /** The smallest scale at which every text of the drawing prints at `MIN_LABEL_PT` (default `MIN_SCALE`). */
  minScale?: number;
  /** The most pages the diagram may take (default `MAX_DIAGRAM_PAGES`). */
  maxPages?: number;
}

/**
 * Where the diagram goes: under the title on page 1 when its text is at least 6 pt there;
 * else on a page of its own; else split into parts, one per page, each printed at a legible
 * scale: cut across the main axis between stage frames where possible, then, where a part
 * is still too big the other way, across that axis too. Parts show only stretches that hold
 * something, so the page count follows what is drawn, not the empty space between it; past
 * `maxPages` only the overview prints.
 *
 * @param firstPageRoom the room left under the title block, per orientation
 * @internal
 */
export const planDiagram = (bounds: Rect, firstPageRoom: (o: Orientation) => Size, options: PlanOptions = {}): DiagramPlan => {
  const { ownPageRoom = contentBox, direction = "right", boxes = [], boundaries = [], maxPages = MAX_DIAGRAM_PAGES } = options;
  const minScale = Math.min(options.minScale ?? MIN_SCALE, MAX_SCALE);
  const whole = [{ ...bounds }];
  if (!(bounds.width > 0 && bounds.height > 0)) return { placement: "first-page", orientation: "portrait", scale: MAX_SCALE, tiles: whole };
  const first = best(bounds, firstPageRoom);
  if (first.scale >= minScale) return { placement: "first-page", ...first, tiles: whole };
  const own = best(bounds, ownPageRoom);
  if (own.scale >= minScale) return { placement: "own-page", ...own, tiles: whole };

  const alongX = direction === "right";
  const main = (r: Rect): Band => (alongX ? { start: r.x, end: r.x + r.width } : { start: r.y, end: r.y + r.height });
  const cross = (r: Rect): Band => (alongX ? { start: r.y, end: r.y + r.height } : { start: r.x, end: r.x + r.width });
  const [mainAll, crossAll] = [main(bounds), cross(bounds)];
  const tile = (m: Band, c: Band): Rect =>
    alongX
      ? { x: m.start, y: c.start, width: m.end - m.start, height: c.end - c.start }
      : { x: c.start, y: m.start, width: c.end - c.start, height: m.end - m.start };
  // The parts at one scale: strips across the main axis, each cut across the other axis when
  // it does not fit the page that way. Stops counting past `cap`.
  const tilesAt = (orientation: Orientation, scale: number, cap = maxPages): Rect[] => {
    const room = ownPageRoom(orientation);
    const [mainLimit, crossLimit] = alongX ? [room.width / scale, room.height / scale] : [room.height / scale, room.width / scale];
    const tiles: Rect[] = [];
    for (const strip of cutAxis(mainAll.start, mainAll.end, mainLimit, boxes.map(main), boundaries, cap + 1)) {
      const inStrip = boxes.filter((b) => main(b).start < strip.end && main(b).end > strip.start).map(cross);
      const pieces = cutAxis(crossAll.start, crossAll.end, crossLimit, inStrip, [], cap + 1 - tiles.length);
      for (const piece of pieces) tiles.push(tile(strip, piece));
      if (tiles.length > cap) break;
    }
    return tiles;
  };
  const choices = (["portrait", "landscape"] as const).map((orientation) => {
    // The fewest pages the legible minimum allows, at the largest scale that keeps that count.
    const fewest = tilesAt(orientation, minScale);
    if (fewest.length > maxPages) return { orientation, scale: minScale, tiles: fewest };
    for (let scale = MAX_SCALE; scale > minScale; scale *= 0.97) {
      const tiles = tilesAt(orientation, scale);
      if (tiles.length <= fewest.length) return { orientation, scale, tiles };
    }
    return { orientation, scale: minScale, tiles: fewest };
  });
  choices.sort((a, b) => a.tiles.length - b.tiles.length || b.scale - a.scale);
  const chosen = choices[0]!;
  if (chosen.tiles.length > maxPages) {
    // Counted up to a bound: the note says "more than" past it.
    const needed = Math.min(...(["portrait", "landscape"] as const).map((o) => tilesAt(o, minScale, COUNT_LIMIT).length));
    return { placement: "overview-only", orientation: "portrait", scale: minScale, tiles: [], pagesNeeded: needed };
  }
  return { placement: "parts", orientation: chosen.orientation, scale: chosen.scale, tiles: chosen.tiles };
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
