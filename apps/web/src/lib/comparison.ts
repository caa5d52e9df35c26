import {
  compareDesigns,
  type DesignDiff,
  type DesignEdge,
  type DesignNode,
  type DesignNote,
  type Document,
  EdgeId,
  type FieldChange,
  type GeometryField,
  matchDesigns,
  NodeId,
  type PlacedDocument,
  type StageId,
} from "@mlsd/core";
import { FRAME_METRICS, flip, intersects, type Rect } from "@mlsd/scene";
import { directionOf, nodeBox, stageFrames, withBoxes } from "./geometry.js";

/**
 * Two designs as one drawing, for the comparison view: the second design ("after") where
 * it draws its parts, plus the first design's removed parts, ghosted where they were
 * (or, when that spot is taken or outside their stage, at the foot of their stage), and
 * the list of differences beside it. Pairing and fields are core's `compareDesigns`.
 */
export type PartStatus = "added" | "removed" | "changed" | "moved" | "same";
export type Difference = Exclude<PartStatus, "same">;
export type PartGroup = "nodes" | "edges" | "notes";

export interface ComparisonEntry {
  group: PartGroup;
  status: Difference;
  /** The part's id in the drawing (nodes and edges) or in its own design (notes). */
  id: string;
  /** Its id in the first design, when the two differ (paired by kind and label, not by id). */
  beforeId?: string;
  label: string;
  kind?: string;
  stage?: StageId;
  /** Changed parts: the fields that differ. */
  fields?: FieldChange[];
  /** Moved nodes (and changed nodes that also moved): what changed of where they are drawn. */
  geometry?: GeometryField[];
  /** What choosing the entry selects in the drawing. */
  select: { nodes: string[]; edges: string[] };
}

export interface Comparison {
  diff: DesignDiff;
  /** The drawing: every part of `after`, then the removed parts of `before`. */
  drawing: PlacedDocument;
  nodeStatus: ReadonlyMap<string, PartStatus>;
  edgeStatus: ReadonlyMap<string, PartStatus>;
  entries: ComparisonEntry[];
}

/** Room kept around a ghost, so it never touches a part it is not. */
const GAP = 24;

/** A fresh id for a ghost in the drawing (ids of removed parts cannot clash in practice: core pairs equal ids first). */
const unique = (id: string, taken: Set<string>): string => {
  let out = id;
  for (let i = 2; taken.has(out); i++) out = `${id}-before-${i}`;
  taken.add(out);
  return out;
};

/**
 * Where each removed node is drawn. In "right" coordinates (main axis x, across y): its
 * old box when that touches no part and stays clear of the other stages' bands (so the
 * frames still follow one another); else centred in its stage's band, below the lowest
 * part there.
 */
const placeGhosts = (after: PlacedDocument, removed: readonly DesignNode[]): Map<string, { x: number; y: number }> => {
  const right = directionOf(after) === "right";
  const local = (r: Rect) => (right ? r : flip(r));
  const occupied = after.nodes.map((n) => local(nodeBox(n)));
  const bands = stageFrames(after).map((f) => ({ stage: f.stage, ...local(f) }));
  const grown = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });
  const free = (r: Rect) => !occupied.some((o) => intersects(grown(r, GAP / 2), o));
  const out = new Map<string, { x: number; y: number }>();
  for (const node of removed) {
    const old = local(nodeBox(node));
    const at = bands.findIndex((b) => b.stage === node.stage);
    const band = bands[at]!;
    // The room along the flow between the stage before and the stage after, less a frame's padding.
    const lo = Math.max(-Infinity, ...bands.slice(0, at).map((b) => b.x + b.width)) + FRAME_METRICS.pad;
    const hi = Math.min(Infinity, ...bands.slice(at + 1).map((b) => b.x)) - FRAME_METRICS.pad;
    let box = old;
    if (!(old.x >= lo && old.x + old.width <= hi && free(old))) {
      const x = band.x + (band.width - old.width) / 2;
      const below = occupied.filter((o) => o.x < x + old.width && x < o.x + o.width).map((o) => o.y + o.height);
      box = { ...old, x, y: below.length ? Math.max(...below) + GAP : old.y };
    }
    occupied.push(box);
    const back = right ? box : flip(box);
    out.set(node.id, { x: Math.round(back.x), y: Math.round(back.y) });
  }
  return out;
};

const edgeName = (e: { label?: string | undefined; sourceLabel?: string | undefined; targetLabel?: string | undefined }) =>
  `${e.sourceLabel ?? "?"} → ${e.targetLabel ?? "?"}${e.label ? ` (${e.label})` : ""}`;

const noteName = (n: DesignNote) => n.title ?? (n.text.length > 60 ? `${n.text.slice(0, 57)}…` : n.text);

