import { useSyncExternalStore } from "react";

/** Below this width the editor is a phone/tablet app: the canvas takes the width, panels open as sheets. */
export const NARROW_QUERY = "(max-width: 899.98px)";
/** Below this height (a 1280 × 720 laptop) an open legend would take half of the canvas. */
export const SHORT_QUERY = "(max-height: 799.98px)";
/** Below this width the minimap would cover too much of the canvas. */
export const SMALL_QUERY = "(max-width: 599.98px)";

/** Whether a CSS media query matches, following changes (rotation, resizing). */
export const useMediaQuery = (query: string): boolean =>
  useSyncExternalStore(
    (listener) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", listener);
      return () => list.removeEventListener("change", listener);
    },
    () => window.matchMedia(query).matches,
  );

export const useNarrow = () => useMediaQuery(NARROW_QUERY);
export const useShort = () => useMediaQuery(SHORT_QUERY);
