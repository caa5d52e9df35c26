import type { DesignEdge, DesignNode, DesignNote, Document } from "../schema.js";
import type { StageId } from "../stages.js";
import { labelSimilarity } from "./similarity.js";

/**
 * Fields that only say where a node is drawn: changes to them alone are a move, not a change.
 * @public
 */
export type GeometryField = "position" | "size" | "pinned";

/**
 * One field of a part that differs between the two designs, with its value on each side.
 * @public
 */
export interface FieldChange {
  /** `label`, `kind`, `stage`, `notes`, `props.latencyMs`, `source`, `text`, `id`… */
  field: string;
  /** Absent when the field was not set on that side. */
  before?: unknown;
  after?: unknown;
}

/**
 * A node, edge or note as a diff names it. Removed parts carry their ids in `before`, the rest in `after`.
 * @public
 */
export interface DiffPart {
  id: string;
  /** A node's label, an edge's label (when it has one), a note's title (when it has one). */
  label?: string;
  kind?: string;
  stage?: StageId;
  /** Edges: their ends, with the labels of those nodes. */
  source?: string;
  target?: string;
  sourceLabel?: string;
  targetLabel?: string;
}

/**
 * A part of both designs (paired by id, or by kind and label) whose content differs, with each changed field.
 * @public
 */
export interface ChangedPart extends DiffPart {
  /** Set when the part was matched by kind and label rather than by id. */
  beforeId?: string;
  fields: FieldChange[];
  /** Nodes: the part was also moved or resized. */
  moved?: true;
}

/**
 * A node that differs only in where it is drawn, with the geometry fields that changed.
 * @public
 */
export interface MovedPart extends DiffPart {
  beforeId?: string;
  fields: GeometryField[];
}

/**
 * The parts of one sort that were added, removed and changed; nodes also list the moved ones (`NodesDiff`).
 * @public
 */
export interface PartsDiff {
  added: DiffPart[];
  removed: DiffPart[];
  changed: ChangedPart[];
}

/**
 * The nodes that were added, removed, changed and only moved.
 * @public
 */
export interface NodesDiff extends PartsDiff {
  /** Nodes whose only difference is where they are drawn. */
  moved: MovedPart[];
}

/**
 * What changed from one design to another. Document metadata (title, summary, tags) is not compared.
 * @public
 */
export interface DesignDiff {
  nodes: NodesDiff;
  edges: PartsDiff;
  notes: PartsDiff;
}

/**
 * Which part of the first design became which part of the second (before id → after id).
 * @public
 */
export interface DesignMatch {
  nodes: ReadonlyMap<string, string>;
  edges: ReadonlyMap<string, string>;
  notes: ReadonlyMap<string, string>;
}

interface Candidate {
  b: number;
  a: number;
  score: number;
}

/**
 * Pairs items: equal ids first, then the best-scoring unpaired candidates, greedily (ties
 * broken by document order, so the result never depends on anything but the inputs).
 */
