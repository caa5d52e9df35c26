/** What the flowchart parser reads: the source as written, before any mlsd meaning is given to it. */

/** Node shapes by what they look like; `@{ shape: … }` names are mapped onto these. */
export type FlowShape =
  | "rect"
  | "round"
  | "stadium"
  | "subroutine"
  | "cylinder"
  | "circle"
  | "double-circle"
  | "asymmetric"
  | "rhombus"
  | "hexagon"
  | "lean-right"
  | "lean-left"
  | "trapezoid"
  | "trapezoid-alt";

export interface SourcePosition {
  /** 1-based, in the text given to the importer (a Markdown file's own lines). */
  line: number;
  column: number;
}

export interface FlowNode {
  /** The id as written in the source. */
  id: string;
  /** The raw label text (entities and HTML not yet cleaned), absent when the node is only named. */
  label?: string;
  shape: FlowShape;
  /** Classes from `:::name` and `class a,b name`, in order. */
  classes: string[];
  /** The innermost subgraph the node was first mentioned in. */
  subgraph?: string;
  at: SourcePosition;
}

/** `-->` normal, `==>` thick, `-.->` dotted, `~~~` invisible. */
export type LinkStroke = "normal" | "thick" | "dotted" | "invisible";
/** The end of a link at its target: `>` arrow, `o` circle, `x` cross, or none (`---`). */
export type LinkHead = "arrow" | "circle" | "cross" | "none";

export interface FlowLink {
  source: string;
  target: string;
  stroke: LinkStroke;
  head: LinkHead;
  /** An arrow at both ends (`<-->`, `o--o`, `x--x`). */
  both: boolean;
  label?: string;
  at: SourcePosition;
}

export interface FlowSubgraph {
  id: string;
  /** The raw title (the id when none is written). */
  title: string;
  parent?: string;
  at: SourcePosition;
}

export type FlowDirection = "TB" | "BT" | "LR" | "RL";

/** A line the parser read and set aside on purpose (styling, interaction). */
export interface IgnoredStatement {
  what: "class" | "classDef" | "style" | "linkStyle" | "click" | "direction" | "directive" | "edge-id";
  at: SourcePosition;
}

export interface Flowchart {
  direction: FlowDirection;
  /** Nodes in order of first mention. */
  nodes: Map<string, FlowNode>;
  links: FlowLink[];
  subgraphs: Map<string, FlowSubgraph>;
  /** From YAML front matter (`title:`) or `accTitle:`. */
  title?: string;
  /** From `accDescr`. */
  description?: string;
  /** `%%` comment lines, without the `%%`, in order (mlsd reads its own markers from them). */
  comments: string[];
  ignored: IgnoredStatement[];
}
