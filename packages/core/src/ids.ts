/** Branded ids: a NodeId cannot stand in for an EdgeId, though both are strings at run time. */
declare const brand: unique symbol;
/**
 * A string (or other value) marked with a brand `B`, so ids of different kinds cannot be mixed up.
 * @public
 */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/**
 * The id of a node (a branded string); `NodeId(s)` brands a string.
 * @public
 */
export type NodeId = Brand<string, "NodeId">;
/**
 * The id of an edge (a branded string); `EdgeId(s)` brands a string.
 * @public
 */
export type EdgeId = Brand<string, "EdgeId">;
/**
 * The id of a document (a branded string); `DocumentId(s)` brands a string.
 * @public
 */
export type DocumentId = Brand<string, "DocumentId">;

/**
 * Marks a string as a node id (no check: `ID_PATTERN` is checked when a document loads).
 * @public
 */
export const NodeId = (id: string): NodeId => id as NodeId;
/**
 * Marks a string as an edge id (no check: `ID_PATTERN` is checked when a document loads).
 * @public
 */
export const EdgeId = (id: string): EdgeId => id as EdgeId;
/**
 * Marks a string as a document id (no check: `ID_PATTERN` is checked when a document loads).
 * @public
 */
export const DocumentId = (id: string): DocumentId => id as DocumentId;

/**
 * Ids are short, readable slugs so documents diff well and links stay short.
 * @public
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
