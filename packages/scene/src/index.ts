export { assembleScene, routeSceneEdges, type SceneFromDocumentOptions, sceneBounds, sceneFromDocument, toSceneNode } from "./assembly.js";
export { cssCustomProperties, themeStyleSheet } from "./css.js";
export { type EdgePorts, routeEdge } from "./forward-routes.js";
export { emptyStageExtent, FRAME_METRICS, stageFrameParts, stageFrames, stageTitleWidth, titleGutter } from "./frames.js";
export { arrowhead, flip, flipPoint, intersects, pointsRect, unionRect } from "./geometry.js";
export { ICON_VIEWBOX, KIND_STYLES, type KindStyle, kindStyle } from "./kind-styles.js";
export { edgeLabelBox, labelBoxOf } from "./labels.js";
export { isBackEdge, routeBackEdges, splitBackEdges } from "./loop-lanes.js";
export { type NodeBoxParts, nodeBoxParts, type PlacedBadge, type PlacedText } from "./node-box.js";
export { nodeTitle, type PaintOptions, paint, paintOverview } from "./paint.js";
export { spreadPorts } from "./ports.js";
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
  badgeWidth,
  estimateTextWidth,
  NODE_METRICS,
  nodeBadges,
  nodeLabelLines,
  nodeSize,
  wrapText,
} from "./text-metrics.js";
export { EDGE_DASH, STAGE_COLORS, STYLE, THEMES, type ThemeName, type ThemeTokens } from "./theme.js";
export type { Direction, Rect, Scene, SceneEdge, SceneNode, StageFrame } from "./types.js";
