import type { Document, Exercise, Rubric } from "@mlsd/core";
import type { CatalogEntry } from "./entry.js";
import {
  CATALOG_IDS,
  type CatalogId,
  ENTRIES,
  EXERCISE_IDS,
  type ExerciseId,
  LOADERS,
  REFERENCE_LOADERS,
  RUBRIC_LOADERS,
} from "./generated/index.js";

export type { CatalogEntry, CatalogKind } from "./entry.js";
export { CATALOG_IDS, type CatalogId, EXERCISE_IDS, type ExerciseId };

const copy = (entry: CatalogEntry): CatalogEntry => ({
  ...entry,
  tags: [...entry.tags],
  stages: [...entry.stages],
  partKinds: [...entry.partKinds],
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

/**
 * Whether a string is the id of an exercise (one with a rubric).
 * @public
 */
export const isExerciseId = (id: string): id is ExerciseId => Object.hasOwn(RUBRIC_LOADERS, id);

const exerciseId = (id: string): ExerciseId => {
  if (!isExerciseId(id)) throw new Error(`no exercise "${id}"; the ids are listed in EXERCISE_IDS`);
  return id;
};

/**
 * The reference design of an exercise (its own module, fetched on demand; a fresh copy per
 * call). A reference is one strong answer, not the only one: grade with the rubric.
 * @public
 */
export const getReference = async (id: string): Promise<Document> => {
  const load = REFERENCE_LOADERS[exerciseId(id)];
  if (!load) throw new Error(`exercise "${id}" has no reference design yet`);
  return structuredClone((await load()).default);
};

/**
 * What a grader checks for an exercise: the shared items, then the exercise's own. Loaded on demand, without the reference.
 * @public
 */
export const getRubric = async (id: string): Promise<Rubric> => structuredClone((await RUBRIC_LOADERS[exerciseId(id)]()).default);

/**
 * An exercise to grade against: its id, title, prompt (the starter's summary) and rubric.
 * @public
 */
export const getExercise = async (id: string): Promise<Exercise> => {
  const rubric = await getRubric(id);
  const entry = ENTRIES.find((e) => e.id === id)!;
  return { id, title: entry.title, prompt: entry.summary, rubric };
};
