import { KINDS, type Point } from "@mlsd/core";
import {
  arrowhead,
  EDGE_DASH,
  KIND_STYLES,
  NODE_METRICS,
  nodeBadges,
  nodeBoxParts,
  type Scene,
  type SceneEdge,
  type SceneNode,
  STAGE_COLORS,
  stageFrameParts,
  type ThemeTokens,
} from "@mlsd/scene";
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
        const { bar, title } = stageFrameParts(frame);
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
            <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={1.5} fill={color} />
            <text x={title.x} y={title.y} fontSize={M.stageTitleSize} fontWeight={600} fill={tokens.frameTitle}>
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
  const { icon, lines, badges } = nodeBoxParts(node.width, node.label, nodeBadges(node));
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
        transform={`translate(${icon.x} ${icon.y}) scale(${icon.scale})`}
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
          <tspan key={i} x={line.x} y={line.y}>
            {line.text}
          </tspan>
        ))}
      </text>
      {badges.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two badges may read the same
        <g key={i}>
          <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={b.height / 2} fill={style.color} fillOpacity={0.14} />
          <text x={b.textX} y={b.textY} fontSize={M.badgeSize} fill={tokens.mutedText}>
            {b.text}
          </text>
        </g>
      ))}
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
      <path d={arrowPath(points[points.length - 2]!, points[points.length - 1]!)} fill={color} />
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
const arrowPath = (from: Point, to: Point): string => {
  const f = (n: number) => Math.round(n * 100) / 100;
  const [tip, a, b] = arrowhead(from, to, 8, 4);
  return `M${f(tip.x)} ${f(tip.y)} L${f(a.x)} ${f(a.y)} L${f(b.x)} ${f(b.y)} Z`;
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
