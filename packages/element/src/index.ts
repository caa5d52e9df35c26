import { MlsdDiagramElement } from "./element.js";

export { MlsdDiagramElement } from "./element.js";
export { type Failure, type Loaded, sceneFromText } from "./load.js";

/**
 * Registers the element under `tagName` (default `mlsd-diagram`) once; a no-op without a DOM.
 * @public
 */
export const defineMlsdDiagram = (tagName = "mlsd-diagram"): void => {
  const registry = globalThis.customElements;
  if (registry && !registry.get(tagName)) registry.define(tagName, class extends MlsdDiagramElement {});
};

declare global {
  interface HTMLElementTagNameMap {
    "mlsd-diagram": MlsdDiagramElement;
  }
}