const pair = <T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  score: (b: T, a: T, bi: number, ai: number) => number | undefined,
): Map<string, string> => {
  const result = new Map<string, string>();
  const afterIds = new Set(after.map((a) => a.id));
  const taken = new Set<string>();
  for (const b of before)
    if (afterIds.has(b.id) && !taken.has(b.id)) {
      result.set(b.id, b.id);
      taken.add(b.id);
    }
  const candidates: Candidate[] = [];
  before.forEach((b, bi) => {
    if (result.has(b.id)) return;
    after.forEach((a, ai) => {
      if (taken.has(a.id)) return;
      const s = score(b, a, bi, ai);
      if (s !== undefined) candidates.push({ b: bi, a: ai, score: s });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.b - y.b || x.a - y.a);
  for (const c of candidates) {
    const [b, a] = [before[c.b]!, after[c.a]!];
    if (result.has(b.id) || taken.has(a.id)) continue;
    result.set(b.id, a.id);
    taken.add(a.id);
  }
  // In the first design's order, whatever order the pairs were found in.
  return new Map(before.flatMap((b) => (result.has(b.id) ? [[b.id, result.get(b.id)!] as const] : [])));
};

/** Generic kinds say little about what a node is, so only their labels can pair them. */
const VAGUE_KINDS = new Set(["component", "note"]);

const counts = (nodes: readonly DesignNode[]) => {
  const byKind = new Map<string, number>();
  for (const n of nodes) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  return byKind;
};

const matchNodes = (before: readonly DesignNode[], after: readonly DesignNode[]): Map<string, string> => {
  const afterIds = new Set(after.map((n) => n.id as string));
  const beforeIds = new Set(before.map((n) => n.id as string));
  // Per kind, how many nodes are left to pair on each side: one of a kind on each side is the same part, relabelled.
  const left = [counts(before.filter((n) => !afterIds.has(n.id))), counts(after.filter((n) => !beforeIds.has(n.id)))] as const;
  return pair(before, after, (b, a) => {
    const similarity = labelSimilarity(b.label, a.label);
    const sameKind = b.kind === a.kind;
    const onlyOnes = sameKind && !VAGUE_KINDS.has(b.kind) && left[0].get(b.kind) === 1 && left[1].get(a.kind) === 1;
    if (!(similarity >= 0.8 || (sameKind && similarity >= 0.5) || onlyOnes)) return undefined;
    return similarity + (sameKind ? 1 : 0) + (b.stage === a.stage ? 0.25 : 0);
  });
};

/** Edges pair through their ends: an unpaired edge joins the same (paired) nodes, preferably of the same kind. */
const matchEdges = (before: readonly DesignEdge[], after: readonly DesignEdge[], nodes: ReadonlyMap<string, string>) =>
  pair(before, after, (b, a) => {
    if (nodes.get(b.source) !== a.source || nodes.get(b.target) !== a.target) return undefined;
    return (b.kind === a.kind ? 2 : 0) + ((b.label ?? "") === (a.label ?? "") ? 1 : 0);
  });

const noteText = (n: DesignNote) => `${n.title ?? ""} ${n.text}`;

const matchNotes = (before: readonly DesignNote[], after: readonly DesignNote[]) =>
  pair(before, after, (b, a) => {
    const titles = b.title && a.title ? labelSimilarity(b.title, a.title) : 0;
    const similarity = Math.max(titles, labelSimilarity(noteText(b), noteText(a)));
    return similarity >= 0.5 ? similarity + (b.stage === a.stage ? 0.25 : 0) : undefined;
  });

/**
 * Pairs the parts of two designs: by id first; then nodes by kind and label similarity,
 * edges through their paired ends, notes by title and text. Deterministic.
 * @public
 */
export const matchDesigns = (before: Document, after: Document): DesignMatch => {
  const nodes = matchNodes(before.nodes, after.nodes);
  return { nodes, edges: matchEdges(before.edges, after.edges, nodes), notes: matchNotes(before.notes, after.notes) };
};

// ── Field comparison ─────────────────────────────────────────────────────────

const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);

const change = (field: string, before: unknown, after: unknown): FieldChange => ({
  field,
  ...(before === undefined ? {} : { before }),
  ...(after === undefined ? {} : { after }),
});

const compareFields = (fields: readonly [string, unknown, unknown][]): FieldChange[] =>
  fields.filter(([, b, a]) => !same(b, a)).map(([f, b, a]) => change(f, b, a));

const nodeFields = (b: DesignNode, a: DesignNode): FieldChange[] => {
  const [bp, ap] = [b.props as Record<string, unknown>, a.props as Record<string, unknown>];
  const keys = [...new Set([...Object.keys(bp), ...Object.keys(ap)])].sort();
  return compareFields([
    ["id", b.id, a.id],
    ["label", b.label, a.label],
    ["kind", b.kind, a.kind],
    ["stage", b.stage, a.stage],
    ["notes", b.notes, a.notes],
    ...keys.map((k): [string, unknown, unknown] => [`props.${k}`, bp[k], ap[k]]),
  ]);
};

const geometry = (b: DesignNode, a: DesignNode): GeometryField[] =>
  (
    [
      ["position", b.position, a.position],
      ["size", b.size, a.size],
      ["pinned", b.pinned ?? false, a.pinned ?? false],
    ] as const
  )
    .filter(([, x, y]) => !same(x, y))
    .map(([f]) => f);

const sortedIds = (ids: readonly string[] | undefined) => (ids?.length ? [...ids].sort() : undefined);

// ── Entries ──────────────────────────────────────────────────────────────────

const nodePart = (n: DesignNode): DiffPart => ({ id: n.id, label: n.label, kind: n.kind, stage: n.stage });

const edgePart = (e: DesignEdge, labels: ReadonlyMap<string, string>): DiffPart => ({
  id: e.id,
  ...(e.label ? { label: e.label } : {}),
  kind: e.kind,
  source: e.source,
  target: e.target,
  sourceLabel: labels.get(e.source) ?? e.source,
  targetLabel: labels.get(e.target) ?? e.target,
});

const notePart = (n: DesignNote): DiffPart => ({
  id: n.id,
  ...(n.title ? { label: n.title } : {}),
  ...(n.stage ? { stage: n.stage } : {}),
});

const withBefore = <T extends DiffPart>(part: T, beforeId: string): T => (part.id === beforeId ? part : { ...part, beforeId });

/**
 * What was added, removed and changed between two designs: nodes, edges and notes, with
 * each changed field named. Nodes that were only moved or resized are listed apart, as
 * moved. Parts are paired by id, then by kind and label (see `matchDesigns`), so a design
 * redrawn with fresh ids still compares sensibly. Pure and deterministic.
 * @public
 */
export const compareDesigns = (before: Document, after: Document): DesignDiff => {
  const match = matchDesigns(before, after);
  const labels = [
    new Map(before.nodes.map((n) => [n.id as string, n.label])),
    new Map(after.nodes.map((n) => [n.id as string, n.label])),
  ] as const;
  const afterNode = new Map(after.nodes.map((n) => [n.id as string, n]));
  const pairedAfter = (m: ReadonlyMap<string, string>) => new Set(m.values());

  const nodes: NodesDiff = { added: [], removed: [], changed: [], moved: [] };
  for (const b of before.nodes) {
    const id = match.nodes.get(b.id);
    if (id === undefined) {
      nodes.removed.push(nodePart(b));
      continue;
    }
    const a = afterNode.get(id)!;
    const fields = nodeFields(b, a);
    const moved = geometry(b, a);
    if (fields.length) nodes.changed.push({ ...withBefore(nodePart(a), b.id), fields, ...(moved.length ? { moved: true as const } : {}) });
    else if (moved.length) nodes.moved.push({ ...withBefore(nodePart(a), b.id), fields: moved });
  }
  const nodesPaired = pairedAfter(match.nodes);
  for (const a of after.nodes) if (!nodesPaired.has(a.id)) nodes.added.push(nodePart(a));

  const edges: PartsDiff = { added: [], removed: [], changed: [] };
  const afterEdge = new Map(after.edges.map((e) => [e.id as string, e]));
  for (const b of before.edges) {
    const id = match.edges.get(b.id);
    if (id === undefined) {
      edges.removed.push(edgePart(b, labels[0]));
      continue;
    }
    const a = afterEdge.get(id)!;
    // An end counts as changed when the node it was attached to is not the node it is attached to now.
    const fields = compareFields([
      ["id", b.id, a.id],
      ["kind", b.kind, a.kind],
      ["label", b.label, a.label],
      ["source", match.nodes.get(b.source) === a.source ? a.source : b.source, a.source],
      ["target", match.nodes.get(b.target) === a.target ? a.target : b.target, a.target],
    ]);
    if (fields.length) edges.changed.push({ ...withBefore(edgePart(a, labels[1]), b.id), fields });
  }
  const edgesPaired = pairedAfter(match.edges);
  for (const a of after.edges) if (!edgesPaired.has(a.id)) edges.added.push(edgePart(a, labels[1]));

  const notes: PartsDiff = { added: [], removed: [], changed: [] };
  const afterNote = new Map(after.notes.map((n) => [n.id, n]));
  for (const b of before.notes) {
    const id = match.notes.get(b.id);
    if (id === undefined) {
      notes.removed.push(notePart(b));
      continue;
    }
    const a = afterNote.get(id)!;
    const mapped = b.nodes?.map((n) => match.nodes.get(n) ?? n);
    const fields = compareFields([
      ["id", b.id, a.id],
      ["title", b.title, a.title],
      ["text", b.text, a.text],
      ["stage", b.stage, a.stage],
      ["nodes", same(sortedIds(mapped), sortedIds(a.nodes)) ? a.nodes : b.nodes, a.nodes],
    ]);
    if (fields.length) notes.changed.push({ ...withBefore(notePart(a), b.id), fields });
  }
  const notesPaired = pairedAfter(match.notes);
  for (const a of after.notes) if (!notesPaired.has(a.id)) notes.added.push(notePart(a));

  return { nodes, edges, notes };
};

/**
 * True when a diff lists nothing at all, moves included.
 * @public
 */
export const isSameDesign = (diff: DesignDiff): boolean =>
  [diff.nodes, diff.edges, diff.notes].every((d) => !d.added.length && !d.removed.length && !d.changed.length) && !diff.nodes.moved.length;
