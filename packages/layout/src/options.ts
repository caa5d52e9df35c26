import type { Document } from "@mlsd/core";
import type { Direction, MeasureText } from "@mlsd/scene";
import { estimateTextWidth } from "@mlsd/scene";
import type { LayoutAdapter } from "./adapter.js";

export interface LayoutOptions {
  /** Main direction of the flow: "right" (default, unless the document stores one) or "down". */
  direction?: Direction;
  /** Text width in px for a font size; default: a deterministic estimate (no fonts needed). */
  measureText?: MeasureText;
  /** Cancels the layout; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Where ELK runs; default: one shared in-process engine. */
  adapter?: LayoutAdapter;
}

/** The options that shape a layout (everything but how and whether it runs). */
export type ShapeOptions = Pick<LayoutOptions, "direction" | "measureText">;

export const resolveDirection = (document: Document, options: ShapeOptions): Direction =>
  options.direction ?? document.layout?.direction ?? "right";

export const resolveMeasure = (options: ShapeOptions): MeasureText => options.measureText ?? estimateTextWidth;
