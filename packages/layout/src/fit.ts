import { LAYOUT_TARGET_PATTERN } from "@mlsd/core";
import { NODE_METRICS, type Rect } from "@mlsd/scene";

/**
 * Where a drawing is shown whole and how big its box text comes out there: the shapes a
 * "rows" layout aims for (`target`) and the figures the benchmark and the catalogue's
 * budgets report.
 */

interface Area {
  width: number;
  height: number;
}

/**
 * The editor's canvas in a 1440 × 900 Chromium window, measured: 920 × 851 px between the
 * palette (220 px), the side panel (300 px) and the toolbar (49 px), less a 24 px margin on
 * every side for the fitted view.
 * @public
 */
export const EDITOR_CANVAS: Area = { width: 872, height: 803 };

/**
 * The room a handout gives a diagram on a page of its own, in pt (as @mlsd/pdf plans it):
 * A4 less 36 pt margins, 60 pt of running header and footer and 46 pt of heading and caption.
 */
export const A4_DIAGRAM: { portrait: Area; landscape: Area } = {
  portrait: { width: 523.28, height: 663.89 },
  landscape: { width: 769.89, height: 417.28 },
};

/** A handout never enlarges a diagram past this scale (@mlsd/pdf's MAX_SCALE). */
const A4_MAX_SCALE = 0.85;

/** The scale that fits `bounds` whole into `area`, never above `max`. */
export const fitScale = (bounds: Pick<Rect, "width" | "height">, area: Area, max = Number.POSITIVE_INFINITY): number =>
  Math.min(max, area.width / Math.max(1, bounds.width), area.height / Math.max(1, bounds.height));

/**
 * Box label size in screen px with the drawing fitted into the editor canvas (zoom capped at 100%).
 * @public
 */
export const editorTextPx = (bounds: Pick<Rect, "width" | "height">): number => NODE_METRICS.labelSize * fitScale(bounds, EDITOR_CANVAS, 1);

/**
 * Box label size in pt with the drawing fitted to an A4 handout page, in the better orientation.
 * @public
 */
export const a4TextPt = (bounds: Pick<Rect, "width" | "height">): number =>
  NODE_METRICS.labelSize *
  Math.max(fitScale(bounds, A4_DIAGRAM.portrait, A4_MAX_SCALE), fitScale(bounds, A4_DIAGRAM.landscape, A4_MAX_SCALE));

/**
 * The shape a "rows" layout aims for: a landscape screen (16:10), the diagram room of an A4
 * handout page, or any width:height.
 * @public
 */
export type LayoutTarget = "screen" | "a4-portrait" | "a4-landscape" | `${number}:${number}`;

/**
 * Width over height of a target.
 * @public
 */
export const targetRatio = (target: LayoutTarget): number => {
  if (target === "screen") return 16 / 10;
  if (target === "a4-portrait") return A4_DIAGRAM.portrait.width / A4_DIAGRAM.portrait.height;
  if (target === "a4-landscape") return A4_DIAGRAM.landscape.width / A4_DIAGRAM.landscape.height;
  const [w, h] = target.split(":").map(Number) as [number, number];
  return w / h;
};

/**
 * Reads a target as a user types it: `screen`, `a4-portrait`, `a4-landscape` or `W:H` with
 * two positive numbers whose ratio lies between 1:10 and 10:1 (as a stored document may
 * hold it). Null for anything else.
 * @public
 */
export const parseTarget = (value: string): LayoutTarget | null => {
  const text = value.trim();
  if (!LAYOUT_TARGET_PATTERN.test(text)) return null;
  if (text === "screen" || text === "a4-portrait" || text === "a4-landscape") return text;
  const [w, h] = text.split(":").map(Number) as [number, number];
  const ratio = w / h;
  return Number.isFinite(ratio) && ratio >= 0.1 && ratio <= 10 ? (`${w}:${h}` as LayoutTarget) : null;
};
