import {
  CURRENT_VERSION,
  type Document,
  FORMAT,
  KINDS,
  LIMITS,
  type LoadError,
  parseDocument,
  type Result,
  validateDocument,
} from "@mlsd/core";
import * as Y from "yjs";
import { type Collection, DESIGN_TEXT, DESIGN_VALUES, ORDER_OF, type RoomTypes, roomTypes } from "./shape.js";

type Rec = Record<string, unknown>;

/** A Y.Map as the plain object it stands for: Y.Text becomes its string, nested maps recurse. */
const plain = (map: Y.Map<unknown>): Rec => {
  const out: Rec = {};
  for (const [key, value] of map.entries()) {
    if (value instanceof Y.Text) out[key] = value.toString();
    else if (value instanceof Y.Map) out[key] = plain(value);
    else if (value !== undefined) out[key] = structuredClone(value);
  }
  return out;
};

/** Ids in the room's order: repeats dropped, ids the order lost appended (sorted, the same on every replica). */
const orderedIds = (types: RoomTypes, collection: Collection): string[] => {
  const map = types[collection];
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const id of (types[ORDER_OF[collection]] as Y.Array<string>).toArray())
    if (typeof id === "string" && !seen.has(id) && map.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  for (const id of [...map.keys()].sort()) if (!seen.has(id)) ids.push(id);
  return ids;
};

const EMPTY: LoadError = {
  kind: "notADocument",
  message: "The room holds no design yet.",
  problems: [{ path: "", message: "the room is empty" }],
};

/**
 * How long each free-text field may be. Two people typing in one field at once can merge
 * two texts that each fit into one that does not; every replica cuts it at the same place.
 */
const TEXT_LIMITS = {
  design: { title: LIMITS.titleLength, summary: LIMITS.summaryLength },
  node: { label: LIMITS.labelLength, notes: LIMITS.notesLength },
  edge: { label: LIMITS.labelLength },
  note: { title: LIMITS.titleLength, text: LIMITS.notesLength },
} as const;

const tooLong = (item: Rec, limits: Record<string, number>) =>
  Object.entries(limits).some(([key, max]) => typeof item[key] === "string" && (item[key] as string).length > max);

/** Cuts over-long text fields in place (only for objects the read made afresh). */
const cut = (item: Rec, limits: Record<string, number>) => {
  for (const [key, max] of Object.entries(limits))
    if (typeof item[key] === "string" && (item[key] as string).length > max) item[key] = (item[key] as string).slice(0, max);
};
const cutCopy = (item: Rec, limits: Record<string, number>): Rec => {
  if (!tooLong(item, limits)) return item;
  const copy = { ...item };
  cut(copy, limits);
  return copy;
};

/**
 * Mends what two people editing at once can leave behind and no single edit makes: an
 * edge to a part someone else deleted, two edges that became the same, a property the
 * part's new kind lacks, a note or suppression about a deleted part, a text merged past
 * its length limit. Every replica mends
 * the same way, so all of them read the same document.
 */
const mend = (doc: Rec & { nodes: Rec[]; edges: Rec[]; notes: Rec[] }) => {
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  cut(doc, TEXT_LIMITS.design);
  // Never change an object in place: the mirror hands the same objects out again.
  doc.nodes = doc.nodes.map((node) => {
    const specs = KINDS[node.kind as keyof typeof KINDS]?.props as Rec | undefined;
    const props = node.props as Rec | undefined;
    const fixed = cutCopy(node, TEXT_LIMITS.node);
    if (!specs || !props || Object.keys(props).every((k) => Object.hasOwn(specs, k))) return fixed;
    return { ...fixed, props: Object.fromEntries(Object.entries(props).filter(([k]) => Object.hasOwn(specs, k))) };
  });
  doc.edges = doc.edges.map((edge) => cutCopy(edge, TEXT_LIMITS.edge));
  doc.notes = doc.notes.map((note) => cutCopy(note, TEXT_LIMITS.note));
  const pairs = new Set<string>();
  doc.edges = doc.edges.filter((e) => {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) return false;
    const pair = `${e.source}\u0000${e.target}\u0000${e.kind}`;
    if (pairs.has(pair)) return false;
    pairs.add(pair);
    return true;
  });
  doc.notes = doc.notes.map((note) => {
    const about = note.nodes as unknown[] | undefined;
    if (!Array.isArray(about) || about.every((id) => nodeIds.has(id))) return note;
    const { nodes: _gone, ...rest } = note;
    const kept = about.filter((id) => nodeIds.has(id));
    return kept.length ? { ...rest, nodes: kept } : rest;
  });
  if (Array.isArray(doc.suppressions))
    doc.suppressions = (doc.suppressions as Rec[]).filter((s) => s.node === undefined || nodeIds.has(s.node));
};

