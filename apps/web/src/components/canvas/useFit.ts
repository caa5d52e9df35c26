import type { Document, NodeId } from "@mlsd/core";
import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { fitView, revealView, unionOf } from "../../lib/fit.js";
import { nodeBox, stageFrames } from "../../lib/geometry.js";
import { useEditorContext } from "../../state/context.js";

/** What floats over the canvas and must not hide a part: the minimap, the zoom controls, the legend. */
const OVERLAYS = ".react-flow__minimap, .react-flow__controls, .canvas-legend";
/** Sheets (narrow screens) cover the canvas from outside it. */
const SHEETS = ".panel-slot.is-sheet:not([hidden])";

/** The canvas's size and its overlays' boxes, relative to its top-left corner. */
export const measureCanvas = () => {
  const section = document.querySelector<HTMLElement>(".canvas");
  if (!section) return undefined;
  const box = section.getBoundingClientRect();
  const overlays = [...section.querySelectorAll(OVERLAYS), ...document.querySelectorAll(SHEETS)].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x - box.x, y: r.y - box.y, width: r.width, height: r.height };
  });
  return { size: { width: box.width, height: box.height }, overlays };
};

/**
 * Moves the canvas's view: `fitDesign` shows the whole design (or some parts) as large as it
 * fits beside the overlays; `reveal` pans to parts only if one is off screen, keeping the zoom.
 */
export const useFit = () => {
  const flow = useReactFlow();
  const { store } = useEditorContext();
  const fitDesign = useCallback(
    (doc: Document = store.get().history.present, duration = 0) => {
      const canvas = measureCanvas();
      if (!canvas) return;
      const view = fitView(unionOf(stageFrames(doc)), canvas.size, canvas.overlays);
      void flow.setViewport(view, duration ? { duration } : undefined);
    },
    [flow, store],
  );
  const show = useCallback(
    (ids: readonly NodeId[], mode: "fit" | "reveal") => {
      const canvas = measureCanvas();
      const wanted = new Set<string>(ids);
      const boxes = store
        .get()
        .history.present.nodes.filter((n) => wanted.has(n.id))
        .map((n) => nodeBox(n));
      if (!canvas || !boxes.length) return;
      const bounds = unionOf(boxes);
      const view =
        mode === "fit"
          ? fitView(bounds, canvas.size, canvas.overlays, { margin: 48, maxZoom: Math.max(1, flow.getZoom()) })
          : revealView(bounds, flow.getViewport(), canvas.size, canvas.overlays);
      if (view) void flow.setViewport(view, { duration: 300 });
    },
    [flow, store],
  );
  return { fitDesign, show };
};
