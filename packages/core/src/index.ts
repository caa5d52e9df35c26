export { STAGE_QUESTIONS } from "./checklist.js";
export {
  type ChangedPart,
  compareDesigns,
  type DesignDiff,
  type DesignMatch,
  type DiffPart,
  type FieldChange,
  type GeometryField,
  isSameDesign,
  type MovedPart,
  matchDesigns,
  type NodesDiff,
  type PartsDiff,
} from "./compare/compare.js";
export { emptyDocument, slugify, starterDocument } from "./create.js";
export { decodeDocumentBytes, formatMegabytes, tooLargeError, utf8Length } from "./encoding.js";
export { describeValue, formatPath, formatProblems, type LoadError, type LoadErrorKind, type Problem } from "./errors.js";
export { escapeControls, escapeJsonControls, hasControls } from "./escape.js";
export { escapeXml, forbiddenInXml } from "./escape-xml.js";
export { describeRequirement } from "./grade/describe.js";
export { type Grade, type GradeItem, gradeDesign } from "./grade/grade.js";
export {
  type AllRequirement,
  type AnyRequirement,
  type Exercise,
  type LoopRequirement,
  type NodeMatch,
  type NodeRequirement,
  type PathRequirement,
  type PropCondition,
  parseRubric,
  type Requirement,
  type ReviewRequirement,
  type Rubric,
  type RubricError,
  type RubricItem,
  type StagesRequirement,
} from "./grade/rubric.js";
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
export { isPlaced, type PlacedDocument, type PlacedNode } from "./placed.js";
export { clampPlacement, clampPoint, clampSize, fitDrawing } from "./placement.js";
export { formatBadge, formatPropValue, type PropSpec, type PropSpecs, type PropsOf } from "./props.js";
export { renameIds } from "./rename.js";
export { err, ok, type Result } from "./result.js";
export {
  CURRENT_VERSION,
  type DesignEdge,
  type DesignNode,
  type DesignNote,
  type Document,
  DocumentSchema,
  EdgeSchema,
  FORMAT,
  LAYOUT_DIRECTIONS,
  LAYOUT_TARGET_PATTERN,
  type LayoutDirection,
  type NodeOf,
  NodeSchema,
  type Point,
  SCHEMA_URL,
  type Size,
  type SourceInfo,
  type Suppression,
  SuppressionSchema,
} from "./schema.js";
export { serializeDocument } from "./serialize.js";
export { compareStages, isStageId, STAGE_IDS, STAGES, type StageId, type StageInfo, type StageName, stageInfo } from "./stages.js";
