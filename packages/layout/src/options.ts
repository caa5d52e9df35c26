import type { Document } from "@mlsd/core";
import type { Direction } from "@mlsd/scene";
import type { LayoutAdapter } from "./adapter.js";
import { type LayoutTarget, parseTarget } from "./fit.js";

/**
 * Options of `layout()`.
 * @public
 */
export interface LayoutOptions {
  /**
   * How the stages are arranged: "rows" (stage bands stacked as rows, the flow running right
   * inside each, fitted to `target`), "right" (bands side by side) or "down" (bands stacked,
   * the flow running down). Default: the document's stored `layout.direction`, else "rows".
   */
  direction?: Direction;
  /**
   * The shape a "rows" layout aims for: "screen" (16:10, the default), "a4-portrait",
   * "a4-landscape" (the diagram room of an A4 handout page) or "W:H". A target without a
   * direction asks for "rows".
   */
  target?: LayoutTarget;
  /**
   * Compact boxes: icon and label only, no property badges, so boxes are shorter (a printed
   * handout lists every property in its components table). The Scene says so
   * (`compact: true`) and is drawn without badges. Default: false.
   */
  compact?: boolean;
  /** Cancels the layout; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Where ELK runs; default: one shared in-process engine. */
  adapter?: LayoutAdapter;
}

/** The options that shape a layout (everything but how and whether it runs). */
export type ShapeOptions = Pick<LayoutOptions, "direction" | "target" | "compact">;

/** The arrangement a fresh layout uses when neither the options nor the document name one. */
export const DEFAULT_DIRECTION: Direction = "rows";

export const resolveDirection = (document: Document, options: ShapeOptions): Direction =>
  options.direction ?? (options.target ? "rows" : undefined) ?? document.layout?.direction ?? DEFAULT_DIRECTION;

/** The target of a "rows" layout: the option, else the one the document was laid out for, else a screen. */
export const resolveTarget = (document: Document, options: ShapeOptions): LayoutTarget =>
  options.target ?? parseTarget(document.layout?.target ?? "") ?? "screen";
