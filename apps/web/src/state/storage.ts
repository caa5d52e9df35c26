import { type Document, parseDocument } from "@mlsd/core";
import { createStore as createIdbStore, del, get, set } from "idb-keyval";
import type { Origin } from "./editor.js";

/**
 * Saved work lives in IndexedDB: one record per design plus an index for "My designs".
 * Records are parsed with core's loader on the way back in, so a design saved by an
 * older version of the editor is migrated, and a damaged record is reported, not used.
 */
export interface DesignMeta {
  key: string;
  title: string;
  updatedAt: number;
  nodeCount: number;
  origin: Origin;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

interface DesignRecord {
  key: string;
  doc: unknown;
  origin: Origin;
  updatedAt: number;
}

const db = createIdbStore("mlsd", "designs");
const INDEX = "index";
const recordKey = (key: string) => `design:${key}`;
// The viewport has its own record: it is written on every pan, apart from document saves, so neither overwrites the other.
const viewportKey = (key: string) => `viewport:${key}`;
// Exercise mode's state of a design (its timer, how much of the reference is shown), apart from the document too.
const exerciseKey = (key: string) => `exercise:${key}`;

export const listDesigns = async (): Promise<DesignMeta[]> => {
  const index = ((await get(INDEX, db)) as DesignMeta[] | undefined) ?? [];
  return [...index].sort((a, b) => b.updatedAt - a.updatedAt);
};

const writeIndex = async (update: (index: DesignMeta[]) => DesignMeta[]) => {
  const index = ((await get(INDEX, db)) as DesignMeta[] | undefined) ?? [];
  await set(INDEX, update(index), db);
};

export interface LoadedDesign {
  key: string;
  doc: Document;
  origin: Origin;
  viewport?: Viewport;
}

export const loadDesign = async (key: string): Promise<LoadedDesign | { error: string } | undefined> => {
  const record = (await get(recordKey(key), db)) as DesignRecord | undefined;
  if (!record) return undefined;
  const parsed = parseDocument(record.doc);
  if (!parsed.ok) return { error: `The saved design could not be read: ${parsed.error.message}` };
  const viewport = (await get(viewportKey(key), db)) as Viewport | undefined;
  return { key, doc: parsed.value, origin: record.origin ?? {}, ...(viewport ? { viewport } : {}) };
};

export const saveDesign = async (key: string, doc: Document, origin: Origin) => {
  const updatedAt = Date.now();
  const record: DesignRecord = { key, doc, origin, updatedAt };
  await set(recordKey(key), record, db);
  await writeIndex((index) => [
    { key, title: doc.title, updatedAt, nodeCount: doc.nodes.length, origin },
    ...index.filter((m) => m.key !== key),
  ]);
};

export const saveViewport = (key: string, viewport: Viewport) => set(viewportKey(key), viewport, db);

/** Exercise mode's record of a design, unchecked: the reader (components/exercise) checks it. */
export const loadExerciseRecord = (key: string): Promise<unknown> => get(exerciseKey(key), db);
export const saveExerciseRecord = (key: string, record: unknown) => set(exerciseKey(key), record, db);

export const renameDesign = async (key: string, title: string) => {
  const record = (await get(recordKey(key), db)) as DesignRecord | undefined;
  if (!record) return;
  const doc = { ...(record.doc as Document), title };
  await saveDesign(key, doc, record.origin);
};

export const deleteDesign = async (key: string) => {
  await del(recordKey(key), db);
  await del(viewportKey(key), db);
  await del(exerciseKey(key), db);
  await writeIndex((index) => index.filter((m) => m.key !== key));
};

/** A key for a new design that no saved one uses. */
export const newDesignKey = () => `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** Each catalogue entry has one working copy; opening it again resumes the copy. */
export const catalogKey = (catalogId: string) => `catalog-${catalogId}`;
