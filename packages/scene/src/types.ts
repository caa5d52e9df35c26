import type { DesignEdge, DesignNode, EdgeKind, NodeKind, Point, SourceInfo, StageId } from "@mlsd/core";

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Direction = "right" | "down";

/** A stage drawn as a band: the frame every node of that stage sits inside. */
export interface StageFrame extends Rect {
  stage: StageId;
  title: string;
}

/** A node with its box fixed: every node of a Scene is placed. */
export interface SceneNode extends Rect {
  id: DesignNode["id"];
  kind: NodeKind;
  stage: StageId;
  label: string;
  props: Readonly<Record<string, unknown>>;
  notes?: string;
  pinned: boolean;
}

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
 */
export interface Scene {
  documentId: string;
  title: string;
  summary: string;
  source?: SourceInfo;
  direction: Direction;
  bounds: Rect;
  stages: StageFrame[];
  nodes: SceneNode[];
  edges: SceneEdge[];
}
