import type * as Y from "yjs";

/**
 * Where each part of a design lives in the Yjs document of a room. Parts, edges and notes
 * are maps keyed by id (so two people connecting the same pair make one edge, and an edit
 * meets the part it was made on), with their order kept in an array beside each map.
 * Free text (titles, labels, notes) is Y.Text, so two people typing in one field both keep
 * their words; coordinates and other small values are plain values (last writer wins).
 */
const SHAPE = {
  design: "design",
  nodes: "nodes",
  nodeOrder: "nodeOrder",
  edges: "edges",
  edgeOrder: "edgeOrder",
  notes: "notes",
  noteOrder: "noteOrder",
} as const;

/** Document fields kept as Y.Text. */
export const DESIGN_TEXT = ["title", "summary"] as const;
/** Document fields kept as plain values (replaced as a whole). */
export const DESIGN_VALUES = ["id", "source", "tags", "layout", "suppressions"] as const;

export const NODE_TEXT = ["label", "notes"] as const;
export const NODE_VALUES = ["kind", "stage", "position", "size", "pinned"] as const;
/** Written together whenever one of them changes, so one person's move wins as a whole. */
export const NODE_PLACEMENT = ["stage", "position", "pinned"] as const;

export const EDGE_TEXT = ["label"] as const;
export const EDGE_VALUES = ["kind", "source", "target"] as const;

export const NOTE_TEXT = ["title", "text"] as const;
export const NOTE_VALUES = ["stage", "nodes"] as const;

export type Collection = "nodes" | "edges" | "notes";
export const ORDER_OF: Record<Collection, keyof typeof SHAPE> = { nodes: "nodeOrder", edges: "edgeOrder", notes: "noteOrder" };

/** The shared types of a room, created on first use. */
export const roomTypes = (ydoc: Y.Doc) => ({
  design: ydoc.getMap<unknown>(SHAPE.design),
  nodes: ydoc.getMap<Y.Map<unknown>>(SHAPE.nodes),
  nodeOrder: ydoc.getArray<string>(SHAPE.nodeOrder),
  edges: ydoc.getMap<Y.Map<unknown>>(SHAPE.edges),
  edgeOrder: ydoc.getArray<string>(SHAPE.edgeOrder),
  notes: ydoc.getMap<Y.Map<unknown>>(SHAPE.notes),
  noteOrder: ydoc.getArray<string>(SHAPE.noteOrder),
});

export type RoomTypes = ReturnType<typeof roomTypes>;

/** Every shared type of a room: the scope of an UndoManager. */
export const roomScope = (ydoc: Y.Doc): Y.AbstractType<unknown>[] => Object.values(roomTypes(ydoc)) as Y.AbstractType<unknown>[];

/**
 * True while nobody has written a design into the room yet.
 * @internal
 */
export const isEmptyRoom = (ydoc: Y.Doc): boolean => !roomTypes(ydoc).design.has("id");
