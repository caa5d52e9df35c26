export { abortError, type ElkExtendedEdge, type ElkNode, isAbortError, type LayoutAdapter } from "./adapter.js";
export { applyScene, isLayoutStale, storedOrFreshScene } from "./apply.js";
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
export { elkLayoutOptions, toElkGraph } from "./elk-graph.js";
export { LayoutError } from "./errors.js";
export { createInProcessAdapter } from "./in-process.js";
export { layout } from "./layout.js";
export type { LayoutOptions } from "./options.js";
export { toScene } from "./to-scene.js";
