import { KINDS } from "@mlsd/core";
import { type Painting, type PaintPart, paintRuns, type Shape } from "@mlsd/scene";
import { Fragment, memo, type ReactElement } from "react";

interface DrawingProps {
  painting: Painting;
  /** Nodes show a pointer cursor; clicks are handled once, on the SVG (see MlsdDiagram). */
  clickable: boolean;
}

const pointsOf = (list: readonly { x: number; y: number }[]) => list.map((p, i) => `${i ? "L" : "M"}${p.x} ${p.y}`).join("");

/** The part's class and data attributes, exactly as @mlsd/svg writes them. */
const partAttributes = (part: PaintPart): Record<string, string> => ({
  className: part.className,
  ...Object.fromEntries(Object.entries(part.data).map(([k, v]) => [`data-${k}`, v])),
});

/** Clickable nodes are buttons a keyboard reaches with Tab and presses with Enter or Space. */
const buttonAttributes = (part: PaintPart, clickable: boolean) =>
  clickable && part.role === "node"
    ? {
        role: "button",
        tabIndex: 0,
        "aria-label": `${part.label} (${KINDS[part.data.kind]?.title ?? part.data.kind})`,
        style: { cursor: "pointer" },
      }
    : {};

const ShapeElement = ({ shape: s, own }: { shape: Shape; own?: Record<string, string> }): ReactElement => {
  switch (s.type) {
    case "rect":
      return (
        <rect
          {...own}
          x={s.x}
          y={s.y}
          width={s.width}
          height={s.height}
          rx={s.radius}
          fill={s.fill}
          fillOpacity={s.fillOpacity}
          stroke={s.stroke}
          strokeWidth={s.strokeWidth}
          strokeOpacity={s.strokeOpacity}
        />
      );
    case "path":
      return (
        <>
          <path
            {...own}
            d={pointsOf(s.points)}
            fill="none"
            stroke={s.stroke}
            strokeWidth={s.strokeWidth}
            strokeOpacity={s.strokeOpacity}
            strokeDasharray={s.dash}
            strokeLinejoin="round"
          />
          {s.arrow ? <path d={`${pointsOf(s.arrow.points)}Z`} fill={s.arrow.fill} /> : null}
        </>
      );
    case "text":
      return (
        <text
          {...own}
          x={s.x}
          y={s.y}
          fontSize={s.fontSize}
          fontWeight={s.fontWeight === 400 ? undefined : s.fontWeight}
          textAnchor={s.anchor === "middle" ? "middle" : undefined}
          fill={s.fill}
        >
          {s.text}
        </text>
      );
    case "icon":
      return (
        <path
          {...own}
          transform={`translate(${s.x} ${s.y}) scale(${s.scale})`}
          d={s.d}
          fill="none"
          stroke={s.stroke}
          strokeWidth={s.strokeWidth}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      );
  }
};

/**
 * The paint list as SVG elements, the same shapes, classes and data attributes as @mlsd/svg.
 * React escapes every string it puts in text or attributes, so labels from users stay text.
 * Memoised: pan and zoom change only the viewBox around it.
 */
export const SceneDrawing = memo(function SceneDrawing({ painting, clickable }: DrawingProps) {
  return (
    <g fontFamily={painting.fontFamily}>
      {paintRuns(painting.shapes).map(({ part, shapes }, i) => {
        const key = `${part.role}:${part.id}:${i}`;
        if (!part.group)
          return (
            <Fragment key={key}>
              {shapes.map((s, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the shapes of one part have no other identity
                <ShapeElement key={j} shape={s} own={j === 0 ? partAttributes(part) : undefined} />
              ))}
            </Fragment>
          );
        return (
          <g key={key} {...partAttributes(part)} {...buttonAttributes(part, clickable)}>
            {"title" in part ? <title>{part.title}</title> : null}
            {shapes.map((s, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the shapes of one part have no other identity
              <ShapeElement key={j} shape={s} />
            ))}
          </g>
        );
      })}
    </g>
  );
});
