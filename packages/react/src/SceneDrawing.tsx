import {
  badgeWidth,
  EDGE_DASH,
  ICON_VIEWBOX,
  KIND_STYLES,
  KINDS,
  NODE_METRICS,
  nodeBadges,
  nodeLabelLines,
  type Point,
  type Scene,
  type SceneEdge,
  type SceneNode,
  STAGE_COLORS,
  type ThemeTokens,
  wrapText,
} from "@mlsd/core";
import { memo } from "react";

interface DrawingProps {
  scene: Scene;
  tokens: ThemeTokens;
  /** Nodes show a pointer cursor; clicks are handled once, on the SVG (see MlsdDiagram). */
  clickable: boolean;
}

const M = NODE_METRICS;

/**
 * The Scene as SVG elements: stage frames under edges under nodes. React escapes every
 * string it puts in text or attributes, so labels from users stay text. Memoised: pan and
 * zoom change only the viewBox around it.
 */
export const SceneDrawing = memo(function SceneDrawing({ scene, tokens, clickable }: DrawingProps) {
  return (
    <g fontFamily={tokens.fontFamily}>
      {scene.stages.map((frame) => {
        const color = STAGE_COLORS[frame.stage];
        return (
          <g key={frame.stage} data-stage={frame.stage}>
            <rect
              x={frame.x}
              y={frame.y}
              width={frame.width}
              height={frame.height}
              rx={10}
              fill={color}
              fillOpacity={tokens.frameTint}
              stroke={color}
              strokeOpacity={0.35}
            />
            <rect x={frame.x + 10} y={frame.y} width={Math.max(0, frame.width - 20)} height={3} rx={1.5} fill={color} />
            <text x={frame.x + 12} y={frame.y + 24} fontSize={M.stageTitleSize} fontWeight={600} fill={tokens.frameTitle}>
              {frame.title}
            </text>
          </g>
        );
      })}
      {scene.edges.map((edge) => (
        <Edge key={edge.id} edge={edge} tokens={tokens} />
      ))}
      {scene.nodes.map((node) => (
        <Node key={node.id} node={node} tokens={tokens} clickable={clickable} />
      ))}
    </g>
  );
});

function Node({ node, tokens, clickable }: { node: SceneNode; tokens: ThemeTokens; clickable: boolean }) {
  const style = KIND_STYLES[node.kind] ?? KIND_STYLES.component;
  const lines = nodeLabelLines(node.label, node.width);
  const badges = nodeBadges(node);
  const textX = M.padX + M.icon + M.iconGap;
  const body = Math.max(M.icon, lines.length * M.lineHeight);
  const textTop = M.padY + (body - lines.length * M.lineHeight) / 2;
  const badgeY = M.padY + body + M.badgeGap;
  let badgeX = M.padX;
  return (
    <g
      transform={`translate(${node.x} ${node.y})`}
      data-node-id={node.id}
      // Clickable nodes are buttons a keyboard reaches with Tab and presses with Enter or Space.
      {...(clickable
        ? {
            role: "button",
            tabIndex: 0,
            "aria-label": `${node.label} (${KINDS[node.kind]?.title ?? node.kind})`,
            style: { cursor: "pointer" },
          }
        : {})}
    >
      <title>{node.label}</title>
      <rect width={node.width} height={node.height} rx={8} fill={tokens.nodeFill} stroke={style.color} strokeWidth={1.5} />
      <path
        transform={`translate(${M.padX} ${M.padY + (body - M.icon) / 2}) scale(${M.icon / ICON_VIEWBOX})`}
        d={style.icon}
        fill="none"
        stroke={style.color}
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <text fontSize={M.labelSize} fontWeight={500} fill={tokens.text}>
        {lines.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label have no other identity
          <tspan key={i} x={textX} y={textTop + i * M.lineHeight + 12.5}>
            {line}
          </tspan>
        ))}
      </text>
      {badges.map((full, i) => {
        // A badge never leaves its box: shortened with "…" to the room left, dropped when none is.
        const room = node.width - M.padX - badgeX - 2 * M.badgePadX;
        if (room < M.badgeSize * 2) return null;
        const badge = wrapText(full, room, M.badgeSize, undefined, 1)[0] ?? "";
        const width = badgeWidth(badge);
        const x = badgeX;
        badgeX += width + M.badgeGap;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: two badges may read the same
          <g key={i} transform={`translate(${x} ${badgeY})`}>
            <rect width={width} height={M.badgeHeight} rx={M.badgeHeight / 2} fill={style.color} fillOpacity={0.14} />
            <text x={M.badgePadX} y={12.5} fontSize={M.badgeSize} fill={tokens.mutedText}>
              {badge}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Edge({ edge, tokens }: { edge: SceneEdge; tokens: ThemeTokens }) {
  const color = tokens.edge[edge.kind] ?? tokens.edge.data;
  const points = edge.points;
  if (points.length < 2) return null;
  const d = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
  const label = edge.label ? labelPlace(edge) : undefined;
  return (
    <g data-edge-id={edge.id}>
      <path
        d={d}
        fill="none"
        stroke={color}
        strokeWidth={edge.kind === "feedback" ? 1.75 : 1.5}
        strokeDasharray={EDGE_DASH[edge.kind]}
        strokeLinejoin="round"
      />
      <path d={arrowHead(points[points.length - 2]!, points[points.length - 1]!)} fill={color} />
      {label && edge.label ? (
        <g>
          <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={4} fill={tokens.background} fillOpacity={0.9} />
          <text
            x={label.x + label.width / 2}
            y={label.y + label.height / 2 + 4}
            fontSize={M.edgeLabelSize}
            textAnchor="middle"
            fill={tokens.mutedText}
          >
            {edge.label}
          </text>
        </g>
      ) : null}
    </g>
  );
}

/** A filled triangle whose tip touches `to`, pointing along the last segment. */
const arrowHead = (from: Point, to: Point): string => {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const size = 8;
  const bx = to.x - ux * size;
  const by = to.y - uy * size;
  const f = (n: number) => Math.round(n * 100) / 100;
  return `M${f(to.x)} ${f(to.y)} L${f(bx - uy * size * 0.5)} ${f(by + ux * size * 0.5)} L${f(bx + uy * size * 0.5)} ${f(by - ux * size * 0.5)} Z`;
};

/** The label box the layout chose, or one centred on the middle segment. */
const labelPlace = (edge: SceneEdge) => {
  if (edge.labelBox) return edge.labelBox;
  const text = edge.label ?? "";
  const width = Math.min(220, text.length * M.edgeLabelSize * 0.56 + 10);
  const mid = Math.floor((edge.points.length - 1) / 2);
  const a = edge.points[mid]!;
  const b = edge.points[mid + 1] ?? a;
  return { x: (a.x + b.x) / 2 - width / 2, y: (a.y + b.y) / 2 - 9, width, height: 18 };
};
