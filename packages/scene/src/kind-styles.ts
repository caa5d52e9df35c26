import type { NodeKind } from "@mlsd/core";

/**
 * Icons are drawn on a 24×24 grid as stroked outlines (no fill), 2 units wide.
 * @public
 */
export const ICON_VIEWBOX = 24;

/**
 * How a node kind is told apart: its colour and its icon.
 * @public
 */
export interface KindStyle {
  color: string;
  /** SVG path data on the `ICON_VIEWBOX` grid. */
  icon: string;
}

/**
 * The colour and icon of every node kind.
 * @public
 */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  objective: { color: "#7c3aed", icon: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8M12 11.5v1" },
  constraint: { color: "#6d28d9", icon: "M12 3l8 4v5c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V7z" },
  metric: { color: "#8b5cf6", icon: "M4 20h16M6 16v-4M11 16V8M16 16v-7M20 16V5" },
  "data-source": {
    color: "#0284c7",
    icon: "M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3s-3.1 3-7 3s-7-1.3-7-3M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3",
  },
  "event-stream": { color: "#0369a1", icon: "M3 7h14l-3-3M21 12H7l3-3M3 17h14l-3-3" },
  warehouse: { color: "#075985", icon: "M3 10l9-6l9 6M5 10v10h14V10M9 20v-6h6v6" },
  "etl-job": { color: "#0891b2", icon: "M4 5h6v6H4zM14 13h6v6h-6zM10 8h4a3 3 0 0 1 3 3v2M7 11v3a3 3 0 0 0 3 3h4" },
  "stream-processor": { color: "#0e7490", icon: "M13 2L5 14h6l-1 8l8-12h-6z" },
  labeling: { color: "#0ea5e9", icon: "M3 12V4h8l10 10l-8 8zM7.5 8.5h.01" },
  dataset: { color: "#38bdf8", icon: "M4 4h16v16H4zM4 9h16M4 14h16M9 4v16" },
  "feature-store": { color: "#1d4ed8", icon: "M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z" },
  "feature-pipeline": { color: "#10b981", icon: "M3 6h4l3 6l-3 6H3M10 12h11M17 8l4 4l-4 4" },
  "training-job": {
    color: "#059669",
    icon: "M12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
  },
  model: { color: "#047857", icon: "M12 2l9 5v10l-9 5l-9-5V7zM12 12l9-5M12 12v10M12 12L3 7" },
  baseline: { color: "#65a30d", icon: "M3 18h18M6 18V9M18 18V9M3 9h18" },
  evaluation: { color: "#16a34a", icon: "M9 4h6v3H9zM7 5H5v16h14V5h-2M8 14l3 3l5-6" },
  "hyperparameter-search": { color: "#15803d", icon: "M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M16 4v4M10 10v4M18 16v4" },
  "experiment-tracking": { color: "#0d9488", icon: "M9 3h6M10 3v6l-5 10a1.5 1.5 0 0 0 1.3 2h11.4a1.5 1.5 0 0 0 1.3-2L14 9V3M7.5 15h9" },
  "model-registry": { color: "#166534", icon: "M4 7l8-4l8 4l-8 4zM4 12l8 4l8-4M4 17l8 4l8-4" },
  "batch-prediction": { color: "#c2410c", icon: "M4 4h16v5H4zM4 15h16v5H4zM8 6.5h.01M8 17.5h.01M12 9v6" },
  "online-service": { color: "#ea580c", icon: "M3 5h18v10H3zM8 21h8M12 15v6M7 10l2-2M11 10l2-2" },
  "on-device-model": { color: "#f97316", icon: "M7 2h10v20H7zM11 18h2" },
  "ab-test": { color: "#d97706", icon: "M4 20l4-14l4 14M5.5 15h5M15 6h3a2.5 2.5 0 0 1 0 5h-3zM15 11h4a2.5 2.5 0 0 1 0 5h-4zM15 6v10" },
  monitoring: { color: "#dc2626", icon: "M3 12h4l2-6l4 12l2-6h6" },
  "user-feedback": { color: "#e11d48", icon: "M4 4h16v12H9l-5 4zM8 9h8M8 12h5" },
  application: { color: "#9a3412", icon: "M3 4h18v14H3zM3 8h18M7 22h10" },
  "human-review": { color: "#b45309", icon: "M12 3a4 4 0 1 0 0 8a4 4 0 1 0 0-8M4 21c0-4 3.6-7 8-7s8 3 8 7" },
  "prediction-cache": { color: "#a16207", icon: "M13 2L5 14h6l-1 8l8-12h-6zM3 20h4M17 4h4" },
  component: { color: "#64748b", icon: "M4 4h16v16H4z" },
  note: { color: "#ca8a04", icon: "M5 3h10l4 4v14H5zM15 3v4h4M8 12h8M8 16h6" },
};

/**
 * The colour and icon of a kind; the plain component's for a kind this version does not know.
 * @public
 */
export const kindStyle = (kind: NodeKind): KindStyle => KIND_STYLES[kind] ?? KIND_STYLES.component;
