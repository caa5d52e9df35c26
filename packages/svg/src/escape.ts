// XML escaping lives in core (shared with the draw.io export of @mlsd/interop); scene passes it on.
export { escapeXml, forbiddenInXml } from "@mlsd/scene";
