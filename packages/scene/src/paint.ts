import { KINDS, type Point } from "@mlsd/core";
import { stageFrameParts, stageTitleWidth } from "./frames.js";
import { arrowhead, intersects } from "./geometry.js";
import { kindStyle } from "./kind-styles.js";
import { labelBoxOf } from "./labels.js";
import { nodeBoxParts } from "./node-box.js";
import type { Painting, PaintPart, Shape } from "./shapes.js";
import { NODE_METRICS as M, nodeBadges, wrapText } from "./text-metrics.js";
import { EDGE_DASH, STAGE_COLORS, STYLE, THEMES, type ThemeName, type ThemeTokens } from "./theme.js";
import type { Rect, Scene, SceneEdge, SceneNode, StageFrame } from "./types.js";

/**
 * Options of `paint`.
 * @beta
 */
export interface PaintOptions {
  /**
   * Applied to every string of the design before it is wrapped: the PDF turns characters
   * its font lacks into ones it has. Default: strings as they are.
   */
  text?: (text: string) => string;
  /**
   * Leave out everything that does not touch this rect (a printed tile): frames, nodes,
   * edges whose route does not cross it and labels outside it. A tile of a huge drawing
   * then holds its own shapes only.
   */
  within?: Rect;
}

const tokensOf = (theme: ThemeName | ThemeTokens): ThemeTokens => (typeof theme === "string" ? (THEMES[theme] ?? THEMES.light) : theme);

/**
 * A node's tooltip: its label, its kind's title and its notes, one per line.
 * @beta
 */
export const nodeTitle = (node: Pick<SceneNode, "label" | "kind" | "notes">): string =>
  [node.label, KINDS[node.kind]?.title ?? node.kind, node.notes].filter(Boolean).join("\n");

const edgeColor = (t: ThemeTokens, e: SceneEdge) => t.edge[e.kind] ?? t.edge.data;

const stagePart = (f: StageFrame): PaintPart => ({
  role: "stage",
  id: f.stage,
  className: "mlsd-stage",
  group: true,
  data: { stage: f.stage },
});
const edgePart = (e: SceneEdge): PaintPart => ({
  role: "edge",
  id: e.id,
  className: "mlsd-edge",
  group: false,
  data: { kind: e.kind, "edge-id": e.id },
});
const nodePart = (n: SceneNode): PaintPart => ({
  role: "node",
  id: n.id,
  className: "mlsd-node",
  group: true,
  data: { kind: n.kind, "node-id": n.id },
  label: n.label,
  title: nodeTitle(n),
});

const frameShapes = (f: StageFrame, t: ThemeTokens, text: (s: string) => string, shows: (r: Rect) => boolean): Shape[] => {
  const part = stagePart(f);
  const color = STAGE_COLORS[f.stage];
  const { bar, title } = stageFrameParts(f);
  const s = STYLE.frame;
  // A tile that cuts a frame just above its title leaves the title out, not clipped: clipped
  // text would still be in a PDF's text, where the next line's words would run into it.
  const titleBox = { x: title.x, y: title.y - M.stageTitleSize, width: stageTitleWidth(f.title), height: M.stageTitleSize + 4 };
  return [
    {
      type: "rect",
      part,
      x: f.x,
      y: f.y,
      width: f.width,
      height: f.height,
      radius: s.radius,
      fill: color,
      fillOpacity: t.frameTint,
      stroke: color,
      strokeWidth: s.strokeWidth,
      strokeOpacity: s.strokeOpacity,
    },
    { type: "rect", part, ...bar, radius: s.barRadius, fill: color },
    ...(shows(titleBox)
      ? [
          {
            type: "text" as const,
            part,
            text: text(f.title),
            ...title,
            fontSize: M.stageTitleSize,
            fontWeight: s.titleWeight,
            fill: t.frameTitle,
            anchor: "start" as const,
          },
        ]
      : []),
  ];
};

const edgeShape = (e: SceneEdge, t: ThemeTokens): Shape => {
  const color = edgeColor(t, e);
  const last = e.points[e.points.length - 1];
  const before = e.points[e.points.length - 2];
  const dash = EDGE_DASH[e.kind];
  return {
    type: "path",
    part: edgePart(e),
    points: e.points,
    stroke: color,
    strokeWidth: e.kind === "feedback" ? STYLE.edge.feedbackStrokeWidth : STYLE.edge.strokeWidth,
    ...(dash ? { dash } : {}),
    ...(last && before
      ? { arrow: { points: arrowhead(before, last, STYLE.edge.arrowLength, STYLE.edge.arrowHalfWidth), fill: color } }
      : {}),
  };
};

/** An edge label: a box in the background colour, so no line runs through the text, then the text. */
const labelShapes = (e: SceneEdge, t: ThemeTokens, text: (s: string) => string): Shape[] => {
  const box = labelBoxOf(e);
  if (!e.label || !box) return [];
  const part: PaintPart = { role: "edge-label", id: e.id, className: "mlsd-edge-label", group: true, data: { kind: e.kind } };
  return [
    { type: "rect", part, ...box, radius: STYLE.label.radius, fill: t.labelFill, fillOpacity: t.labelOpacity },
    {
      type: "text",
      part,
      text: wrapText(text(e.label), box.width + 40, M.edgeLabelSize, 1)[0] ?? "",
      x: box.x + box.width / 2,
      y: box.y + box.height / 2 + STYLE.label.baseline,
      fontSize: M.edgeLabelSize,
      fontWeight: 400,
      fill: edgeColor(t, e),
      anchor: "middle",
    },
  ];
};

