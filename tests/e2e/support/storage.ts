import type { Document } from "@mlsd/core";
import type { Page } from "@playwright/test";

/**
 * The editor's saved state, written or read the way apps/web/src/state/storage.ts keeps it:
 * IndexedDB database "mlsd", object store "designs" (idb-keyval), with one record per design
 * under `design:<key>`, its viewport under `viewport:<key>` and the list for "My designs"
 * under `index`. If storage.ts changes its records, change them here too.
 */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface SeededDesign {
  /** The key in the editor's address: `#/edit/<key>`. */
  key: string;
  doc: Document;
  /** Set for a working copy of a catalogue entry (it gets "Reset to original"). */
  catalogId?: string;
  /** Set for a design that answers an exercise (it opens in exercise mode). */
  exercise?: string;
  /** Milliseconds since 1970; "My designs" lists the newest first. Default: now. */
  updatedAt?: number;
  viewport?: Viewport;
}

export interface Seed {
  designs?: SeededDesign[];
  /** localStorage entries, e.g. `{ "mlsd:theme": "dark" }`. */
  localStorage?: Record<string, string>;
}

const DB = "mlsd";
const STORE = "designs";
/** A blank page of the app's origin to write storage from; the test answers it, the server never sees it. */
const SEED_PATH = "__seed__";

interface Access {
  db: string;
  store: string;
  writes: [string, unknown][];
  reads: string[];
  local: Record<string, string>;
}

interface Accessed {
  got: unknown[];
  /** Every key of the store after the writes. */
  keys: string[];
}

/**
 * Runs in the page (self-contained, Playwright sends its source): writes localStorage
 * entries, then in one IndexedDB transaction puts `writes`, gets `reads` and lists the keys. The database
 * is opened as idb-keyval opens it, creating the store if the app has not run yet.
 */
const accessInPage = async ({ db, store, writes, reads, local }: Access): Promise<Accessed> => {
  for (const [k, v] of Object.entries(local)) localStorage.setItem(k, v);
  const conn = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(db);
    open.onupgradeneeded = () => open.result.createObjectStore(store);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const tx = conn.transaction(store, writes.length ? "readwrite" : "readonly");
    const objects = tx.objectStore(store);
    for (const [key, value] of writes) objects.put(value, key);
    const got = reads.map((key) => objects.get(key));
    const keys = objects.getAllKeys();
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return { got: got.map((request) => request.result), keys: keys.result.map(String) };
  } finally {
    conn.close();
  }
};

const access = (page: Page, part: Partial<Access>) =>
  page.evaluate(accessInPage, { db: DB, store: STORE, writes: [], reads: [], local: {}, ...part });

/**
 * Writes the seed into the browser profile of `page` before the app first runs there: it
 * opens a blank page of the app's origin (answered by the test itself), writes, and leaves
 * the page there. Navigate to the app afterwards.
 */
export const seedStorage = async (page: Page, baseURL: string, seed: Seed) => {
  const url = new URL(SEED_PATH, baseURL).toString();
  await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>seeding storage</title>" }));
  await page.goto(url);
  await page.unroute(url);
  const now = Date.now();
  const writes: [string, unknown][] = [];
  const index = [];
  for (const d of seed.designs ?? []) {
    const origin = { ...(d.catalogId ? { catalogId: d.catalogId } : {}), ...(d.exercise ? { exercise: d.exercise } : {}) };
    const updatedAt = d.updatedAt ?? now;
    writes.push([`design:${d.key}`, { key: d.key, doc: d.doc, origin, updatedAt }]);
    if (d.viewport) writes.push([`viewport:${d.key}`, d.viewport]);
    index.push({ key: d.key, title: d.doc.title, updatedAt, nodeCount: d.doc.nodes.length, origin });
  }
  if (index.length) writes.push(["index", index]);
  await access(page, { writes, local: seed.localStorage ?? {} });
};

/** One record of the editor's database as the page sees it now (`undefined` when absent). */
export const readStored = async (page: Page, key: string): Promise<unknown> => (await access(page, { reads: [key] })).got[0];

/** Every key of the editor's database as the page sees it now (`design:<key>`, `viewport:<key>`, `index`). */
export const storedKeys = async (page: Page): Promise<string[]> => (await access(page, {})).keys;
