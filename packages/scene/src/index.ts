// XML escaping for drawn text (SVG, draw.io): core's, passed on so renderers need only scene.
// Their TSDoc and release tags are on core's declarations, which the API report reads.
export { escapeXml, forbiddenInXml } from "@mlsd/core";

export { assembleScene, routeSceneEdges, type SceneFromDocumentOptions, sceneFromDocument, toSceneNode } from "./assembly.js";
export { cssCustomProperties, themeStyleSheet } from "./css.js";
export { type EdgePorts, forwardRouter, routeEdge } from "./forward-routes.js";
export { emptyStageExtent, FRAME_METRICS, stageFrames, titleGutter } from "./frames.js";
export { flip, flipPoint, intersects } from "./geometry.js";
export { ICON_VIEWBOX, KIND_STYLES, type KindStyle, kindStyle } from "./kind-styles.js";
export { edgeLabelBox, labelBoxOf } from "./labels.js";
export { type Legend, type LegendLine, type LegendPart, type LegendStage, legendOf } from "./legend.js";
export { routeBackEdges, splitBackEdges } from "./loop-lanes.js";
export { type NodeBoxParts, nodeBoxParts, type PlacedBadge, type PlacedText } from "./node-box.js";
export { nodeTitle, type PaintOptions, paint, paintOverview } from "./paint.js";
export { GRID_ROUTER_LIMIT } from "./rows-routes.js";
export {
  type Arrowhead,
  type IconShape,
  type Painting,
  type PaintPart,
  type PaintRun,
  type PathShape,
  paintRuns,
  type RectShape,
  type Shape,
  type TextShape,
} from "./shapes.js";
export {
  type BadgeEntry,
  estimateTextWidth,
  NODE_METRICS,
  type NodeSizeOptions,
  nodeBadgeEntries,
  nodeBadges,
  nodeSize,
} from "./text-metrics.js";
export { EDGE_DASH, STAGE_COLORS, STYLE, THEMES, type ThemeName, type ThemeTokens } from "./theme.js";
export type { Direction, Rect, Scene, SceneEdge, SceneNode, StageFrame } from "./types.js";
