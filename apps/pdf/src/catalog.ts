import { type CatalogEntry, getDocument, listCatalog } from "@mlsd/catalog";
import type { CoursePackEntry } from "@mlsd/pdf";
import { printScene } from "./scene.js";

const GROUPS: Record<CatalogEntry["kind"], string> = { flow: "The framework", "case-study": "Case studies", exercise: "Exercises" };

export interface LoadedEntry extends CoursePackEntry {
  catalog: CatalogEntry;
}

/** Every catalogue document with its Scene, in catalogue order (flow, case studies, exercises). */
export const loadCatalog = async (only?: readonly string[]): Promise<LoadedEntry[]> => {
  const entries = listCatalog().filter((e) => !only || only.includes(e.id));
  const out: LoadedEntry[] = [];
  for (const catalog of entries) {
    const document = await getDocument(catalog.id);
    out.push({ catalog, document, scene: await printScene(document), group: GROUPS[catalog.kind] });
  }
  return out;
};

/** The course pack holds every case study and exercise (the framework flow has its own handout). */
export const inCoursePack = (e: LoadedEntry): boolean => e.catalog.kind !== "flow";
