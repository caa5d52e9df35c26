import type { Document } from "@mlsd/core";
import type { Direction } from "@mlsd/scene";
import type { LayoutAdapter } from "./adapter.js";

/**
 * Options of `layout()`.
 * @public
 */
export interface LayoutOptions {
  /** Main direction of the flow: "right" (default, unless the document stores one) or "down". */
  direction?: Direction;
  /** Cancels the layout; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Where ELK runs; default: one shared in-process engine. */
  adapter?: LayoutAdapter;
}

/** The options that shape a layout (everything but how and whether it runs). */
export type ShapeOptions = Pick<LayoutOptions, "direction">;

export const resolveDirection = (document: Document, options: ShapeOptions): Direction =>
  options.direction ?? document.layout?.direction ?? "right";
