import { THEMES, type ThemeName } from "@mlsd/scene";

/**
 * The shadow root's style sheet. The host keeps the design's aspect ratio at its width
 * unless the page gives it a height; the SVG then fits inside, so the element follows its
 * container as it resizes without any script.
 */
export const shadowCss = (theme: ThemeName, aspect: string | undefined): string => {
  const t = THEMES[theme];
  return `:host{display:block;position:relative;${aspect ? `aspect-ratio:${aspect};min-height:200px;` : ""}color:${t.text};font-family:${t.fontFamily}}
:host([hidden]){display:none}
.frame{width:100%;height:100%;box-sizing:border-box;background:${t.background};border:1px solid ${theme === "dark" ? "#334155" : "#e5e7eb"};border-radius:8px;overflow:hidden}
.frame svg{display:block;width:100%;height:100%}
.error{box-sizing:border-box;padding:12px 16px;border:1px solid #dc2626;border-radius:8px;background:${theme === "dark" ? "#450a0a" : "#fef2f2"};color:${theme === "dark" ? "#fecaca" : "#7f1d1d"};font-size:14px;line-height:1.45}
.error strong{display:block;margin-bottom:4px}
.error ul{margin:4px 0 0;padding-left:20px;font-family:ui-monospace,monospace;font-size:12px}
.status{padding:12px 16px;font-size:14px;color:${t.mutedText}}`;
};

/** Width and height of the drawing plus the SVG's own margin, as a CSS aspect-ratio. */
export const aspectOf = (bounds: { width: number; height: number }, padding: number): string =>
  `${Math.max(1, Math.round(bounds.width + 2 * padding))} / ${Math.max(1, Math.round(bounds.height + 2 * padding))}`;
