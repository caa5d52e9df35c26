import { type DesignEdge, type DesignNode, type Document, parseDocument } from "@mlsd/core";

/**
 * The clipboard holds a small document (the copied parts and the edges between them) in
 * localStorage, so a copy in one design can be pasted into another, even in another tab.
 * It is parsed with core's loader on the way out, like any other input.
 */
const KEY = "mlsd:clipboard";

export const writeClipboard = (doc: Document, nodeIds: ReadonlySet<string>) => {
  const nodes = doc.nodes.filter((n) => nodeIds.has(n.id));
  const edges = doc.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const snippet: Document = { ...doc, id: doc.id, nodes, edges, notes: [] };
  localStorage.setItem(KEY, JSON.stringify(snippet));
  return nodes.length;
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
