import { escapeJsonControls } from "./escape.js";
import { KINDS } from "./kinds.js";
import type { DesignEdge, DesignNode, DesignNote, Document } from "./schema.js";

type Rec = Record<string, unknown>;

/** Copies the listed keys in order, leaving out the ones that are undefined. */
const pick = (value: object, keys: readonly string[]): Rec => {
  const out: Rec = {};
  for (const key of keys) {
    const v = (value as Rec)[key];
    if (v !== undefined) out[key] = v;
  }
  return out;
};

const DOC_KEYS = [
  "$schema",
  "format",
  "version",
  "id",
  "title",
  "summary",
  "source",
  "tags",
  "layout",
  "nodes",
  "edges",
  "notes",
  "suppressions",
] as const;
const SOURCE_KEYS = ["title", "author", "venue", "year", "url"];
const NODE_KEYS = ["id", "kind", "stage", "label", "props", "notes", "position", "size", "pinned"];
const EDGE_KEYS = ["id", "kind", "source", "target", "label"];
const NOTE_KEYS = ["id", "title", "text", "stage", "nodes"];
const SUPPRESSION_KEYS = ["rule", "node", "reason"];

const node = (n: DesignNode): Rec => ({
  ...pick(n, NODE_KEYS),
  // Props follow the order their kind declares them in.
  props: pick(n.props, Object.keys(KINDS[n.kind].props)),
  ...(n.position ? { position: pick(n.position, ["x", "y"]) } : {}),
  ...(n.size ? { size: pick(n.size, ["width", "height"]) } : {}),
});

/**
 * Stable, pretty JSON with keys in a fixed order, so saved designs diff well in git.
 * Invisible and bidi-override characters are written as `\uXXXX` escapes (same value), so
 * printing a design never lets its text reorder or rewrite a terminal.
 * @public
 */
export const serializeDocument = (doc: Document): string => {
  const out = pick(doc, DOC_KEYS);
  if (doc.source) out.source = pick(doc.source, SOURCE_KEYS);
  out.nodes = doc.nodes.map(node);
  out.edges = doc.edges.map((e: DesignEdge) => pick(e, EDGE_KEYS));
  out.notes = doc.notes.map((n: DesignNote) => pick(n, NOTE_KEYS));
  if (doc.suppressions) out.suppressions = doc.suppressions.map((s) => pick(s, SUPPRESSION_KEYS));
  return `${escapeJsonControls(JSON.stringify(out, null, 2))}\n`;
};
