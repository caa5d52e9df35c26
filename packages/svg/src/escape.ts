// XML escaping lives in core, shared with the draw.io export of @mlsd/interop.
export { escapeXml, forbiddenInXml } from "@mlsd/core";
