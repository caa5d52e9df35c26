/** Branded ids: a NodeId cannot stand in for an EdgeId, though both are strings at run time. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type NodeId = Brand<string, "NodeId">;
export type EdgeId = Brand<string, "EdgeId">;
export type DocumentId = Brand<string, "DocumentId">;

export const NodeId = (id: string): NodeId => id as NodeId;
export const EdgeId = (id: string): EdgeId => id as EdgeId;
export const DocumentId = (id: string): DocumentId => id as DocumentId;

/** Ids are short, readable slugs so documents diff well and links stay short. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
