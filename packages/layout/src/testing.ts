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
