import type { DesignNode, Document, Point, Size } from "./schema.js";

/**
 * A node with its box stored: `position` (absolute top-left) and `size` are both set.
 * @public
 */
export type PlacedNode = DesignNode & { position: Point; size: Size };

/**
 * A document whose every node has a stored position and size: it draws without a layout
 * engine (`sceneFromDocument` in @mlsd/scene takes one). `mlsd layout`, `applyScene` and the
 * editor write documents of this type; `isPlaced` tells whether a loaded one is.
 * @public
 */
export interface PlacedDocument extends Omit<Document, "nodes"> {
  nodes: PlacedNode[];
}

/**
 * Whether every node of the document carries a stored position and size.
 * @public
 */
export const isPlaced = (document: Document): document is PlacedDocument =>
  document.nodes.every((n) => n.position !== undefined && n.size !== undefined);
