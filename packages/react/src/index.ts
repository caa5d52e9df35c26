export { type Describable, type DesignOutline, describeDesign, type OutlineStage } from "./describe.js";
export { MlsdDiagram, type MlsdDiagramProps } from "./MlsdDiagram.js";
export { hasStoredPositions } from "./use-scene.js";
