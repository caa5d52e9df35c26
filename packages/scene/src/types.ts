import type { DesignEdge, DesignNode, EdgeKind, NodeKind, Point, SourceInfo, StageId } from "@mlsd/core";

/**
 * A box in the drawing's coordinates (px, y down): top-left corner and size.
 * @public
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How a drawing is arranged: stage bands side by side with the flow running right
 * ("right"), stacked with the flow running down ("down"), or stacked as rows with the flow
 * running right inside each ("rows", routed by `routeRows`). Frames and loop lanes treat
 * "rows" like "down": its bands are stacked downwards.
 * @public
 */
export type Direction = "right" | "down" | "rows";

/**
 * A stage drawn as a band: the frame every node of that stage sits inside.
 * @public
 */
export interface StageFrame extends Rect {
  stage: StageId;
  title: string;
}

/**
 * A node with its box fixed: every node of a Scene is placed.
 * @public
 */
export interface SceneNode extends Rect {
  id: DesignNode["id"];
  kind: NodeKind;
  stage: StageId;
  label: string;
  props: Readonly<Record<string, unknown>>;
  notes?: string;
  pinned: boolean;
}

/**
 * An edge with its route (orthogonal segments from source border to target border) and, when it has a label, the label's box.
 * @public
 */
export interface SceneEdge {
  id: DesignEdge["id"];
  kind: EdgeKind;
  source: DesignNode["id"];
  target: DesignNode["id"];
  label?: string;
  /** The route, from the border of the source to the border of the target (orthogonal segments). */
  points: Point[];
  /** Where the label is drawn, when the edge has one. */
  labelBox?: Rect;
}

/**
 * A design with every position decided: what renderers draw. Computed by @mlsd/layout,
 * or rebuilt from a document's stored positions.
 * @public
 */
export interface Scene {
  documentId: string;
  title: string;
  summary: string;
  source?: SourceInfo;
  direction: Direction;
  /** The shape a "rows" layout was fitted to ("screen", "a4-portrait", "a4-landscape" or "W:H"), stored with its positions. */
  target?: string;
  /** Laid out with compact boxes (icon and label, no badges; see `nodeSize`): drawn without badges. */
  compact?: boolean;
  bounds: Rect;
  stages: StageFrame[];
  nodes: SceneNode[];
  edges: SceneEdge[];
}
