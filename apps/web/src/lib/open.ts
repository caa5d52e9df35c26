import { getDocument } from "@mlsd/catalog";
import { type Document, starterDocument } from "@mlsd/core";
import { catalogKey, loadDesign, newDesignKey, saveDesign } from "../state/storage.js";
import { withBoxes } from "./geometry.js";

/** Every way a design enters the editor ends here: saved under a key, then opened by it. */
export const saveAsNew = async (doc: Document, origin: { catalogId?: string } = {}): Promise<string> => {
  const key = newDesignKey();
  await saveDesign(key, withBoxes(doc), origin);
  return key;
};

export const createNewDesign = () => saveAsNew(starterDocument("Untitled design", { id: "untitled-design" }));

/** Opens the working copy of a catalogue entry, making it on first use; the original is never written. */
export const openCatalogCopy = async (catalogId: string): Promise<string> => {
  const key = catalogKey(catalogId);
  const existing = await loadDesign(key);
  if (existing && !("error" in existing)) return key;
  const doc = await getDocument(catalogId);
  await saveDesign(key, withBoxes(doc), { catalogId });
  return key;
};

export const originalOf = async (catalogId: string): Promise<Document> => withBoxes(await getDocument(catalogId));
