import type { NodeKind } from "@mlsd/core";
import type { FlowShape } from "../mermaid/ast.js";

/**
 * The shape each kind is drawn with outside mlsd, shared by the Mermaid and draw.io
 * exports: stores are cylinders, jobs are framed boxes, models hexagons, gates diamonds,
 * manual work the "manual operation" trapezoid, signals from users flags.
 */
export const KIND_SHAPES: Readonly<Record<NodeKind, FlowShape>> = {
  objective: "stadium",
  constraint: "stadium",
  metric: "stadium",
  "data-source": "cylinder",
  "event-stream": "lean-right",
  warehouse: "cylinder",
  "etl-job": "subroutine",
  "stream-processor": "subroutine",
  labeling: "asymmetric",
  dataset: "cylinder",
  "feature-store": "cylinder",
  "feature-pipeline": "subroutine",
  "training-job": "subroutine",
  model: "hexagon",
  baseline: "hexagon",
  evaluation: "rhombus",
  "hyperparameter-search": "subroutine",
  "experiment-tracking": "rect",
  "model-registry": "cylinder",
  "batch-prediction": "subroutine",
  "online-service": "rect",
  "on-device-model": "round",
  "ab-test": "rect",
  monitoring: "rect",
  "user-feedback": "asymmetric",
  application: "round",
  "human-review": "trapezoid-alt",
  "prediction-cache": "cylinder",
  component: "rect",
  note: "asymmetric",
};

/** Mermaid's brackets for each shape: `id[("label")]` for a cylinder. */
export const MERMAID_BRACKETS: Readonly<Record<FlowShape, readonly [string, string]>> = {
  rect: ["[", "]"],
  round: ["(", ")"],
  stadium: ["([", "])"],
  subroutine: ["[[", "]]"],
  cylinder: ["[(", ")]"],
  circle: ["((", "))"],
  "double-circle": ["(((", ")))"],
  asymmetric: [">", "]"],
  rhombus: ["{", "}"],
  hexagon: ["{{", "}}"],
  "lean-right": ["[/", "/]"],
  "lean-left": ["[\\", "\\]"],
  trapezoid: ["[/", "\\]"],
  "trapezoid-alt": ["[\\", "/]"],
};

/** draw.io style fragments for each shape (its built-in shapes, no custom stencils). */
export const DRAWIO_SHAPES: Readonly<Record<FlowShape, string>> = {
  rect: "rounded=1;arcSize=12;",
  round: "rounded=1;arcSize=40;",
  stadium: "rounded=1;arcSize=50;",
  subroutine: "shape=process;backgroundOutline=1;size=0.06;",
  cylinder: "shape=cylinder3;boundedLbl=1;backgroundOutline=1;size=8;",
  circle: "ellipse;",
  "double-circle": "ellipse;shape=doubleEllipse;",
  asymmetric: "shape=step;perimeter=stepPerimeter;size=0.08;fixedSize=0;",
  rhombus: "rhombus;",
  hexagon: "shape=hexagon;perimeter=hexagonPerimeter2;size=0.08;fixedSize=0;",
  "lean-right": "shape=parallelogram;perimeter=parallelogramPerimeter;size=0.08;fixedSize=0;",
  "lean-left": "shape=parallelogram;perimeter=parallelogramPerimeter;size=0.08;fixedSize=0;flipH=1;",
  trapezoid: "shape=trapezoid;perimeter=trapezoidPerimeter;size=0.08;fixedSize=0;",
  "trapezoid-alt": "shape=trapezoid;perimeter=trapezoidPerimeter;size=0.08;fixedSize=0;flipV=1;",
};

/** A colour at `alpha` over white, as #rrggbb (draw.io and old renderers want opaque colours). */
export const tint = (hex: string, alpha: number): string => {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) =>
    Math.round(c * alpha + 255 * (1 - alpha))
      .toString(16)
      .padStart(2, "0");
  return `#${mix((n >> 16) & 255)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
};
