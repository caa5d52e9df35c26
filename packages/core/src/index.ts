export { STAGE_QUESTIONS } from "./checklist.js";
export { emptyDocument, slugify, starterDocument } from "./create.js";
export {
  arrowhead,
  type NodeBoxParts,
  nodeBoxParts,
  type PlacedBadge,
  type PlacedText,
  stageFrameParts,
} from "./drawing.js";
export { decodeDocumentBytes, formatMegabytes, tooLargeError, utf8Length } from "./encoding.js";
export { describeValue, formatPath, formatProblems, type LoadError, type LoadErrorKind, type Problem } from "./errors.js";
export { escapeControls, escapeJsonControls, hasControls } from "./escape.js";
export {
  addNode,
  changeKind,
  connect,
  connectionProblem,
  createNode,
  disconnect,
  duplicateNodes,
  freshId,
  moveToStage,
  pasteNodes,
  relabel,
  removeNodes,
  suggestEdgeKind,
  updateEdge,
  updateNode,
} from "./graph.js";
export { type Brand, DocumentId, EdgeId, ID_PATTERN, NodeId } from "./ids.js";
export { documentJsonSchema } from "./json-schema.js";
export {
  EDGE_KIND_INFO,
  EDGE_KINDS,
  type EdgeKind,
  isNodeKind,
  KINDS,
  type KindDef,
  type KindProps,
  kindDef,
  NODE_KINDS,
  type NodeKind,
} from "./kinds.js";
export { LIMITS } from "./limits.js";
export { checkMigrationChain, MIGRATIONS, type Migration, type RawDocument, runMigrations } from "./migrations.js";
export { createLoader, type LoaderConfig, parseDocument, parseDocumentBytes, parseDocumentText, validateDocument } from "./parse.js";
export { clampPlacement, clampPoint, clampSize, fitDrawing } from "./placement.js";
export { formatBadge, formatPropValue, type PropSpec, type PropSpecs, type PropsOf } from "./props.js";
export { err, ok, type Result } from "./result.js";
export { review, reviewSummary } from "./review/review.js";
export { RULES, ruleInfo } from "./review/rules.js";
export type { Finding, ReviewSummary, RuleInfo, Severity } from "./review/types.js";
export type { Direction, Rect, Scene, SceneEdge, SceneNode, StageFrame } from "./scene.js";
export {
  assembleScene,
  type EdgePorts,
  edgeLabelBox,
  emptyStageExtent,
  FRAME_METRICS,
  isBackEdge,
  pointsRect,
  routeBackEdges,
  routeEdge,
  routeSceneEdges,
  type SceneFromDocumentOptions,
  sceneBounds,
  sceneFromDocument,
  splitBackEdges,
  spreadPorts,
  stageFrames,
  stageTitleWidth,
  titleGutter,
  toSceneNode,
  unionRect,
} from "./scene-from-document.js";
export {
  CURRENT_VERSION,
  type DesignEdge,
  type DesignNode,
  type DesignNote,
  type Document,
  DocumentSchema,
  EdgeSchema,
  FORMAT,
  type NodeOf,
  NodeSchema,
  type Point,
  type Size,
  type SourceInfo,
  type Suppression,
  SuppressionSchema,
} from "./schema.js";
export { serializeDocument } from "./serialize.js";
export { compareStages, isStageId, STAGE_IDS, STAGES, type StageId, type StageInfo, type StageName, stageInfo } from "./stages.js";
export {
  badgeWidth,
  estimateTextWidth,
  type MeasureText,
  NODE_METRICS,
  nodeBadges,
  nodeLabelLines,
  nodeSize,
  wrapText,
} from "./text-metrics.js";
export {
  EDGE_DASH,
  ICON_VIEWBOX,
  KIND_STYLES,
  type KindStyle,
  kindStyle,
  STAGE_COLORS,
  THEMES,
  type ThemeName,
  type ThemeTokens,
} from "./theme.js";