/** Compares `before` with `after` and builds the one drawing that shows both. Pure. */
export const buildComparison = (beforeDoc: Document, afterDoc: Document): Comparison => {
  const before = withBoxes(beforeDoc);
  const after = withBoxes(afterDoc);
  const diff = compareDesigns(before, after);
  const match = matchDesigns(before, after);

  const nodeStatus = new Map<string, PartStatus>(after.nodes.map((n) => [n.id, "same"]));
  for (const p of diff.nodes.added) nodeStatus.set(p.id, "added");
  for (const p of diff.nodes.changed) nodeStatus.set(p.id, "changed");
  for (const p of diff.nodes.moved) nodeStatus.set(p.id, "moved");

  // Removed nodes become ghosts; an edge end or a note that named one follows its ghost.
  const nodeIds = new Set<string>(after.nodes.map((n) => n.id));
  const removedIds = new Set(diff.nodes.removed.map((p) => p.id));
  const removedNodes = before.nodes.filter((n) => removedIds.has(n.id));
  const places = placeGhosts(after, removedNodes);
  const inDrawing = new Map<string, string>(match.nodes);
  const ghosts = removedNodes.map((n) => {
    const id = unique(n.id, nodeIds);
    inDrawing.set(n.id, id);
    nodeStatus.set(id, "removed");
    return { ...n, id: NodeId(id), position: places.get(n.id)! };
  });

  const edgeStatus = new Map<string, PartStatus>(after.edges.map((e) => [e.id, "same"]));
  for (const p of diff.edges.added) edgeStatus.set(p.id, "added");
  for (const p of diff.edges.changed) edgeStatus.set(p.id, "changed");
  const edgeIds = new Set<string>(after.edges.map((e) => e.id));
  const removedEdgeIds = new Set(diff.edges.removed.map((p) => p.id));
  const edgeInDrawing = new Map<string, string>();
  const removedEdges = before.edges
    .filter((e) => removedEdgeIds.has(e.id))
    .map((e): DesignEdge => {
      const id = unique(e.id, edgeIds);
      edgeInDrawing.set(e.id, id);
      edgeStatus.set(id, "removed");
      return { ...e, id: EdgeId(id), source: NodeId(inDrawing.get(e.source)!), target: NodeId(inDrawing.get(e.target)!) };
    });

  const drawing: PlacedDocument = { ...after, nodes: [...after.nodes, ...ghosts], edges: [...after.edges, ...removedEdges] };

  const entries: ComparisonEntry[] = [];
  const nodeEntry = (status: Difference, p: DesignDiff["nodes"]["added"][number], id = p.id): ComparisonEntry => ({
    group: "nodes",
    status,
    id,
    label: p.label ?? p.id,
    ...(p.kind ? { kind: p.kind } : {}),
    ...(p.stage ? { stage: p.stage } : {}),
    select: { nodes: [id], edges: [] },
  });
  for (const p of diff.nodes.added) entries.push(nodeEntry("added", p));
  for (const p of diff.nodes.removed) entries.push(nodeEntry("removed", p, inDrawing.get(p.id)));
  for (const p of diff.nodes.changed)
    entries.push({
      ...nodeEntry("changed", p),
      ...(p.beforeId ? { beforeId: p.beforeId } : {}),
      fields: p.fields,
      ...(p.moved ? { geometry: ["position" as const] } : {}),
    });
  for (const p of diff.nodes.moved)
    entries.push({ ...nodeEntry("moved", p), ...(p.beforeId ? { beforeId: p.beforeId } : {}), geometry: p.fields });

  const edgeEntry = (status: Difference, p: DesignDiff["edges"]["added"][number], id = p.id): ComparisonEntry => ({
    group: "edges",
    status,
    id,
    label: edgeName(p),
    ...(p.kind ? { kind: p.kind } : {}),
    select: { nodes: [], edges: [id] },
  });
  for (const p of diff.edges.added) entries.push(edgeEntry("added", p));
  for (const p of diff.edges.removed) entries.push(edgeEntry("removed", p, edgeInDrawing.get(p.id)));
  for (const p of diff.edges.changed)
    entries.push({ ...edgeEntry("changed", p), ...(p.beforeId ? { beforeId: p.beforeId } : {}), fields: p.fields });

  // A note is not drawn: its entry selects the parts it is about.
  const noteIn = (doc: Document) => new Map(doc.notes.map((n) => [n.id, n]));
  const [beforeNotes, afterNotes] = [noteIn(before), noteIn(after)];
  const noteEntry = (status: Difference, note: DesignNote, nodes: readonly string[], extra: Partial<ComparisonEntry> = {}) =>
    entries.push({
      group: "notes",
      status,
      id: note.id,
      label: noteName(note),
      ...(note.stage ? { stage: note.stage } : {}),
      select: { nodes: nodes.filter((id) => nodeStatus.has(id)), edges: [] },
      ...extra,
    });
  for (const p of diff.notes.added) {
    const note = afterNotes.get(p.id)!;
    noteEntry("added", note, note.nodes ?? []);
  }
  for (const p of diff.notes.removed) {
    const note = beforeNotes.get(p.id)!;
    noteEntry(
      "removed",
      note,
      (note.nodes ?? []).flatMap((id) => inDrawing.get(id) ?? []),
    );
  }
  for (const p of diff.notes.changed) {
    const note = afterNotes.get(p.id)!;
    noteEntry("changed", note, note.nodes ?? [], { ...(p.beforeId ? { beforeId: p.beforeId } : {}), fields: p.fields });
  }

  return { diff, drawing, nodeStatus, edgeStatus, entries };
};

/** How many entries of each kind of difference, for the legend. */
export const countDifferences = (entries: readonly ComparisonEntry[]): Record<Difference, number> => {
  const counts: Record<Difference, number> = { added: 0, removed: 0, changed: 0, moved: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
};
