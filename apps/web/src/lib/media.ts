import { useSyncExternalStore } from "react";

/** Below this width the editor is a phone/tablet app: the canvas takes the width, panels open as sheets. */
export const NARROW_QUERY = "(max-width: 899.98px)";
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
