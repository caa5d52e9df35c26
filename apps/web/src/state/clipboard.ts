import { type DesignEdge, type DesignNode, type Document, parseDocument } from "@mlsd/core";

/**
 * The clipboard holds a small document (the copied parts and the edges between them) in
 * localStorage, so a copy in one design can be pasted into another, even in another tab.
 * It is parsed with core's loader on the way out, like any other input.
 */
const KEY = "mlsd:clipboard";

/**
 * The copied parts as a document of their own. It must load again like any document mlsd
 * writes: notes and kept findings (suppressions) may name parts left behind, so they stay.
 */
export const clipboardDocument = (doc: Document, nodeIds: ReadonlySet<string>): Document => {
  const nodes = doc.nodes.filter((n) => nodeIds.has(n.id));
  const edges = doc.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const { suppressions: _kept, ...rest } = doc;
  return { ...rest, nodes, edges, notes: [] };
};

export const writeClipboard = (doc: Document, nodeIds: ReadonlySet<string>) => {
  const snippet = clipboardDocument(doc, nodeIds);
  localStorage.setItem(KEY, JSON.stringify(snippet));
  return snippet.nodes.length;
};

export const readClipboard = (): { nodes: DesignNode[]; edges: DesignEdge[] } | null => {
  const text = localStorage.getItem(KEY);
  if (!text) return null;
  try {
    const parsed = parseDocument(JSON.parse(text));
    return parsed.ok ? { nodes: parsed.value.nodes, edges: parsed.value.edges } : null;
  } catch {
    return null;
  }
};
