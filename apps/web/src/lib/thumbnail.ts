import type { Document } from "@mlsd/core";
import { sceneFromDocument } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";
import { withBoxes } from "./geometry.js";

/** An SVG picture of a design as a data URL: drawn as an <img>, so no markup of it reaches the page. */
export const svgDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export const designSvg = (doc: Document, theme: "light" | "dark") => {
  return renderSvg(sceneFromDocument(withBoxes(doc)), { theme });
};
