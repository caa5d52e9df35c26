import { type Document, formatProblems, serializeDocument, validateDocument } from "@mlsd/core";
import type { EditorStore } from "./editor.js";
import { saveDesign } from "./storage.js";

const DELAY_MS = 150;

const sameDesign = (a: Document, b: Document) => a === b || serializeDocument(a) === serializeDocument(b);

/**
 * Writes the present document to the browser shortly after every change, and marks the
 * state "saving" until the write lands, so the toolbar (and tests) can tell.
 *
 * A preview (a catalogue entry, a new design, a share link: `persisted` false) is written
 * on its first real edit only, one that changes the design: opening, looking, selecting
 * and panning leave "My designs" as it was. `onFirstSave` runs once that first write lands.
 * A design that would not load again is never written: the last good one stays.
 */
export const startAutosave = (store: EditorStore, onFirstSave?: (key: string) => void): (() => void) => {
  const opened = store.get().history.present;
  let last: Document = opened;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const { key, origin, history, persisted } = store.get();
    const doc = history.present;
    if (!persisted && sameDesign(doc, opened)) return store.set({ save: "preview" });
    const problems = validateDocument(doc as unknown as Record<string, unknown>);
    if (problems.length)
      return store.set({ save: "failed", saveError: `this change would not load again (${formatProblems(problems.slice(0, 1))[0]})` });
    writing = writing
      .then(() => saveDesign(key, doc, origin))
      .then(
        () => {
          if (!store.get().persisted) {
            store.set({ persisted: true });
            onFirstSave?.(key);
          }
          if (store.get().history.present === doc && !timer) store.set({ save: "saved" });
        },
        (e: unknown) =>
          store.set({ save: "failed", saveError: `the browser's storage failed (${e instanceof Error ? e.message : String(e)})` }),
      );
  };
  const unsubscribe = store.subscribe(() => {
    const doc = store.get().history.present;
    if (doc === last) return;
    last = doc;
    store.set({ save: "saving" });
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, DELAY_MS);
  });
  const onHide = () => {
    if (timer) {
      clearTimeout(timer);
      flush();
    }
  };
  window.addEventListener("pagehide", onHide);
  return () => {
    unsubscribe();
    window.removeEventListener("pagehide", onHide);
    onHide();
  };
};
