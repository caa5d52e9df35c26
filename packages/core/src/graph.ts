import { EdgeId, NodeId } from "./ids.js";
import { type EdgeKind, KINDS, type NodeKind } from "./kinds.js";
import { LIMITS } from "./limits.js";
import { clampPoint, clampSize } from "./placement.js";
import type { DesignEdge, DesignNode, Document, Point } from "./schema.js";
import { compareStages, type StageId } from "./stages.js";

/**
 * Pure, immutable graph operations: each returns a new Document and leaves its input
 * untouched, so the editor's undo history is a list of documents.
 */

/**
 * `base`, or `base-2`, `base-3`… whichever is not taken yet.
 * @public
 */
export const freshId = (base: string, taken: ReadonlySet<string>): string => {
  const stem =
    base
      .replace(/[^A-Za-z0-9_.:-]+/g, "-")
      .replace(/^[^A-Za-z0-9]+/, "")
      .slice(0, 60) || "item";
  if (!taken.has(stem)) return stem;
  for (let i = 2; ; i++) if (!taken.has(`${stem}-${i}`)) return `${stem}-${i}`;
};

/** Refuses an operation that would leave more nodes or edges than a document may hold. */
const checkCount = (what: "nodes" | "edges", count: number) => {
  const max = LIMITS[what];
  if (count > max)
    throw new Error(
      `a design holds at most ${max.toLocaleString("en-US")} ${what === "nodes" ? "parts" : "connections"}; this would make ${count.toLocaleString("en-US")}`,
    );
};

const nodeIds = (doc: Document) => new Set<string>(doc.nodes.map((n) => n.id));
const edgeIds = (doc: Document) => new Set<string>(doc.edges.map((e) => e.id));

/**
 * A new node of a kind with empty properties, in its kind's stage unless told otherwise.
 * @public
 */
export const createNode = (
  doc: Document,
  kind: NodeKind,
  init: { id?: string; label?: string; stage?: StageId; position?: Point } = {},
): DesignNode => {
  const def = KINDS[kind];
  const node = {
    id: NodeId(init.id ?? freshId(kind, nodeIds(doc))),
    kind,
    stage: init.stage ?? def.stage,
    label: init.label ?? def.title,
    props: {},
    ...(init.position ? { position: init.position } : {}),
  };
  return node as DesignNode;
};

/**
 * Adds a node to the document; returns a new document.
 * @public
 */
export const addNode = (doc: Document, node: DesignNode): Document => {
  if (nodeIds(doc).has(node.id)) throw new Error(`a node with id "${node.id}" already exists`);
  checkCount("nodes", doc.nodes.length + 1);
  return { ...doc, nodes: [...doc.nodes, node.position ? ({ ...node, position: clampPoint(node.position) } as DesignNode) : node] };
};

type NodePatch = Partial<Omit<DesignNode, "id" | "kind" | "props">> & { props?: Record<string, unknown> };

/**
 * Changes fields of one node. Props are replaced as a whole; `undefined` values drop a field; positions and sizes are clamped to the schema's bounds.
 * @public
 */
export const updateNode = (doc: Document, id: NodeId, patch: NodePatch): Document => {
  let found = false;
  const nodes = doc.nodes.map((n) => {
    if (n.id !== id) return n;
    found = true;
    const next: Record<string, unknown> = { ...n, ...patch };
    // A part moved past the edge of the drawing area stops at the edge.
    if (patch.position) next.position = clampPoint(patch.position);
    if (patch.size) next.size = clampSize(patch.size);
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    return next as unknown as DesignNode;
  });
  if (!found) throw new Error(`no node with id "${id}"`);
  return { ...doc, nodes };
};

/**
 * Changes a node's kind, keeping only the properties the new kind also has.
 * @public
 */
