import type { Rect } from "@mlsd/scene";
import { type KeyboardEvent, type PointerEvent, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fitView, panBy, type View, zoomAt } from "./view.js";

const WHEEL_STEP = 1.0015;
const BUTTON_STEP = 1.25;
/** Pointer travel (px) after which a press is a drag, not a click. */
const DRAG_SLOP = 3;

interface Drag {
  pointerId: number;
  startX: number;
  startY: number;
  view: View;
  toScene: DOMMatrix;
  moved: boolean;
}

/** What a key does: zoom, fit, or the view after an arrow's pan. */
const keyAction = (key: string, view: View, step: number): "in" | "out" | "fit" | View | undefined => {
  switch (key) {
    case "+":
    case "=":
      return "in";
    case "-":
    case "_":
      return "out";
    case "0":
      return "fit";
    case "ArrowLeft":
      return panBy(view, -step, 0);
    case "ArrowRight":
      return panBy(view, step, 0);
    case "ArrowUp":
      return panBy(view, 0, -step);
    case "ArrowDown":
      return panBy(view, 0, step);
    default:
      return undefined;
  }
};

const toScenePoint = (m: DOMMatrix, x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });

/**
 * Pan and zoom as a viewBox: wheel zooms around the pointer, drag pans, buttons and keys
 * (+, -, 0, arrows) do both. Client pixels become Scene units through the SVG's own screen
 * matrix, so the math is right whatever the container's size and aspect.
 */
export const usePanZoom = (bounds: Rect | undefined, svgRef: RefObject<SVGSVGElement | null>) => {
  const fitted = useMemo(() => (bounds ? fitView(bounds) : undefined), [bounds]);
  const [view, setView] = useState<View | undefined>(undefined);
  const drag = useRef<Drag | null>(null);
  const wasDrag = useRef(false);

  // A new Scene starts fitted.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the fitted view changes
  useEffect(() => setView(undefined), [fitted]);

  const current = view ?? fitted;

  const zoom = useCallback(
    (factor: number, clientX?: number, clientY?: number) => {
      if (!fitted) return;
      setView((v) => {
        const base = v ?? fitted;
        const m = svgRef.current?.getScreenCTM?.()?.inverse();
        if (m && clientX !== undefined && clientY !== undefined) {
          const p = toScenePoint(m, clientX, clientY);
          return zoomAt(base, fitted, factor, p.x, p.y);
        }
        return zoomAt(base, fitted, factor);
      });
    },
    [fitted, svgRef],
  );

  // React's wheel listener is passive; a native one may prevent the page from scrolling.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !fitted) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      zoom(WHEEL_STEP ** -delta, e.clientX, e.clientY);
    };
    svg.addEventListener("wheel", onWheel, { passive: false });
    return () => svg.removeEventListener("wheel", onWheel);
  }, [svgRef, fitted, zoom]);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0 || !current) return;
    const m = e.currentTarget.getScreenCTM?.()?.inverse();
    if (!m) return;
    drag.current = { pointerId: e.pointerId, startX: e.clientX, startY: e.clientY, view: current, toScene: m, moved: false };
    wasDrag.current = false;
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    if (!d.moved && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_SLOP) return;
    if (!d.moved) {
      d.moved = true;
      e.currentTarget.setPointerCapture?.(e.pointerId);
    }
    const a = toScenePoint(d.toScene, d.startX, d.startY);
    const b = toScenePoint(d.toScene, e.clientX, e.clientY);
    setView(panBy(d.view, a.x - b.x, a.y - b.y));
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    wasDrag.current = d.moved;
    drag.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!current || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = current.width / 10;
    const action = keyAction(e.key, current, step);
    if (!action) return;
    e.preventDefault();
    if (action === "in") zoom(BUTTON_STEP);
    else if (action === "out") zoom(1 / BUTTON_STEP);
    else if (action === "fit") setView(undefined);
    else setView(action);
  };

  return {
    view: current,
    zoomIn: () => zoom(BUTTON_STEP),
    zoomOut: () => zoom(1 / BUTTON_STEP),
    fit: () => setView(undefined),
    /** True right after a drag ended, so the click that closes it selects nothing. */
    wasDrag: () => wasDrag.current,
    svgHandlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
    onKeyDown,
  };
};
