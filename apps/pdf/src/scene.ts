import type { Document } from "@mlsd/core";
import { layout, storedOrFreshScene } from "@mlsd/layout";
import { planHandout } from "@mlsd/pdf";
import type { Scene } from "@mlsd/scene";

/** A document's Scene: its stored positions when every node has one, else a fresh layout. */
export const sceneFor = async (document: Document): Promise<Scene> => (await storedOrFreshScene(document)).scene;

/** Pages the diagram takes: 0 when it sits on page 1 under the title. */
const diagramPages = (document: Document, scene: Scene): number => {
  const plan = planHandout({ document, scene, review: false });
  return plan.placement === "first-page" ? 0 : plan.tiles.length;
};

/**
 * The Scene to print. Screens are wide and paper is tall: a design stored for a screen
 * often prints on fewer pages laid out for the page, in stage rows fitted to a portrait A4
 * page, else top-to-bottom. The stored drawing wins a tie, since it is the one the author
 * arranged; the document's stored positions never change.
 */
export const printScene = async (document: Document): Promise<Scene> => {
  const stored = await sceneFor(document);
  let best = { scene: stored, pages: diagramPages(document, stored) };
  if (best.pages === 0) return stored;
  for (const options of [{ target: "a4-portrait" }, { direction: "down" }] as const) {
    const scene = await layout(document, options);
    const pages = diagramPages(document, scene);
    if (pages < best.pages) best = { scene, pages };
  }
  return best.scene;
};