const nodeShapes = (n: SceneNode, t: ThemeTokens, text: (s: string) => string, compact: boolean): Shape[] => {
  const part = nodePart(n);
  const style = kindStyle(n.kind);
  const s = STYLE.node;
  const { icon, lines, badges } = nodeBoxParts(n.width, text(n.label), compact ? [] : nodeBadges(n).map(text), { compact });
  // A box too short for its badge row (an old stored size) is drawn without badges.
  const fits = badges.every((b) => b.y + b.height <= n.height);
  return [
    {
      type: "rect",
      part,
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      radius: s.radius,
      fill: t.nodeFill,
      stroke: style.color,
      strokeWidth: s.strokeWidth,
    },
    {
      type: "icon",
      part,
      d: style.icon,
      x: n.x + icon.x,
      y: n.y + icon.y,
      scale: icon.scale,
      stroke: style.color,
      strokeWidth: s.iconStrokeWidth,
    },
    ...lines.map(
      (line): Shape => ({
        type: "text",
        part,
        text: line.text,
        x: n.x + line.x,
        y: n.y + line.y,
        fontSize: M.labelSize,
        fontWeight: s.labelWeight,
        fill: t.text,
        anchor: "start",
      }),
    ),
    ...(fits ? badges : []).flatMap((b): Shape[] => [
      {
        type: "rect",
        part,
        x: n.x + b.x,
        y: n.y + b.y,
        width: b.width,
        height: b.height,
        radius: b.height / 2,
        fill: style.color,
        fillOpacity: s.badgeOpacity,
      },
      {
        type: "text",
        part,
        text: b.text,
        x: n.x + b.textX,
        y: n.y + b.textY,
        fontSize: M.badgeSize,
        fontWeight: 400,
        fill: t.mutedText,
        anchor: "start",
      },
    ]),
  ];
};

/** How far past its route a line's stroke and arrowhead reach (scene units). */
const EDGE_REACH = STYLE.edge.arrowLength + STYLE.edge.feedbackStrokeWidth;

/** Whether any segment of a route (by its bounding box) touches `rect`. */
const routeTouches = (points: readonly Point[], rect: Rect): boolean => {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    if (x <= rect.x + rect.width && rect.x <= Math.max(a.x, b.x) && y <= rect.y + rect.height && rect.y <= Math.max(a.y, b.y)) return true;
  }
  return false;
};

/**
 * A Scene as a flat list of shapes with every style decided: stage frames, then edges with
 * their arrowheads, then edge labels (above every line), then nodes with icon, label lines
 * and badges (none in a compact Scene). SVG, the React viewer and the PDF only translate these shapes.
 * @beta
 */
export const paint = (scene: Scene, theme: ThemeName | ThemeTokens = "light", options: PaintOptions = {}): Painting => {
  const t = tokensOf(theme);
  const text = options.text ?? ((s: string) => s);
  const within = options.within;
  const shows = (r: Rect) => !within || intersects(r, within);
  // A line's stroke and arrowhead reach a little past its route: keep lines that pass just outside.
  const near = within && {
    x: within.x - EDGE_REACH,
    y: within.y - EDGE_REACH,
    width: within.width + 2 * EDGE_REACH,
    height: within.height + 2 * EDGE_REACH,
  };
  const edges = near ? scene.edges.filter((e) => routeTouches(e.points, near)) : scene.edges;
  const labelled = within
    ? scene.edges.filter((e) => {
        const box = labelBoxOf(e);
        return box !== undefined && intersects(box, within);
      })
    : scene.edges;
  return {
    bounds: scene.bounds,
    background: t.background,
    fontFamily: t.fontFamily,
    shapes: [
      ...scene.stages.filter(shows).flatMap((f) => frameShapes(f, t, text, shows)),
      ...edges.map((e) => edgeShape(e, t)),
      ...labelled.flatMap((e) => labelShapes(e, t, text)),
      ...scene.nodes.filter(shows).flatMap((n) => nodeShapes(n, t, text, scene.compact === true)),
    ],
  };
};

/**
 * The design at a glance, without text (too small to read when a design is printed in
 * parts): tinted frames, thin lines, boxes filled in their kind's colour. `unit` is the
 * size in scene units of one unit on the page, so lines stay equally thin at any scale.
 * @beta
 */
export const paintOverview = (scene: Scene, theme: ThemeName | ThemeTokens = "light", unit = 1): Painting => {
  const t = tokensOf(theme);
  const o = STYLE.overview;
  return {
    bounds: scene.bounds,
    background: t.background,
    fontFamily: t.fontFamily,
    shapes: [
      ...scene.stages.map(
        (f): Shape => ({
          type: "rect",
          part: stagePart(f),
          x: f.x,
          y: f.y,
          width: f.width,
          height: f.height,
          radius: STYLE.frame.radius,
          fill: STAGE_COLORS[f.stage],
          fillOpacity: t.frameTint * o.frameTint,
        }),
      ),
      ...scene.edges.map(
        (e): Shape => ({
          type: "path",
          part: edgePart(e),
          points: e.points,
          stroke: edgeColor(t, e),
          strokeWidth: o.strokeWidth * unit,
          strokeOpacity: o.strokeOpacity,
        }),
      ),
      ...scene.nodes.map(
        (n): Shape => ({
          type: "rect",
          part: nodePart(n),
          x: n.x,
          y: n.y,
          width: n.width,
          height: n.height,
          radius: STYLE.node.radius,
          fill: kindStyle(n.kind).color,
          fillOpacity: o.nodeOpacity,
        }),
      ),
    ],
  };
};
