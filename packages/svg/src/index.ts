export { escapeXml } from "./escape.js";
export { type RenderSvgOptions, renderSvg } from "./render.js";
