import { EDGE_KINDS } from "@mlsd/core";
import { NODE_METRICS as M } from "./text-metrics.js";
import { STYLE, THEMES, type ThemeName, type ThemeTokens } from "./theme.js";

const px = (v: number) => `${v}px`;
const percent = (v: number) => `${Math.round(v * 1000) / 10}%`;

/**
 * A theme's tokens as CSS custom properties (`--mlsd-…`), for an HTML drawing of a design
 * (the editor's nodes and edge labels) to take its numbers and colours from the same place
 * as `paint`. Opacities are percentages, ready for `color-mix()`.
 * @beta
 */
export const cssCustomProperties = (theme: ThemeTokens): Record<`--mlsd-${string}`, string> => ({
  "--mlsd-background": theme.background,
  "--mlsd-text": theme.text,
  "--mlsd-muted-text": theme.mutedText,
  "--mlsd-node-fill": theme.nodeFill,
  "--mlsd-node-border": theme.nodeBorder,
  "--mlsd-frame-title": theme.frameTitle,
  "--mlsd-frame-tint": percent(theme.frameTint),
  ...Object.fromEntries(EDGE_KINDS.map((kind) => [`--mlsd-edge-${kind}`, theme.edge[kind]])),
  "--mlsd-label-fill": theme.labelFill,
  "--mlsd-label-opacity": percent(theme.labelOpacity),
  "--mlsd-font-family": theme.fontFamily,
  "--mlsd-node-radius": px(STYLE.node.radius),
  "--mlsd-node-pad-x": px(M.padX),
  "--mlsd-node-pad-y": px(M.padY),
  "--mlsd-node-icon": px(M.icon),
  "--mlsd-node-icon-gap": px(M.iconGap),
  "--mlsd-node-label-size": px(M.labelSize),
  "--mlsd-node-line-height": px(M.lineHeight),
  "--mlsd-badge-size": px(M.badgeSize),
  "--mlsd-badge-height": px(M.badgeHeight),
  "--mlsd-badge-pad-x": px(M.badgePadX),
  "--mlsd-badge-gap": px(M.badgeGap),
  "--mlsd-label-size": px(M.edgeLabelSize),
  "--mlsd-label-radius": px(STYLE.label.radius),
});

/**
 * A style sheet that sets the custom properties of each theme on its selector; by default
 * light on `:root` and dark on `:root[data-theme="dark"]`. Inject it once.
 * @beta
 */
export const themeStyleSheet = (
  selectors: Readonly<Record<ThemeName, string>> = { light: ":root", dark: ':root[data-theme="dark"]' },
): string =>
  (Object.keys(selectors) as ThemeName[])
    .map((name) => {
      const body = Object.entries(cssCustomProperties(THEMES[name]))
        .map(([key, value]) => `  ${key}: ${value};`)
        .join("\n");
      return `${selectors[name]} {\n${body}\n}\n`;
    })
    .join("");