export const changeKind = (doc: Document, id: NodeId, kind: NodeKind): Document => {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node with id "${id}"`);
  const allowed = KINDS[kind].props as Record<string, unknown>;
  const props = Object.fromEntries(Object.entries(node.props).filter(([k]) => Object.hasOwn(allowed, k)));
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? ({ ...n, kind, props } as DesignNode) : n)) };
};

/**
 * Changes a node's label; returns a new document.
 * @public
 */
export const relabel = (doc: Document, id: NodeId, label: string): Document => updateNode(doc, id, { label });

/**
 * Moves nodes to another stage; returns a new document.
 * @public
 */
export const moveToStage = (doc: Document, id: NodeId, stage: StageId): Document => updateNode(doc, id, { stage });

/**
 * Removes nodes with their edges, and forgets them in notes and suppressions.
 * @public
 */
export const removeNodes = (doc: Document, ids: Iterable<NodeId>): Document => {
  const gone = new Set<string>(ids);
  return {
    ...doc,
    nodes: doc.nodes.filter((n) => !gone.has(n.id)),
    edges: doc.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    notes: doc.notes.map((note) => {
      if (!note.nodes?.some((n) => gone.has(n))) return note;
      const { nodes, ...rest } = note;
      const kept = nodes?.filter((n) => !gone.has(n)) ?? [];
      return kept.length ? { ...rest, nodes: kept } : rest;
    }),
    // A suppression about a deleted node would make the document invalid on the next load.
    ...(doc.suppressions ? { suppressions: doc.suppressions.filter((s) => s.node === undefined || !gone.has(s.node)) } : {}),
  };
};

/**
 * The edge kind to propose: a link back to an earlier stage is a feedback loop.
 * @public
 */
export const suggestEdgeKind = (doc: Document, source: NodeId, target: NodeId): EdgeKind => {
  const s = doc.nodes.find((n) => n.id === source);
  const t = doc.nodes.find((n) => n.id === target);
  return s && t && compareStages(t.stage, s.stage) < 0 ? "feedback" : "data";
};

/**
 * Why an edge may not be added, or null when it may.
 * @public
 */
export const connectionProblem = (doc: Document, source: NodeId, target: NodeId, kind: EdgeKind): string | null => {
  const ids = nodeIds(doc);
  if (!ids.has(source)) return `no node with id "${source}"`;
  if (!ids.has(target)) return `no node with id "${target}"`;
  if (source === target) return "an edge cannot connect a node to itself";
  if (doc.edges.some((e) => e.source === source && e.target === target && e.kind === kind))
    return "these nodes are already connected by an edge of this kind";
  return null;
};

/**
 * Connects two nodes with an edge of the given kind; throws when `connectionProblem` names a problem.
 * @public
 */
export const connect = (
  doc: Document,
  edge: { source: NodeId; target: NodeId; kind?: EdgeKind; label?: string; id?: string },
): Document => {
  const kind = edge.kind ?? suggestEdgeKind(doc, edge.source, edge.target);
  const problem = connectionProblem(doc, edge.source, edge.target, kind);
  if (problem) throw new Error(problem);
  if (edge.id !== undefined && edgeIds(doc).has(edge.id)) throw new Error(`an edge with id "${edge.id}" already exists`);
  checkCount("edges", doc.edges.length + 1);
  const id = EdgeId(edge.id ?? freshId(`${edge.source}-${edge.target}`, edgeIds(doc)));
  const created: DesignEdge = { id, kind, source: edge.source, target: edge.target, ...(edge.label ? { label: edge.label } : {}) };
  return { ...doc, edges: [...doc.edges, created] };
};

/**
 * Removes an edge; returns a new document.
 * @public
 */
export const disconnect = (doc: Document, ids: Iterable<EdgeId>): Document => {
  const gone = new Set<string>(ids);
  return { ...doc, edges: doc.edges.filter((e) => !gone.has(e.id)) };
};

/**
 * Changes an edge's kind or label; returns a new document.
 * @public
 */
export const updateEdge = (doc: Document, id: EdgeId, patch: Partial<Pick<DesignEdge, "kind" | "label">>): Document => ({
  ...doc,
  edges: doc.edges.map((e) => {
    if (e.id !== id) return e;
    const next = { ...e, ...patch };
    if (!next.label) delete next.label;
    return next;
  }),
});

/**
 * Copies nodes, and the edges between them, into `target` with fresh ids (they may come
 * from another document: copy/paste between designs). Copies are unpinned and shifted;
 * a copy shifted past the edge of the drawing area stops at the edge.
 * @public
 */
export const pasteNodes = (
  target: Document,
  nodes: readonly DesignNode[],
  edges: readonly DesignEdge[],
  offset: Point = { x: 40, y: 40 },
): { doc: Document; ids: Map<NodeId, NodeId> } => {
  checkCount("nodes", target.nodes.length + nodes.length);
  const takenNodes = nodeIds(target);
  const takenEdges = edgeIds(target);
  const ids = new Map<NodeId, NodeId>();
  const copies = nodes.map((n) => {
    const id = NodeId(freshId(n.id, takenNodes));
    takenNodes.add(id);
    ids.set(n.id, id);
    const { pinned: _pinned, ...rest } = n;
    const position = n.position ? clampPoint({ x: n.position.x + offset.x, y: n.position.y + offset.y }) : undefined;
    return { ...rest, id, ...(position ? { position } : {}) } as DesignNode;
  });
  const edgeCopies = edges.flatMap((e) => {
    const source = ids.get(e.source);
    const targetId = ids.get(e.target);
    if (!source || !targetId) return [];
    const id = EdgeId(freshId(e.id, takenEdges));
    takenEdges.add(id);
    return [{ ...e, id, source, target: targetId }];
  });
  checkCount("edges", target.edges.length + edgeCopies.length);
  return { doc: { ...target, nodes: [...target.nodes, ...copies], edges: [...target.edges, ...edgeCopies] }, ids };
};

/**
 * Duplicates a selection inside its own document.
 * @public
 */
export const duplicateNodes = (doc: Document, selection: Iterable<NodeId>, offset?: Point) => {
  const picked = new Set<string>(selection);
  return pasteNodes(
    doc,
    doc.nodes.filter((n) => picked.has(n.id)),
    doc.edges.filter((e) => picked.has(e.source) && picked.has(e.target)),
    offset,
  );
};
