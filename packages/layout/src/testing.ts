export {
  checkFrameOrder,
  checkScene,
  countCrossings,
  findDetachedEdges,
  findNodesOutsideFrames,
  findOverlaps,
  type SceneCheck,
  sceneProblems,
  totalEdgeLength,
} from "./checks.js";
export { a4TextPt, EDITOR_CANVAS, editorTextPx } from "./fit.js";
export {
  countBends,
  findEdgesThroughBoxes,
  findLabelCollisions,
  findSharedRuns,
  type LabelCollision,
  routeBends,
  type SceneQuality,
  sceneQuality,
} from "./quality.js";