/** Checks a read document with core's loader; the current version keeps the objects read (and so their identity). */
const load = (raw: Rec): Result<Document, LoadError> => {
  if (raw.version !== CURRENT_VERSION) return parseDocument(raw);
  const problems = validateDocument(raw);
  if (problems.length)
    return {
      ok: false,
      error: { kind: "invalid", message: `The room's design has ${problems.length} problem${problems.length === 1 ? "" : "s"}.`, problems },
    };
  return { ok: true, value: raw as unknown as Document };
};

/**
 * A live reader of one room's design (see `createMirror`); `destroy` stops it watching the room.
 * @public
 */
export interface Mirror {
  /** The room's design, read again only where it changed since the last read. */
  read(): Result<Document, LoadError>;
  destroy(): void;
}

/**
 * Reads a room's design as core's Document, keeping the objects of parts that did not
 * change (the editor's canvas redraws only what changed) and checking the whole with
 * core's loader. An empty room reads as an error of kind "notADocument".
 * @public
 */
export const createMirror = (ydoc: Y.Doc): Mirror => {
  const types = roomTypes(ydoc);
  const collections: Collection[] = ["nodes", "edges", "notes"];
  const cache = new Map<Collection, Map<string, { map: Y.Map<unknown>; value: Rec }>>(collections.map((c) => [c, new Map()]));
  const dirty = new Map<Collection, Set<string>>(collections.map((c) => [c, new Set()]));
  const observers = collections.map((c) => {
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const event of events) {
        if (event.target === types[c]) for (const key of event.changes.keys.keys()) dirty.get(c)!.add(key);
        else if (typeof event.path[0] === "string") dirty.get(c)!.add(event.path[0]);
      }
    };
    types[c].observeDeep(observer);
    return () => types[c].unobserveDeep(observer);
  });

  const readCollection = (c: Collection): Rec[] => {
    const store = cache.get(c)!;
    const changed = dirty.get(c)!;
    const out = orderedIds(types, c).map((id) => {
      const map = types[c].get(id)!;
      const hit = store.get(id);
      if (hit && hit.map === map && !changed.has(id)) return hit.value;
      const value = { id, ...plain(map) };
      store.set(id, { map, value });
      return value;
    });
    changed.clear();
    if (store.size > out.length * 2 + 16) for (const id of [...store.keys()]) if (!types[c].has(id)) store.delete(id);
    return out;
  };

  return {
    read() {
      const design = types.design;
      if (!design.has("id")) return { ok: false, error: EMPTY };
      const raw: Rec & { nodes: Rec[]; edges: Rec[]; notes: Rec[] } = {
        format: FORMAT,
        version: design.get("version") ?? CURRENT_VERSION,
        nodes: readCollection("nodes"),
        edges: readCollection("edges"),
        notes: readCollection("notes"),
      };
      for (const key of DESIGN_TEXT) {
        const text = design.get(key);
        raw[key] = text instanceof Y.Text ? text.toString() : text;
      }
      for (const key of DESIGN_VALUES) if (design.get(key) !== undefined) raw[key] = structuredClone(design.get(key));
      mend(raw);
      return load(raw);
    },
    destroy() {
      for (const stop of observers) stop();
    },
  };
};

/**
 * Reads a room's design once (see createMirror for repeated reads).
 * @public
 */
export const readDocument = (ydoc: Y.Doc): Result<Document, LoadError> => {
  const mirror = createMirror(ydoc);
  try {
    return mirror.read();
  } finally {
    mirror.destroy();
  }
};
