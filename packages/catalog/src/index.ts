import type { Document } from "@mlsd/core";
import type { CatalogEntry } from "./entry.js";
import { CATALOG_IDS, type CatalogId, ENTRIES, LOADERS } from "./generated/index.js";

export type { CatalogEntry, CatalogKind } from "./entry.js";
export { CATALOG_IDS, type CatalogId };

const copy = (entry: CatalogEntry): CatalogEntry => ({
  ...entry,
  tags: [...entry.tags],
  stages: [...entry.stages],
  ...(entry.source ? { source: { ...entry.source } } : {}),
});

/**
 * Every document's metadata, without loading any document: flow, case studies, then exercises.
 * @public
 */
export const listCatalog = (): CatalogEntry[] => ENTRIES.map(copy);

/**
 * Whether a string is the id of a catalogue document.
 * @public
 */
export const isCatalogId = (id: string): id is CatalogId => Object.hasOwn(LOADERS, id);

/**
 * Loads one document (its own module, fetched on demand). Each call returns a fresh copy,
 * so an editor may change it without touching the catalogue.
 * @public
 */
export const getDocument = async (id: string): Promise<Document> => {
  if (!isCatalogId(id)) throw new Error(`no catalogue document "${id}"; the ids are listed by listCatalog()`);
  const module = await LOADERS[id]();
  return structuredClone(module.default);
};
