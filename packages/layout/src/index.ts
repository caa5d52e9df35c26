export { type ElkNode, isAbortError, type LayoutAdapter } from "./adapter.js";
export { applyScene, isLayoutStale, storedOrFreshScene } from "./apply.js";
export { LayoutError } from "./errors.js";
export { type LayoutTarget, parseTarget, targetRatio } from "./fit.js";
export { createInProcessAdapter } from "./in-process.js";
export { layout } from "./layout.js";
export type { LayoutOptions } from "./options.js";
