import { getDocument, getReference, isCatalogId, isExerciseId } from "@mlsd/catalog";
import { type Document, type Problem, starterDocument } from "@mlsd/core";
import type { Origin } from "../state/editor.js";
import { catalogKey, loadDesign, newDesignKey, saveDesign, type Viewport } from "../state/storage.js";
import { withBoxes } from "./geometry.js";

/**
 * Every way a design enters the editor ends here. An import is saved at once (the user
 * brought a file); a catalogue entry, a new design and a share link open as a preview
 * (`persisted: false`) that autosave writes to "My designs" on the first real edit only.
 */
export interface Opened {
  key: string;
  doc: Document;
  origin: Origin;
  persisted: boolean;
  viewport?: Viewport;
  /** Said once the editor is open (e.g. a share link whose catalogue entry changed). */
  notice?: string;
}

export type OpenFailure = { title: string; message: string; problems?: Problem[] };

/** Saves an imported design under a new key and returns the key. */
export const saveAsNew = async (doc: Document, origin: Origin = {}): Promise<string> => {
  const key = newDesignKey();
  await saveDesign(key, withBoxes(doc), origin);
  return key;
};

/** Unsaved previews of new designs live under keys with this prefix until their first edit. */
const NEW_PREFIX = "new-";
export const newDesignHash = () => `#/edit/${NEW_PREFIX}${newDesignKey().slice(2)}`;

const CATALOG_PREFIX = catalogKey("");

/**
 * Exercise mode: `exercise-<id>` is the learner's own copy of an exercise's starter (one per
 * exercise, resumed when started again), `reference-<id>` the exercise's reference opened
 * in the editor. Both are previews until their first edit, like a catalogue entry.
 */
const EXERCISE_PREFIX = "exercise-";
const REFERENCE_PREFIX = "reference-";
export const exerciseKey = (exerciseId: string) => `${EXERCISE_PREFIX}${exerciseId}`;
export const referenceKey = (exerciseId: string) => `${REFERENCE_PREFIX}${exerciseId}`;
export const isReferenceKey = (key: string) => key.startsWith(REFERENCE_PREFIX);

/**
 * The design saved under `key`; else, for a key no saved design has yet, the preview it
 * names: `catalog-<id>` is the catalogue entry, `new-…` a starter design, `exercise-<id>`
 * and `reference-<id>` an exercise's starter and its reference.
 */
export const openByKey = async (key: string): Promise<Opened | OpenFailure | "missing"> => {
  const saved = await loadDesign(key);
  if (saved && "error" in saved) return { title: "The design could not be opened", message: saved.error };
  if (saved) return { ...saved, persisted: true };
  if (key.startsWith(CATALOG_PREFIX)) {
    const catalogId = key.slice(CATALOG_PREFIX.length);
    if (!isCatalogId(catalogId)) return "missing";
    return { key, doc: await originalOf(catalogId), origin: { catalogId }, persisted: false };
  }
  for (const [prefix, reference] of [
    [EXERCISE_PREFIX, false],
    [REFERENCE_PREFIX, true],
  ] as const) {
    if (!key.startsWith(prefix)) continue;
    const exercise = key.slice(prefix.length);
    if (!isExerciseId(exercise)) return "missing";
    // The reference is loaded here only, when asked for by its own address: it is a module of its own.
    const doc = reference ? withBoxes(await getReference(exercise)) : await originalOf(exercise);
    return { key, doc, origin: reference ? { exercise } : { catalogId: exercise, exercise }, persisted: false };
  }
  if (key.startsWith(NEW_PREFIX))
    return { key, doc: withBoxes(starterDocument("Untitled design", { id: "untitled-design" })), origin: {}, persisted: false };
  return "missing";
};

/** A share link as a preview; loaded on demand, with the code that unpacks links. */
export const openShare = async (payload: string): Promise<Opened | OpenFailure> => {
  const { decodeShare } = await import("./share.js");
  const result = await decodeShare(payload, (id) => (isCatalogId(id) ? getDocument(id) : Promise.resolve(undefined)));
  if (!result.ok) return { title: "This share link does not work", message: result.message, problems: result.problems };
  return {
    key: newDesignKey(),
    doc: withBoxes(result.doc),
    // A design made from a catalogue entry keeps "Reset to original" and shares as changes to it.
    origin: result.base ? { catalogId: result.base } : {},
    persisted: false,
    ...(result.notice ? { notice: result.notice } : {}),
  };
};

export const originalOf = async (catalogId: string): Promise<Document> => withBoxes(await getDocument(catalogId));
