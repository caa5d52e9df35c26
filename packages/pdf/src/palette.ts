import type { NodeKind, StageId } from "@mlsd/core";
import { KIND_STYLES, STAGE_COLORS, THEMES } from "@mlsd/scene";
import { FONT_FAMILY } from "./fonts.js";

/**
 * The handout's colors, all taken from core's theme tokens so a printed design matches the
 * editor and the SVG. Paper is always the light theme.
 */
export const theme = THEMES.light;

export const ink = {
  text: theme.text,
  muted: theme.mutedText,
  faint: "#9ca3af",
  rule: "#d1d5db",
  band: "#f3f4f6",
  link: "#1d4ed8",
};

export const stageColor = (stage: StageId): string => STAGE_COLORS[stage];
export const kindColor = (kind: NodeKind): string => KIND_STYLES[kind].color;

export const font = FONT_FAMILY;
