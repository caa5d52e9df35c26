import { useCallback } from "react";
import { computeLayout, tween } from "../../lib/autoLayout.js";
import { useEditorContext } from "../../state/context.js";
import { useFit } from "../canvas/useFit.js";

const GLIDE_MS = 450;
let running: AbortController | undefined;

/** Runs the layout, glides the nodes to their new places, then commits one undoable step. */
export const useAutoLayout = () => {
  const { store, actions } = useEditorContext();
  const { fitDesign } = useFit();
  const run = useCallback(async () => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const from = store.get().history.present;
    store.set({ layingOut: true });
    try {
      const to = await computeLayout(from, controller.signal);
      if (controller.signal.aborted) return;
      if (store.get().history.present !== from) {
        actions.notify("The design changed while the layout ran; run it again.", "error");
        return;
      }
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const step = (now: number) => {
          const t = Math.min(1, (now - start) / GLIDE_MS);
          store.set({ preview: tween(from, to, t) });
          if (t < 1 && !controller.signal.aborted) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      actions.edit(() => to);
      store.set({ preview: undefined });
      fitDesign(to, 300);
      const pinned = from.nodes.filter((n) => n.pinned).length;
      actions.notify(`Laid out ${to.nodes.length} parts${pinned ? `; ${pinned} pinned part${pinned === 1 ? "" : "s"} stayed put` : ""}.`);
    } catch (e) {
      if (!controller.signal.aborted) actions.notify(`Auto layout failed: ${e instanceof Error ? e.message : String(e)}`, "error");
      store.set({ preview: undefined });
    } finally {
      if (running === controller) {
        running = undefined;
        store.set({ layingOut: false });
      }
    }
  }, [store, actions, fitDesign]);
  return { run };
};
