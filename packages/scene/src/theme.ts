import type { EdgeKind, StageName } from "@mlsd/core";

/**
 * The two built-in themes.
 * @public
 */
export type ThemeName = "light" | "dark";

/**
 * The colours of a theme as plain data. `paint` reads them (with `STYLE`) to decide every
 * shape's look, so the SVG, the React viewer, the PDF and the editor (through
 * `themeStyleSheet`) show a design alike.
 * @public
 */
export interface ThemeTokens {
  /** Behind the drawing. */
  background: string;
  /** Node labels. */
  text: string;
  /** Badge text. */
  mutedText: string;
  nodeFill: string;
  /** The editor's node border (the drawings outline a box in its kind's colour). */
  nodeBorder: string;
  frameTitle: string;
  /** Opacity of the stage colour behind a frame. */
  frameTint: number;
  /** Line, arrowhead and label colour of each edge kind. */
  edge: Record<EdgeKind, string>;
  /** Behind an edge label, so no line runs through its text. */
  labelFill: string;
  /** Opacity of `labelFill`. */
  labelOpacity: number;
  fontFamily: string;
}

/**
 * The light and dark themes.
 * @public
 */
export const THEMES: Readonly<Record<ThemeName, ThemeTokens>> = {
  light: {
    background: "#ffffff",
    text: "#1f2937",
    mutedText: "#4b5563",
    nodeFill: "#ffffff",
    nodeBorder: "#9ca3af",
    frameTitle: "#111827",
    frameTint: 0.07,
    edge: { data: "#475569", control: "#7c3aed", deploy: "#0f766e", feedback: "#db2777" },
    labelFill: "#ffffff",
    labelOpacity: 0.92,
    fontFamily: "Inter, 'Segoe UI', 'DejaVu Sans', Helvetica, Arial, sans-serif",
  },
  dark: {
    background: "#0f172a",
    text: "#e5e7eb",
    mutedText: "#9ca3af",
    nodeFill: "#1e293b",
    nodeBorder: "#475569",
    frameTitle: "#f3f4f6",
    frameTint: 0.14,
    edge: { data: "#94a3b8", control: "#a78bfa", deploy: "#2dd4bf", feedback: "#f472b6" },
    labelFill: "#0f172a",
    labelOpacity: 0.92,
    fontFamily: "Inter, 'Segoe UI', 'DejaVu Sans', Helvetica, Arial, sans-serif",
  },
};

/**
 * Edges drawn with a dash pattern (SVG `stroke-dasharray`); solid when absent.
 * @public
 */
export const EDGE_DASH: Readonly<Partial<Record<EdgeKind, string>>> = { control: "2 4", deploy: "8 3", feedback: "7 5" };

/**
 * The colour of each stage: its frame's tint, border, bar and (in the editor) title.
 * @public
 */
export const STAGE_COLORS: Readonly<Record<StageName, string>> = {
  setup: "#7c3aed",
  data: "#0284c7",
  modeling: "#059669",
  serving: "#ea580c",
};

/**
 * Strokes, radii, opacities and weights of the drawing, the same in every theme: the one
 * place a renderer's look is decided (see `paint`). Lengths are in scene units (px).
 * @beta
 */
export const STYLE = {
  frame: { radius: 10, strokeWidth: 1, strokeOpacity: 0.35, barRadius: 1.5, titleWeight: 600 },
  node: { radius: 8, strokeWidth: 1.5, labelWeight: 500, iconStrokeWidth: 2, badgeOpacity: 0.14 },
  edge: { strokeWidth: 1.5, feedbackStrokeWidth: 1.75, arrowLength: 10, arrowHalfWidth: 4 },
  /** `baseline`: how far below the label box's middle its text's baseline sits. */
  label: { radius: 4, baseline: 4 },
  /** The text-less overview of a design printed in parts. */
  overview: { frameTint: 1.6, strokeWidth: 1.2, strokeOpacity: 0.6, nodeOpacity: 0.55 },
} as const;
