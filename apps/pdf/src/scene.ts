import type { Document } from "@mlsd/core";
import { layout, storedOrFreshScene } from "@mlsd/layout";
import { printScene as choosePrintScene } from "@mlsd/pdf";
import type { Scene } from "@mlsd/scene";

/** A document's Scene: its stored positions when every node has one, else a fresh layout. */
export const sceneFor = async (document: Document): Promise<Scene> => (await storedOrFreshScene(document)).scene;

/**
 * The Scene to print: the stored drawing when it prints whole on one page, else a layout
 * for the page with compact boxes (@mlsd/pdf's `printScene`, shared with `mlsd handout`).
 * The document's stored positions never change.
 */
export const printScene = async (document: Document): Promise<Scene> =>
  choosePrintScene(document, await sceneFor(document), (options) => layout(document, options));
