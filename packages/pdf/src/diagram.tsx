import {
  arrowhead,
  NODE_METRICS,
  nodeBadges,
  nodeBoxParts,
  type Scene,
  type SceneEdge,
  type SceneNode,
  type Rect as SceneRect,
  type StageFrame,
  stageFrameParts,
  wrapText,
} from "@mlsd/scene";
import { G, Path, Polygon, Polyline, Rect, Svg, Text } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { Measure } from "./fonts.js";
import { trimEnd } from "./geometry.js";
import { edgeColor, edgeDash, font, kindColor, kindIcon, stageColor, theme } from "./palette.js";
import type { Printer } from "./text.js";

/** Props of react-pdf's SVG <Text> that its typings leave out but its layout reads. */
interface SvgTextProps {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  fill: string;
  anchor?: "start" | "middle" | "end";
  children: string;
}

const SvgText = ({ x, y, size, bold, fill, anchor, children }: SvgTextProps) => {
  const props = { x, y, fill, textAnchor: anchor ?? "start", fontFamily: font, fontSize: size, fontWeight: bold ? 700 : 400 };
  return <Text {...(props as { x: number; y: number })}>{children}</Text>;
};

export interface DiagramProps {
  scene: Scene;
  /** The part of the scene to show (scene units): all of it, or one tile. */
  view: SceneRect;
  /** Points per scene unit. */
  scale: number;
  measure: Measure;
  print: Printer;
}

const M = NODE_METRICS;

/** A stage band: tinted area, a color bar on its top edge, its title (as the SVG renderer draws it). */
const Frame = ({ frame, print }: { frame: StageFrame; print: Printer }) => {
  const color = stageColor(frame.stage);
  const { bar, title } = stageFrameParts(frame);
  return (
    <G>
      <Rect
        x={frame.x}
        y={frame.y}
        width={frame.width}
        height={frame.height}
        rx={10}
        ry={10}
        fill={color}
        fillOpacity={theme.frameTint}
        stroke={color}
        strokeOpacity={0.35}
        strokeWidth={1}
      />
      <Rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={1.5} ry={1.5} fill={color} />
      <SvgText x={title.x} y={title.y} size={M.stageTitleSize} bold fill={theme.frameTitle}>
        {print(frame.title)}
      </SvgText>
    </G>
  );
};

const Edge = ({ edge, measure, print }: { edge: SceneEdge; measure: Measure; print: Printer }) => {
  if (edge.points.length < 2) return null;
  const color = edgeColor(edge.kind);
  const dash = edgeDash(edge.kind);
  const tip = edge.points[edge.points.length - 1]!;
  const before = edge.points[edge.points.length - 2]!;
  const head = arrowhead(before, tip, 9, 4.5);
  const line = trimEnd(edge.points, 7);
  let labelNode: ReactNode = null;
  if (edge.label) {
    const size = M.edgeLabelSize;
    const text = print(edge.label);
    const box = edge.labelBox ?? labelBoxAt(midpoint(edge.points), measure(text, size) + 8, size + 6);
    const line = wrapText(text, box.width + 40, size, 1)[0] ?? "";
    labelNode = (
      <G>
        <Rect x={box.x} y={box.y} width={box.width} height={box.height} rx={4} ry={4} fill={theme.background} fillOpacity={0.92} />
        <SvgText x={box.x + box.width / 2} y={box.y + box.height / 2 + 4} size={size} fill={color} anchor="middle">
          {line}
        </SvgText>
      </G>
    );
  }
  return (
    <G>
      <Polyline
        points={line.map((p) => `${p.x},${p.y}`).join(" ")}
        fill="none"
        stroke={color}
        strokeWidth={edge.kind === "feedback" ? 1.75 : 1.5}
        strokeLinejoin="round"
        {...(dash ? { strokeDasharray: dash } : {})}
      />
      <Polygon points={head.map((p) => `${p.x},${p.y}`).join(" ")} fill={color} stroke={color} strokeWidth={0.5} />
      {labelNode}
    </G>
  );
};

const labelBoxAt = (c: { x: number; y: number }, width: number, height: number): SceneRect => ({
  x: c.x - width / 2,
  y: c.y - height / 2,
  width,
  height,
});

/** The point halfway along a polyline. */
const midpoint = (points: SceneEdge["points"]) => {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let half = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (half <= l && l > 0) {
      const a = points[i]!;
      const b = points[i + 1]!;
      return { x: a.x + ((b.x - a.x) * half) / l, y: a.y + ((b.y - a.y) * half) / l };
    }
    half -= l;
  }
  return points[0]!;
};

