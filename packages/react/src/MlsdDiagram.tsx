import type { Document } from "@mlsd/core";
import { paint, type Scene, type SceneNode, THEMES, type ThemeName, type ThemeTokens } from "@mlsd/scene";
import { type CSSProperties, type KeyboardEvent, type MouseEvent, useId, useMemo, useRef } from "react";
import { Controls } from "./Controls.js";
import { type Describable, describeDesign } from "./describe.js";
import { Outline } from "./Outline.js";
import { SceneDrawing } from "./SceneDrawing.js";
import { safeHref } from "./text.js";
import { usePanZoom } from "./use-pan-zoom.js";
import { useScene } from "./use-scene.js";
import { viewBoxOf } from "./view.js";

/**
 * Props of `<MlsdDiagram>`.
 * @public
 */
export interface MlsdDiagramProps {
  /** A parsed design (`parseDocument` from @mlsd/core). Drawn from its stored positions, or laid out lazily when it has none. */
  document?: Document;
  /** An already laid-out design; takes precedence over `document`. */
  scene?: Scene;
  /** Color theme: "light" (default), "dark", or theme tokens of your own (see @mlsd/scene's `THEMES`). */
  theme?: ThemeName | ThemeTokens;
  /** The accessible name; by default the title and a count of components, stages and connections. */
  label?: string;
  /** Height of the viewer (CSS length or pixels). By default it keeps the design's aspect ratio at the container's width. */
  height?: number | string;
  /** Show the zoom buttons (default true). Wheel, drag and keys work either way. */
  controls?: boolean;
  /** Show the title and source line under the diagram (default true). */
  caption?: boolean;
  className?: string;
  style?: CSSProperties;
  /** Called with the node's data when a node is clicked (not when a drag ends on it). */
  onNodeClick?: (node: SceneNode) => void;
  /** Called with the node under the pointer, and with null when the pointer leaves it. */
  onNodeHover?: (node: SceneNode | null) => void;
}

const frame = (dark: boolean): CSSProperties => ({
  position: "relative",
  width: "100%",
  // A very wide design still gets room to zoom into.
  minHeight: 200,
  overflow: "hidden",
  borderRadius: 8,
  border: `1px solid ${dark ? "#334155" : "#e5e7eb"}`,
  outlineOffset: 2,
});

/**
 * A read-only viewer for one mlsd design: pan, zoom, light and dark themes, and a text
 * outline for screen readers. Renders on the server; touches the browser only in effects
 * and event handlers.
 * @public
 */
