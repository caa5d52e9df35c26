import {
  NODE_METRICS,
  type Painting,
  paint,
  paintOverview,
  type Scene,
  type Rect as SceneRect,
  type Shape,
  type ThemeTokens,
} from "@mlsd/scene";
import { G, Path, Polygon, Polyline, Rect, Svg, Text } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { font, theme as paper } from "./palette.js";
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
  // The family comes down from the <Svg> (react-pdf passes SVG presentation props to children).
  const props = { x, y, fill, textAnchor: anchor ?? "start", fontSize: size, fontWeight: bold ? 700 : 400 };
  return <Text {...(props as { x: number; y: number })}>{children}</Text>;
};

const pointList = (points: readonly { x: number; y: number }[]) => points.map((p) => `${p.x},${p.y}`).join(" ");

/**
 * One shape of @mlsd/scene's paint list as react-pdf SVG. The embedded DejaVu has a regular
 * and a bold face: weights from 600 print bold, the rest regular.
 */
const PdfShape = ({ shape: s }: { shape: Shape }): ReactElement => {
  switch (s.type) {
    case "rect":
      return (
        <Rect
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          rx={s.radius}
          ry={s.radius}
          fill={s.fill}
          {...(s.fillOpacity !== undefined ? { fillOpacity: s.fillOpacity } : {})}
          {...(s.stroke ? { stroke: s.stroke, strokeWidth: s.strokeWidth ?? 1 } : {})}
          {...(s.strokeOpacity !== undefined ? { strokeOpacity: s.strokeOpacity } : {})}
        />
      );
    case "path":
      return (
        <G>
          <Polyline
            points={pointList(s.points)}
            fill="none"
            stroke={s.stroke}
            strokeWidth={s.strokeWidth}
            strokeLinejoin="round"
            {...(s.strokeOpacity !== undefined ? { strokeOpacity: s.strokeOpacity } : {})}
            {...(s.dash ? { strokeDasharray: s.dash } : {})}
          />
          {s.arrow ? <Polygon points={pointList(s.arrow.points)} fill={s.arrow.fill} /> : null}
        </G>
      );
    case "text":
      return (
        <SvgText x={s.x} y={s.y} size={s.fontSize} bold={s.fontWeight >= 600} fill={s.fill} anchor={s.anchor}>
          {s.text}
        </SvgText>
      );
    case "icon":
      return (
        <G transform={`translate(${s.x}, ${s.y}) scale(${s.scale})`}>
          <Path d={s.d} fill="none" stroke={s.stroke} strokeWidth={s.strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
        </G>
      );
  }
};

// biome-ignore lint/suspicious/noArrayIndexKey: a paint list is fixed for a scene; its order is the identity
const shapesOf = (painting: Painting) => painting.shapes.map((s, i) => <PdfShape key={i} shape={s} />);

/**
 * The smallest text the drawing holds, in scene units (badges and edge labels are smaller
 * than box labels): the scale that prints it at 6 pt is the smallest a handout allows.
 * @internal
 */
export const smallestText = (scene: Scene): number => {
  let smallest = Number.POSITIVE_INFINITY;
  for (const shape of paint(scene).shapes) if (shape.type === "text" && shape.text.trim()) smallest = Math.min(smallest, shape.fontSize);
  return Number.isFinite(smallest) ? smallest : NODE_METRICS.labelSize;
};

/**
 * Props of `<Diagram>`.
 * @public
 */
export interface DiagramProps {
  scene: Scene;
  /** The part of the scene to show (scene units): all of it, or one tile. */
  view: SceneRect;
  /** Points per scene unit. */
  scale: number;
  print: Printer;
  /** Colours (default: the light theme, paper's). */
  theme?: ThemeTokens;
  /** The registered family of every text (default `FONT_FAMILY`). */
  fontFamily?: string;
}

/**
 * The design as vector shapes, drawn from @mlsd/scene's paint list (the same shapes as
 * the SVG and the React viewer), with every string through the printer. Only frames and
 * nodes that touch the view are drawn, so a tile carries few hidden shapes.
 * @public
 */
export const Diagram = ({ scene, view, scale, print, theme = paper, fontFamily = font }: DiagramProps) => (
  <Svg
    width={view.width * scale}
    height={view.height * scale}
    viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
    {...svgFont(fontFamily)}
  >
    {shapesOf(paint(scene, theme, { text: print, within: view }))}
  </Svg>
);

export interface OverviewProps {
  scene: Scene;
  /** The parts printed on the following pages, outlined and numbered on the overview. */
  parts: readonly SceneRect[];
  /** The room the overview may fill, in points. */
  width: number;
  height: number;
  /** The registered family of the part numbers (default `FONT_FAMILY`). */
  fontFamily?: string;
}

/** `fontFamily` on an <Svg>, which react-pdf reads but its typings leave out. */
const svgFont = (fontFamily: string) => ({ fontFamily }) as object;

/**
 * The whole design at a glance when it is printed in parts: frames, boxes and lines without
 * any text (too small to read at this scale), with each part outlined and numbered.
 */
export const Overview = ({ scene, parts, width, height, fontFamily = font }: OverviewProps) => {
  const b = scene.bounds;
  const scale = Math.min(width / b.width, height / b.height);
  const numberSize = 9 / scale;
  return (
    <Svg width={b.width * scale} height={b.height * scale} viewBox={`${b.x} ${b.y} ${b.width} ${b.height}`} {...svgFont(fontFamily)}>
      {shapesOf(paintOverview(scene, paper, 1 / scale))}
      {parts.map((p, i) => (
        <G key={`${p.x}-${p.y}`}>
          <Rect
            x={p.x + 2 / scale}
            y={p.y + 2 / scale}
            width={p.width - 4 / scale}
            height={p.height - 4 / scale}
            fill="none"
            stroke={paper.text}
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
            fill={paper.text}
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
