import { EDGE_KINDS, type EdgeKind, KINDS, type Point } from "@mlsd/core";
import {
  EDGE_DASH,
  KIND_STYLES,
  NODE_METRICS as M,
  nodeBadges,
  nodeBoxParts,
  type Scene,
  type SceneEdge,
  type SceneNode,
  STAGE_COLORS,
  type StageFrame,
  stageFrameParts,
  THEMES,
  type ThemeName,
  type ThemeTokens,
  wrapText,
} from "@mlsd/scene";
import { escapeXml as esc } from "./escape.js";
import { idSafe, num } from "./format.js";

export interface RenderSvgOptions {
  theme?: ThemeName;
  /** Space around the drawing, in px (default 24). */
  padding?: number;
  /** The accessible title; default: the scene's title. */
  title?: string;
  /** Width attribute in px; the height follows the aspect ratio. Default: natural size. */
  width?: number;
}

const arrowId = (prefix: string, kind: EdgeKind) => `${prefix}-arrow-${kind}`;

const markers = (prefix: string, t: ThemeTokens): string =>
  EDGE_KINDS.map(
    (kind) =>
      `<marker id="${arrowId(prefix, kind)}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 1L10 5L0 9z" fill="${t.edge[kind]}"/></marker>`,
  ).join("");

const frame = (f: StageFrame, t: ThemeTokens): string => {
  const color = STAGE_COLORS[f.stage];
  const { bar, title } = stageFrameParts(f);
  return (
    `<g class="mlsd-stage" data-stage="${f.stage}">` +
    `<rect x="${num(f.x)}" y="${num(f.y)}" width="${num(f.width)}" height="${num(f.height)}" rx="10" fill="${color}" fill-opacity="${t.frameTint}" stroke="${color}" stroke-opacity="0.35"/>` +
    `<rect x="${num(bar.x)}" y="${num(bar.y)}" width="${num(bar.width)}" height="${bar.height}" rx="1.5" fill="${color}"/>` +
    `<text x="${num(title.x)}" y="${num(title.y)}" font-size="${M.stageTitleSize}" font-weight="600" fill="${t.frameTitle}">${esc(f.title)}</text></g>`
  );
};

const pathOf = (points: readonly Point[]): string => points.map((p, i) => `${i ? "L" : "M"}${num(p.x)} ${num(p.y)}`).join("");

const edge = (e: SceneEdge, prefix: string, t: ThemeTokens): string => {
  const color = t.edge[e.kind];
  const dash = EDGE_DASH[e.kind];
  const width = e.kind === "feedback" ? 1.75 : 1.5;
  return (
    `<path class="mlsd-edge" data-kind="${e.kind}" d="${pathOf(e.points)}" fill="none" stroke="${color}" stroke-width="${width}"` +
    `${dash ? ` stroke-dasharray="${dash}"` : ""} stroke-linejoin="round" marker-end="url(#${arrowId(prefix, e.kind)})"/>`
  );
};

/** Edge labels go above every line, so no route runs through a label's text. */
const edgeLabel = (e: SceneEdge, t: ThemeTokens): string => {
  if (!e.label || !e.labelBox) return "";
  const b = e.labelBox;
  const text = wrapText(e.label, b.width + 40, M.edgeLabelSize, 1)[0] ?? "";
  return (
    `<g class="mlsd-edge-label"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="4" fill="${t.background}" fill-opacity="0.92"/>` +
    `<text x="${num(b.x + b.width / 2)}" y="${num(b.y + b.height / 2 + 4)}" font-size="${M.edgeLabelSize}" text-anchor="middle" fill="${t.edge[e.kind]}">${esc(text)}</text></g>`
  );
};

const node = (n: SceneNode, t: ThemeTokens): string => {
  const style = KIND_STYLES[n.kind];
  const { icon, lines, badges } = nodeBoxParts(n.width, n.label, nodeBadges(n));
  const tip = [n.label, KINDS[n.kind].title, n.notes].filter(Boolean).join("\n");
  let out =
    `<g class="mlsd-node" data-kind="${n.kind}"><title>${esc(tip)}</title>` +
    `<rect x="${num(n.x)}" y="${num(n.y)}" width="${num(n.width)}" height="${num(n.height)}" rx="8" fill="${t.nodeFill}" stroke="${style.color}" stroke-width="1.5"/>` +
    `<path transform="translate(${num(n.x + icon.x)} ${num(n.y + icon.y)}) scale(${num(icon.scale)})" d="${style.icon}" fill="none" stroke="${style.color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
  out += `<text font-size="${M.labelSize}" font-weight="500" fill="${t.text}">`;
  for (const line of lines) out += `<tspan x="${num(n.x + line.x)}" y="${num(n.y + line.y)}">${esc(line.text)}</tspan>`;
  out += "</text>";
  for (const b of badges)
    out +=
      `<rect x="${num(n.x + b.x)}" y="${num(n.y + b.y)}" width="${num(b.width)}" height="${b.height}" rx="9" fill="${style.color}" fill-opacity="0.14"/>` +
      `<text x="${num(n.x + b.textX)}" y="${num(n.y + b.textY)}" font-size="${M.badgeSize}" fill="${t.mutedText}">${esc(b.text)}</text>`;
  return `${out}</g>`;
};

/**
 * A Scene as a standalone SVG document: stage bands, edges with arrowheads (feedback edges
 * dashed in their own color), nodes with icon, label and badges. Every user string is
 * escaped; the output depends only on the scene and options.
 */
export const renderSvg = (scene: Scene, options: RenderSvgOptions = {}): string => {
  const theme = options.theme ?? "light";
  const t = THEMES[theme];
  const pad = options.padding ?? 24;
  const b = scene.bounds;
  const vw = b.width + 2 * pad;
  const vh = b.height + 2 * pad;
  const width = options.width ?? vw;
  const height = (width * vh) / vw;
  const prefix = `mlsd-${idSafe(scene.documentId)}-${theme}`;
  const title = options.title ?? scene.title;
  const desc = `${scene.summary ? `${scene.summary} ` : ""}${scene.nodes.length} components and ${scene.edges.length} connections across four stages.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(b.x - pad)} ${num(b.y - pad)} ${num(vw)} ${num(vh)}" width="${num(width)}" height="${num(height)}"` +
    ` role="img" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="${esc(t.fontFamily)}">` +
    `<title id="${prefix}-title">${esc(title)}</title><desc id="${prefix}-desc">${esc(desc)}</desc>` +
    `\n<defs>${markers(prefix, t)}</defs>\n` +
    `<rect x="${num(b.x - pad)}" y="${num(b.y - pad)}" width="${num(vw)}" height="${num(vh)}" fill="${t.background}"/>\n` +
    // One element per line, so a changed drawing diffs readably.
    [
      ...scene.stages.map((f) => frame(f, t)),
      ...scene.edges.map((e) => edge(e, prefix, t)),
      ...scene.edges.map((e) => edgeLabel(e, t)).filter(Boolean),
      ...scene.nodes.map((n) => node(n, t)),
    ].join("\n") +
    "\n</svg>\n"
  );
};
