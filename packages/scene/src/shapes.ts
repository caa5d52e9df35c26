import type { EdgeKind, NodeKind, Point, StageId } from "@mlsd/core";
import type { Rect } from "./types.js";

/**
 * The part of a drawing a shape belongs to. Shapes of one part follow each other in the
 * paint list and share this object; `paintRuns` hands them out together. The class name and
 * data attributes are decided here, so every renderer marks its output the same way (the
 * SVG contract: `mlsd-stage` with `data-stage`, `mlsd-node` and `mlsd-edge` with
 * `data-kind`, `mlsd-edge-label`).
 * @beta
 */
export type PaintPart =
  | { role: "stage"; id: StageId; className: "mlsd-stage"; group: true; data: { stage: StageId } }
  | { role: "edge"; id: string; className: "mlsd-edge"; group: false; data: { kind: EdgeKind; "edge-id": string } }
  | { role: "edge-label"; id: string; className: "mlsd-edge-label"; group: true; data: { kind: EdgeKind } }
  | {
      role: "node";
      id: string;
      className: "mlsd-node";
      group: true;
      data: { kind: NodeKind; "node-id": string };
      /** The node's label, for an accessible name. */
      label: string;
      /** The tooltip: label, kind and notes, one per line. */
      title: string;
    };

/** What every shape carries. */
interface ShapeBase {
  part: PaintPart;
}

/**
 * A rectangle with rounded corners.
 * @beta
 */
export interface RectShape extends ShapeBase, Rect {
  type: "rect";
  radius: number;
  fill: string;
  fillOpacity?: number;
  stroke?: string;
  strokeWidth?: number;
  strokeOpacity?: number;
}

/**
 * A filled triangle at the end of a line.
 * @beta
 */
export interface Arrowhead {
  /** Tip (on the line's last point), then the two corners of the base. */
  points: readonly [Point, Point, Point];
  fill: string;
}

/**
 * An open line through `points` (straight segments only), with an optional arrowhead.
 * @beta
 */
export interface PathShape extends ShapeBase {
  type: "path";
  points: readonly Point[];
  stroke: string;
  strokeWidth: number;
  strokeOpacity?: number;
  /** SVG dash pattern, e.g. "7 5"; solid when absent. */
  dash?: string;
  arrow?: Arrowhead;
}

/**
 * One line of text at a baseline point.
 * @beta
 */
export interface TextShape extends ShapeBase {
  type: "text";
  text: string;
  x: number;
  y: number;
  fontSize: number;
  /** 400 regular, 500 medium, 600 semi-bold; a medium without these maps them to its own. */
  fontWeight: number;
  fill: string;
  anchor: "start" | "middle";
}

/**
 * A kind icon: stroked path data on the `ICON_VIEWBOX` grid, moved to (x, y) and scaled.
 * @beta
 */
export interface IconShape extends ShapeBase {
  type: "icon";
  d: string;
  x: number;
  y: number;
  scale: number;
  stroke: string;
  /** In icon units, before scaling. */
  strokeWidth: number;
}

/**
 * Anything a renderer draws.
 * @beta
 */
export type Shape = RectShape | PathShape | TextShape | IconShape;

/**
 * A Scene with every style decided: what a renderer turns into its medium's elements.
 * @beta
 */
export interface Painting {
  /** What the drawing covers (the Scene's bounds). */
  bounds: Rect;
  background: string;
  fontFamily: string;
  /** In drawing order: frames, edges, edge labels, nodes. */
  shapes: Shape[];
}

/**
 * A part and its shapes, in drawing order.
 * @beta
 */
export interface PaintRun {
  part: PaintPart;
  shapes: Shape[];
}

/**
 * The paint list cut into its parts. A renderer wraps a run whose part has `group: true` in
 * one group element carrying the part's class and data attributes (and title); a part with
 * `group: false` has one shape, which carries them itself.
 * @beta
 */
export const paintRuns = (shapes: readonly Shape[]): PaintRun[] => {
  const runs: PaintRun[] = [];
  for (const shape of shapes) {
    const last = runs[runs.length - 1];
    if (last && last.part === shape.part) last.shapes.push(shape);
    else runs.push({ part: shape.part, shapes: [shape] });
  }
  return runs;
};
