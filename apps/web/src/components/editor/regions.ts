/**
 * The editor's regions, in the order F6 visits them (Shift+F6 goes back): each is marked
 * `data-region` in the markup, and skip links jump straight to one.
 */
export const REGIONS = ["toolbar", "palette", "canvas", "side", "dock"] as const;
export type Region = (typeof REGIONS)[number];

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';

const visible = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";

const regionElement = (name: Region) => document.querySelector<HTMLElement>(`[data-region="${name}"]`);

/** Moves focus into a region: the canvas's first part, else the region's first control. False when the region is not shown. */
export const focusRegion = (name: Region): boolean => {
  const el = regionElement(name);
  if (!el || !visible(el)) return false;
  // The region's own content, past the button that folds or closes its panel.
  const controls = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
  const target =
    (name === "canvas" ? el.querySelector<HTMLElement>(".react-flow__node-kind") : null) ??
    controls.find((c) => !c.classList.contains("panel-toggle")) ??
    controls[0] ??
    el;
  if (target === el && !el.hasAttribute("tabindex")) el.tabIndex = -1;
  target.focus();
  return document.activeElement === target;
};

/** F6: focus the next region shown on screen after the one holding focus (`step` -1 for Shift+F6). */
export const cycleRegion = (step: 1 | -1) => {
  const at = REGIONS.findIndex((r) => regionElement(r)?.contains(document.activeElement));
  const n = REGIONS.length;
  // From nowhere, F6 starts at the first region and Shift+F6 at the last.
  const from = at >= 0 ? at : step > 0 ? -1 : n;
  for (let i = 1; i <= n; i++) if (focusRegion(REGIONS[(from + step * i + 2 * n) % n] as Region)) return;
};
