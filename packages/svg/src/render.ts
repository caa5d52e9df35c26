import { type Painting, type PaintPart, paint, paintRuns, type Scene, type Shape, type ThemeName, type ThemeTokens } from "@mlsd/scene";
import { escapeXml as esc } from "./escape.js";
import { idSafe, num } from "./format.js";

/**
 * Options of `renderSvg`.
 * @public
 */
export interface RenderSvgOptions {
  /** A built-in theme by name, or theme tokens of your own (default "light"). */
  theme?: ThemeName | ThemeTokens;
  /** Space around the drawing, in px (default 24). */
  padding?: number;
  /** The accessible title; default: the scene's title. */
  title?: string;
  /** Width attribute in px; the height follows the aspect ratio. Default: natural size. */
  width?: number;
}

const points = (list: readonly { x: number; y: number }[]) => list.map((p, i) => `${i ? "L" : "M"}${num(p.x)} ${num(p.y)}`).join("");

const attrs = (part: PaintPart): string =>
  ` class="${part.className}"${Object.entries(part.data)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join("")}`;

const opt = (name: string, value: number | string | undefined) => (value === undefined ? "" : ` ${name}="${value}"`);

/** One shape as SVG markup; `own` holds the attributes of a part drawn without a group. */
const shape = (s: Shape, own = ""): string => {
  switch (s.type) {
    case "rect":
      return (
        `<rect${own} x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}" rx="${num(s.radius)}" fill="${esc(s.fill)}"` +
        `${opt("fill-opacity", s.fillOpacity)}${opt("stroke", s.stroke && esc(s.stroke))}${opt("stroke-width", s.strokeWidth)}${opt("stroke-opacity", s.strokeOpacity)}/>`
      );
    case "path":
      return (
        `<path${own} d="${points(s.points)}" fill="none" stroke="${esc(s.stroke)}" stroke-width="${s.strokeWidth}"` +
        `${opt("stroke-opacity", s.strokeOpacity)}${opt("stroke-dasharray", s.dash)} stroke-linejoin="round"/>` +
        (s.arrow ? `<path d="${points(s.arrow.points)}Z" fill="${esc(s.arrow.fill)}"/>` : "")
      );
    case "text":
      return (
        `<text${own} x="${num(s.x)}" y="${num(s.y)}" font-size="${s.fontSize}"${s.fontWeight === 400 ? "" : ` font-weight="${s.fontWeight}"`}` +
        `${s.anchor === "middle" ? ' text-anchor="middle"' : ""} fill="${esc(s.fill)}">${esc(s.text)}</text>`
      );
    case "icon":
      return (
        `<path${own} transform="translate(${num(s.x)} ${num(s.y)}) scale(${num(s.scale)})" d="${s.d}" fill="none" stroke="${esc(s.stroke)}"` +
        ` stroke-width="${s.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`
      );
  }
};

/** The paint list as SVG elements, one part per line so a changed drawing diffs readably. */
const svgElements = (painting: Painting): string[] =>
  paintRuns(painting.shapes).map(({ part, shapes }) =>
    part.group
      ? `<g${attrs(part)}>${"title" in part ? `<title>${esc(part.title)}</title>` : ""}${shapes.map((s) => shape(s)).join("")}</g>`
      : shapes.map((s, i) => shape(s, i === 0 ? attrs(part) : "")).join(""),
  );

/**
 * A Scene as a standalone SVG document: stage bands, edges with arrowheads (feedback edges
 * dashed in their own color), edge labels, nodes with icon, label and badges, drawn from
 * @mlsd/scene's paint list. Every user string is escaped; the output depends only on the
 * scene and options.
 * @public
 */
export const renderSvg = (scene: Scene, options: RenderSvgOptions = {}): string => {
  const theme = options.theme ?? "light";
  const painting = paint(scene, theme);
  const pad = options.padding ?? 24;
  const b = painting.bounds;
  const vw = b.width + 2 * pad;
  const vh = b.height + 2 * pad;
  const width = options.width ?? vw;
  const height = (width * vh) / vw;
  const prefix = `mlsd-${idSafe(scene.documentId)}-${typeof theme === "string" ? theme : "custom"}`;
  const title = options.title ?? scene.title;
  const desc = `${scene.summary ? `${scene.summary} ` : ""}${scene.nodes.length} components and ${scene.edges.length} connections across four stages.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(b.x - pad)} ${num(b.y - pad)} ${num(vw)} ${num(vh)}" width="${num(width)}" height="${num(height)}"` +
    ` role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${esc(painting.fontFamily)}">` +
    `<title id="${prefix}-title">${esc(title)}</title><desc id="${prefix}-desc">${esc(desc)}</desc>\n` +
    `<rect x="${num(b.x - pad)}" y="${num(b.y - pad)}" width="${num(vw)}" height="${num(vh)}" fill="${esc(painting.background)}"/>\n` +
    svgElements(painting).join("\n") +
    "\n</svg>\n"
  );
};
