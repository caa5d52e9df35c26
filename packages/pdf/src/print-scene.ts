import type { Document } from "@mlsd/core";
import type { Scene } from "@mlsd/scene";
import type { DiagramPlan } from "./geometry.js";
import { planHandout } from "./handout.js";

/**
 * A way to lay a design out for print: stage rows fitted to a page shape, with compact
 * boxes (icon and label; the components table lists every property). The caller runs the
 * layout with it (`layout(document, options)` from @mlsd/layout): this package never lays out.
 * @public
 */
export interface PrintLayout {
  target: "a4-portrait" | "a4-landscape" | `${number}:${number}`;
  compact: true;
}

/**
 * The print layouts `printScene` tries, in order: the two A4 shapes, then two in between. A
 * "rows" layout wraps each stage's row at one of a few widths, picked by fit to the target
 * and by crossings, so the wrap that prints largest is not always the one an A4 shape picks:
 * 85:100 gives Michelangelo its one-page drawing, 140:100 Uber's big-data platform.
 * Each is a full layout (about a second), so the list stays short.
 * @public
 */
export const PRINT_LAYOUTS: readonly PrintLayout[] = [
  { target: "a4-portrait", compact: true },
  { target: "a4-landscape", compact: true },
  { target: "85:100", compact: true },
  { target: "140:100", compact: true },
];

/**
 * Whether a plan prints the whole diagram on one page (under the title or on a page of its
 * own) with every text at 6 pt or more: `planDiagram` only places it so when it is legible.
 * @public
 */
export const printsWhole = (plan: DiagramPlan): boolean => plan.placement === "first-page" || plan.placement === "own-page";

/** Diagram pages of a plan, for ranking drawings that do not print whole. */
const pages = (plan: DiagramPlan): number => (plan.placement === "overview-only" ? Number.POSITIVE_INFINITY : plan.tiles.length);

/** Whether plan `a` prints better than `b`: whole before split, then larger, then on fewer pages. */
const better = (a: DiagramPlan, b: DiagramPlan): boolean => {
  if (printsWhole(a) !== printsWhole(b)) return printsWhole(a);
  if (!printsWhole(a) && pages(a) !== pages(b)) return pages(a) < pages(b);
  return a.scale > b.scale + 1e-9;
};

/**
 * The Scene a handout prints: the stored drawing when it already prints whole on one page
 * (it is the one the author arranged), else whichever of it and the print layouts
 * (`PRINT_LAYOUTS`, laid out by `relayout`) prints whole at the largest scale; when none
 * does, the one on the fewest pages. Ties go to the stored drawing, then to the earlier
 * layout. The document's stored positions never change: a print layout is a new Scene.
 * Used by `mlsd handout` and the batch of apps/pdf, so both print the same drawing.
 * @param stored the drawing from the document (its stored positions, or a fresh layout)
 * @param relayout lays the document out with the given options (e.g. `(o) => layout(document, o)`)
 * @public
 */
export const printScene = async (document: Document, stored: Scene, relayout: (options: PrintLayout) => Promise<Scene>): Promise<Scene> => {
  const planOf = (scene: Scene) => planHandout({ document, scene, review: false });
  let best = { scene: stored, plan: planOf(stored) };
  if (printsWhole(best.plan)) return stored;
  for (const options of PRINT_LAYOUTS) {
    const scene = await relayout(options);
    const plan = planOf(scene);
    if (better(plan, best.plan)) best = { scene, plan };
  }
  return best.scene;
};
