import { EdgeId, NodeId } from "./ids.js";
import type { Document } from "./schema.js";

/**
 * The same design with every node, edge and note id passed through `rename`, and every
 * reference (edge ends, notes, suppressions) following. Exported for the tests, here and
 * in other packages, that check a result never depends on ids.
 * `rename` must give distinct ids for distinct inputs of the same sort.
 * @internal
 */
export const renameIds = (doc: Document, rename: (id: string, sort: "node" | "edge" | "note") => string): Document => {
  const node = (id: string) => NodeId(rename(id, "node"));
  return {
    ...doc,
    nodes: doc.nodes.map((n) => ({ ...n, id: node(n.id) })),
    edges: doc.edges.map((e) => ({ ...e, id: EdgeId(rename(e.id, "edge")), source: node(e.source), target: node(e.target) })),
    notes: doc.notes.map((n) => ({ ...n, id: rename(n.id, "note"), ...(n.nodes ? { nodes: n.nodes.map(node) } : {}) })),
    ...(doc.suppressions
      ? { suppressions: doc.suppressions.map((s) => (s.node === undefined ? { ...s } : { ...s, node: node(s.node) })) }
      : {}),
  };
};
