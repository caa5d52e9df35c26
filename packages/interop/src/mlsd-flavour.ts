import type { EdgeKind } from "@mlsd/core";
import type { LinkHead, LinkStroke } from "./mermaid/ast.js";

/*
 * The conventions an mlsd export writes and the import reads back, in one place so the two
 * cannot drift apart: a marker comment, link styles for edge kinds, classes named after
 * kinds, and an id line for the few mlsd ids Mermaid cannot take as they are.
 */

/** The first comment of an export; the import takes link styles literally when it sees it. */
export const MLSD_MARKER = "mlsd design";
export const isMarker = (comment: string): boolean => comment.startsWith(MLSD_MARKER);

/** `%% mlsd id <mermaid id> <mlsd id>` */
export const ID_LINE = "mlsd id";
export const idLine = (alias: string, id: string): string => `${ID_LINE} ${alias} ${id}`;
export const readIdLine = (comment: string): [string, string] | null => {
  const m = /^mlsd id (\S+) (\S+)$/.exec(comment);
  return m ? [m[1]!, m[2]!] : null;
};

export const LINKS: Readonly<Record<EdgeKind, string>> = {
  data: "-->",
  deploy: "==>",
  feedback: "-.->",
  control: "--o",
};

export const edgeKindOfLink = (stroke: LinkStroke, head: LinkHead): EdgeKind =>
  stroke === "dotted" ? "feedback" : stroke === "thick" ? "deploy" : head === "circle" ? "control" : "data";

export const markerComment = (): string =>
  `${MLSD_MARKER}: links ${LINKS.data} data, ${LINKS.deploy} deploy, ${LINKS.feedback} feedback, ${LINKS.control} trigger; classes name kinds`;