export function MlsdDiagram(props: MlsdDiagramProps) {
  const { document, scene: givenScene, theme = "light", height, controls = true, caption = true } = props;
  const state = useScene(document, givenScene);
  const scene = state.status === "ready" ? state.scene : undefined;
  const tokens = typeof theme === "string" ? (THEMES[theme] ?? THEMES.light) : theme;
  const dark = theme === "dark";
  const painting = useMemo(() => (scene ? paint(scene, tokens) : undefined), [scene, tokens]);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const pz = usePanZoom(scene?.bounds, svgRef);
  const outlineId = useId();
  const design: Describable | undefined = scene ?? document;
  const outline = useMemo(() => (design ? describeDesign(design) : undefined), [design]);

  // One delegated listener on the SVG finds the node under the event through data-node-id.
  const nodesById = useMemo(() => new Map(scene?.nodes.map((n) => [String(n.id), n])), [scene]);
  const nodeAt = (target: EventTarget): SceneNode | undefined => {
    const id = target instanceof Element ? target.closest("[data-node-id]")?.getAttribute("data-node-id") : null;
    return id == null ? undefined : nodesById.get(id);
  };
  const hovered = useRef<SceneNode | null>(null);
  const hover = (node: SceneNode | null) => {
    if (hovered.current === node) return;
    hovered.current = node;
    props.onNodeHover?.(node);
  };
  const onNodeKey = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const node = nodeAt(e.target);
    if (!node) return;
    e.preventDefault();
    props.onNodeClick?.(node);
  };
  const onClick = (e: MouseEvent) => {
    const node = nodeAt(e.target);
    if (node && !pz.wasDrag()) props.onNodeClick?.(node);
  };

  const bounds = pz.view;
  const sizing: CSSProperties =
    height !== undefined
      ? { height }
      : scene
        ? { aspectRatio: `${Math.round(scene.bounds.width + 32)} / ${Math.round(scene.bounds.height + 32)}` }
        : { height: 240 };
  const title = scene?.title ?? document?.title ?? "";
  const source = scene?.source ?? document?.source;
  const href = safeHref(source?.url);
  // A source titled like the design is named by where it appeared instead.
  const sourceText = source && source.title === title ? [source.venue ?? "Source", source.year].filter(Boolean).join(", ") : source?.title;

  return (
    <div
      className={props.className}
      style={{ color: tokens.text, fontFamily: tokens.fontFamily, ...props.style }}
      data-mlsd-diagram=""
      data-theme={typeof theme === "string" ? theme : "custom"}
    >
      {/* biome-ignore lint/a11y: a focusable group (not a fieldset: no form here) so keys zoom and pan the viewer */}
      <div
        role="group"
        aria-label="Diagram viewer. Plus and minus zoom, arrow keys pan, 0 fits the design."
        style={{ ...frame(dark), background: tokens.background, ...sizing }}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the viewer takes focus so keys zoom and pan it
        tabIndex={0}
        onKeyDown={pz.onKeyDown}
      >
        {scene && painting && bounds ? (
          <svg
            ref={svgRef}
            xmlns="http://www.w3.org/2000/svg"
            // With clickable nodes the drawing is a group of buttons; otherwise one image.
            role={props.onNodeClick ? "group" : "img"}
            aria-roledescription={props.onNodeClick ? "diagram" : undefined}
            aria-label={props.label ?? outline?.label}
            data-mlsd-scene=""
            aria-describedby={outlineId}
            viewBox={viewBoxOf(bounds)}
            preserveAspectRatio="xMidYMid meet"
            width="100%"
            height="100%"
            style={{ display: "block", touchAction: "none", cursor: "grab", userSelect: "none" }}
            {...pz.svgHandlers}
            onClick={props.onNodeClick ? onClick : undefined}
            onKeyDown={props.onNodeClick ? onNodeKey : undefined}
            onPointerOver={props.onNodeHover ? (e) => hover(nodeAt(e.target) ?? null) : undefined}
            onPointerLeave={props.onNodeHover ? () => hover(null) : undefined}
          >
            <SceneDrawing painting={painting} clickable={props.onNodeClick !== undefined} />
          </svg>
        ) : (
          <Placeholder status={state.status} error={state.status === "failed" ? state.error : undefined} color={tokens.mutedText} />
        )}
        {controls && scene ? <Controls dark={dark} onZoomIn={pz.zoomIn} onZoomOut={pz.zoomOut} onFit={pz.fit} /> : null}
      </div>
      {caption && title ? (
        <div style={{ fontSize: 13, marginTop: 6, color: tokens.mutedText }}>
          <strong style={{ color: tokens.text }}>{title}</strong>
          {source ? (
            <>
              {" · "}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer nofollow" style={{ color: "inherit" }}>
                  {sourceText}
                </a>
              ) : (
                sourceText
              )}
            </>
          ) : null}
        </div>
      ) : null}
      {outline ? <Outline id={outlineId} outline={outline} /> : null}
    </div>
  );
}

function Placeholder({ status, error, color }: { status: string; error: Error | undefined; color: string }) {
  const text =
    status === "failed"
      ? `Could not lay out this design: ${error?.message ?? "unknown error"}`
      : status === "laying-out"
        ? "Laying out the design…"
        : "No design to show.";
  return (
    <div role={status === "failed" ? "alert" : "status"} style={{ padding: 16, fontSize: 14, color }}>
      {text}
    </div>
  );
}