/** A component box: kind icon, label wrapped as layout sized it, up to two property badges. */
const Node = ({ node, print }: { node: SceneNode; print: Printer }) => {
  const color = kindColor(node.kind);
  // Lines break where layout assumed they would (core's estimate sized the box), so the
  // label fills the box exactly as it does in the SVG and the editor.
  const { icon, lines, badges } = nodeBoxParts(node.width, print(node.label), nodeBadges(node).map(print));
  // On paper a box too short for its badge row (an old stored size) prints without badges.
  const fits = badges.every((b) => b.y + b.height <= node.height);
  return (
    <G>
      <Rect
        x={node.x}
        y={node.y}
        width={node.width}
        height={node.height}
        rx={8}
        ry={8}
        fill={theme.nodeFill}
        stroke={color}
        strokeWidth={1.5}
      />
      <G transform={`translate(${node.x + icon.x}, ${node.y + icon.y}) scale(${icon.scale})`}>
        <Path d={kindIcon(node.kind)} fill="none" stroke={color} strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
      </G>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label have no other identity
        <SvgText key={i} x={node.x + line.x} y={node.y + line.y} size={M.labelSize} fill={theme.text}>
          {line.text}
        </SvgText>
      ))}
      {fits
        ? badges.map((b, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two badges may read the same
            <G key={i}>
              <Rect x={node.x + b.x} y={node.y + b.y} width={b.width} height={b.height} rx={9} ry={9} fill={color} fillOpacity={0.14} />
              <SvgText x={node.x + b.textX} y={node.y + b.textY} size={M.badgeSize} fill={theme.mutedText}>
                {b.text}
              </SvgText>
            </G>
          ))
        : null}
    </G>
  );
};

const intersects = (a: SceneRect, b: SceneRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The design as vector shapes: stage frames, edges with arrowheads (feedback dashed), then
 * nodes with their kind's icon and label, in the core theme's colors. Only what touches
 * the view is drawn, so a tile carries no hidden shapes.
 */
export const Diagram = ({ scene, view, scale, measure, print }: DiagramProps) => {
  const nodes = scene.nodes.filter((n) => intersects(n, view));
  return (
    <Svg width={view.width * scale} height={view.height * scale} viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}>
      {scene.stages
        .filter((f) => intersects(f, view))
        .map((f) => (
          <Frame key={f.stage} frame={f} print={print} />
        ))}
      {scene.edges.map((e) => (
        <Edge key={e.id} edge={e} measure={measure} print={print} />
      ))}
      {nodes.map((n) => (
        <Node key={n.id} node={n} print={print} />
      ))}
    </Svg>
  );
};

export interface OverviewProps {
  scene: Scene;
  /** The parts printed on the following pages, outlined and numbered on the overview. */
  parts: readonly SceneRect[];
  /** The room the overview may fill, in points. */
  width: number;
  height: number;
}

/**
 * The whole design at a glance when it is printed in parts: frames, boxes and lines without
 * any text (too small to read at this scale), with each part outlined and numbered.
 */
export const Overview = ({ scene, parts, width, height }: OverviewProps) => {
  const b = scene.bounds;
  const scale = Math.min(width / b.width, height / b.height);
  const numberSize = 9 / scale;
  return (
    <Svg width={b.width * scale} height={b.height * scale} viewBox={`${b.x} ${b.y} ${b.width} ${b.height}`}>
      {scene.stages.map((f) => (
        <Rect
          key={f.stage}
          x={f.x}
          y={f.y}
          width={f.width}
          height={f.height}
          rx={10}
          ry={10}
          fill={stageColor(f.stage)}
          fillOpacity={theme.frameTint * 1.6}
        />
      ))}
      {scene.edges.map((e) => (
        <Polyline
          key={e.id}
          points={e.points.map((p) => `${p.x},${p.y}`).join(" ")}
          fill="none"
          stroke={edgeColor(e.kind)}
          strokeWidth={1.2 / scale}
          strokeOpacity={0.6}
        />
      ))}
      {scene.nodes.map((n) => (
        <Rect key={n.id} x={n.x} y={n.y} width={n.width} height={n.height} rx={8} ry={8} fill={kindColor(n.kind)} fillOpacity={0.55} />
      ))}
      {parts.map((p, i) => (
        <G key={`${p.x}-${p.y}`}>
          <Rect
            x={p.x + 2 / scale}
            y={p.y + 2 / scale}
            width={p.width - 4 / scale}
            height={p.height - 4 / scale}
            fill="none"
            stroke={theme.text}
            strokeWidth={1 / scale}
            strokeDasharray={`${4 / scale} ${3 / scale}`}
          />
          <Rect
            x={p.x + 4 / scale}
            y={p.y + 4 / scale}
            width={numberSize * 1.6}
            height={numberSize * 1.4}
            rx={2 / scale}
            ry={2 / scale}
            fill={theme.text}
          />
          <SvgText
            x={p.x + 4 / scale + numberSize * 0.8}
            y={p.y + 4 / scale + numberSize * 1.05}
            size={numberSize}
            bold
            fill="#ffffff"
            anchor="middle"
          >
            {String(i + 1)}
          </SvgText>
        </G>
      ))}
    </Svg>
  );
};
