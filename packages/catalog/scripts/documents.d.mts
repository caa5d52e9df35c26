import type { Document, Rubric } from "@mlsd/core";
import type { CatalogEntry, CatalogKind } from "../src/entry.js";

export interface CatalogManifest {
  flow: string;
  caseStudies: { id: string; org: string }[];
  exercises: string[];
}
export interface CatalogItem {
  /** Path under documents/, e.g. "exercises/credit-card-fraud.mlsd.json". */
  file: string;
  /** "reference": a reference design for an exercise, served by getReference, not listed. */
  kind: CatalogKind | "reference";
  document: Document;
}
export const PACKAGE_DIR: string;
export const DOCUMENTS_DIR: string;
export const GENERATED_DIR: string;
export function readManifest(documentsDir?: string): CatalogManifest;
export function readDocuments(documentsDir?: string): CatalogItem[];
export function describe(item: CatalogItem, manifest: CatalogManifest): CatalogEntry;
export const REFERENCE_SUFFIX: string;
export const RUBRICS_DIR: string;
export function exerciseOf(referenceId: string): string;
export function readRubrics(documentsDir?: string): { base: Rubric; exercises: Map<string, Rubric> };
