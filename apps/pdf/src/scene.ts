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
 * The Scene to print. Screens are wide and paper is tall: a design stored left-to-right
 * often prints on fewer pages laid out top-to-bottom. The stored drawing wins a tie, since
 * it is the one the author arranged.
 */
export const printScene = async (document: Document): Promise<Scene> => {
  const stored = await sceneFor(document);
  if (stored.direction === "down") return stored;
  const down = await layout(document, { direction: "down" });
  return diagramPages(document, down) < diagramPages(document, stored) ? down : stored;
};
