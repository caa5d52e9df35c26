import type { Document } from "@mlsd/core";
import type { EditorStore } from "./editor.js";
import { saveDesign } from "./storage.js";

const DELAY_MS = 150;

/**
 * Writes the present document to the browser shortly after every change, and marks the
 * state "saving" until the write lands, so the toolbar (and tests) can tell.
 */
export const startAutosave = (store: EditorStore): (() => void) => {
  let last: Document = store.get().history.present;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();
  const flush = () => {
    timer = undefined;
    const { key, origin, history } = store.get();
    const doc = history.present;
    writing = writing
      .then(() => saveDesign(key, doc, origin))
      .then(
        () => {
          if (store.get().history.present === doc && !timer) store.set({ save: "saved" });
        },
        () => store.set({ save: "failed" }),
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
