import type { Document } from "@mlsd/core";
import type { CatalogEntry, CatalogKind } from "../src/entry.js";

export interface CatalogManifest {
  flow: string;
  caseStudies: { id: string; org: string }[];
  exercises: string[];
}
export interface CatalogItem {
  /** Path under documents/, e.g. "exercises/credit-card-fraud.mlsd.json". */
  file: string;
  kind: CatalogKind;
  document: Document;
}
export const PACKAGE_DIR: string;
export const DOCUMENTS_DIR: string;
export const GENERATED_DIR: string;
export function readManifest(documentsDir?: string): CatalogManifest;
export function readDocuments(documentsDir?: string): CatalogItem[];
export function describe(item: CatalogItem, manifest: CatalogManifest): CatalogEntry;
