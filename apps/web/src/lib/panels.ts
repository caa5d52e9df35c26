import { useSyncExternalStore } from "react";

/**
 * Which editor panels the user folded away, remembered in this browser for every design:
 * the palette and the side panel on wide screens, and the canvas legend.
 */
export interface PanelPrefs {
  palette: boolean;
  side: boolean;
  /** Unset until the user first opens or closes it: then it starts open on wide screens only. */
  legend?: boolean;
}

const KEY = "mlsd:panels";
const DEFAULTS: PanelPrefs = { palette: true, side: true };
const listeners = new Set<() => void>();
let cached: { raw: string | null; prefs: PanelPrefs } | undefined;

const read = (): PanelPrefs => {
  const raw = localStorage.getItem(KEY);
  if (cached?.raw === raw) return cached.prefs;
  let prefs = DEFAULTS;
  try {
    const v = raw ? (JSON.parse(raw) as Partial<Record<keyof PanelPrefs, unknown>>) : {};
    prefs = {
      palette: v.palette !== false,
      side: v.side !== false,
      ...(typeof v.legend === "boolean" ? { legend: v.legend } : {}),
    };
  } catch {
    // A damaged entry means the defaults.
  }
  cached = { raw, prefs };
  return prefs;
};

export const setPanel = (name: keyof PanelPrefs, open: boolean) => {
  localStorage.setItem(KEY, JSON.stringify({ ...read(), [name]: open }));
  for (const l of listeners) l();
};

const subscribe = (l: () => void) => {
  listeners.add(l);
  window.addEventListener("storage", l);
  return () => {
    listeners.delete(l);
    window.removeEventListener("storage", l);
  };
};

export const usePanels = (): PanelPrefs => useSyncExternalStore(subscribe, read);
