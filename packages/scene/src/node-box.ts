import { ICON_VIEWBOX } from "./kind-styles.js";
import { badgeWidth, boxPadding, NODE_METRICS as M, type NodeSizeOptions, nodeLabelLines, wrapText } from "./text-metrics.js";
import type { Rect } from "./types.js";

// Where the parts of a drawing go, shared by every renderer (SVG string, React, react-pdf),
// so a design looks the same in each; the renderers only turn these numbers into markup.

/** Baseline of a line of text below the top of its line box (label lines, badges). */
const BASELINE = 12.5;
/** A badge is not drawn in less room than this: it would show little more than "…". */
const MIN_BADGE_ROOM = 36;

/**
 * A line of text placed in a node box.
 * @beta
 */
export interface PlacedText {
  text: string;
  /** Start of the baseline. */
  x: number;
  y: number;
}

/**
 * A property badge placed in a node box: its pill and where its text starts.
 * @beta
 */
export interface PlacedBadge extends Rect {
  text: string;
  /** Where the badge's text starts, on its baseline. */
  textX: number;
  textY: number;
}

/**
 * The parts of a node box, relative to its top-left corner.
 * @beta
 */
export interface NodeBoxParts {
  /** The kind icon: translate to (x, y), then scale the ICON_VIEWBOX path by `scale`. */
  icon: { x: number; y: number; scale: number };
  lines: PlacedText[];
  /** Badges left to right; those that do not fit the box's width are dropped. */
  badges: PlacedBadge[];
}

/**
 * Icon, wrapped label and badges of a box `width` wide, placed as layout sized the box
 * (`compact`: with a compact box's padding; pass no badges):
 * the label wraps where core's estimate wrapped it, and a badge is shortened with "…" to
 * the room left in its row, or dropped when there is none.
 * @beta
 */
export const nodeBoxParts = (width: number, label: string, badges: readonly string[], options: NodeSizeOptions = {}): NodeBoxParts => {
  const { padX, padY } = boxPadding(options.compact);
  const labelLines = nodeLabelLines(label, width, options.compact);
  const body = Math.max(M.icon, labelLines.length * M.lineHeight);
  const textX = padX + M.icon + M.iconGap;
  const textTop = padY + (body - labelLines.length * M.lineHeight) / 2;
  const lines = labelLines.map((text, i) => ({ text, x: textX, y: textTop + i * M.lineHeight + BASELINE }));
  const placed: PlacedBadge[] = [];
  const y = padY + body + M.badgeGap;
  const right = width - padX;
  let x = padX;
  for (const badge of badges) {
    const room = right - x;
    if (room < MIN_BADGE_ROOM) break;
    const text = wrapText(badge, room - 2 * M.badgePadX, M.badgeSize, 1)[0] ?? "";
    const w = Math.min(room, badgeWidth(text));
    placed.push({ text, x, y, width: w, height: M.badgeHeight, textX: x + M.badgePadX, textY: y + BASELINE });
    x += w + M.badgeGap;
  }
  return { icon: { x: padX, y: padY + (body - M.icon) / 2, scale: M.icon / ICON_VIEWBOX }, lines, badges: placed };
};
