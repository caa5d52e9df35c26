import { CURRENT_VERSION, type DesignEdge, type DesignNode, type DesignNote, type Document } from "@mlsd/core";
import * as Y from "yjs";
import { jsonEqual } from "./equal.js";
import {
  type Collection,
  DESIGN_TEXT,
  DESIGN_VALUES,
  EDGE_TEXT,
  EDGE_VALUES,
  NODE_PLACEMENT,
  NODE_TEXT,
  NODE_VALUES,
  NOTE_TEXT,
  NOTE_VALUES,
  ORDER_OF,
  type RoomTypes,
  roomTypes,
} from "./shape.js";
import { syncText } from "./text.js";

type Rec = Record<string, unknown>;

/** Sets a plain field when it differs; `undefined` removes it. */
const setValue = (map: Y.Map<unknown>, key: string, value: unknown, force = false) => {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (force || !jsonEqual(map.get(key), value)) map.set(key, structuredClone(value));
};

/** Keeps a text field in step: edits the Y.Text in place, creates it, or removes it. */
const setText = (map: Y.Map<unknown>, key: string, value: unknown) => {
  if (typeof value !== "string") {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current = map.get(key);
  if (current instanceof Y.Text) syncText(current, value);
  else map.set(key, new Y.Text(value));
};

const writeFields = (map: Y.Map<unknown>, item: Rec, text: readonly string[], values: readonly string[]) => {
  for (const key of text) setText(map, key, item[key]);
  for (const key of values) setValue(map, key, item[key]);
};

const writeProps = (map: Y.Map<unknown>, props: Rec) => {
  let target = map.get("props");
  if (!(target instanceof Y.Map)) {
    target = new Y.Map<unknown>();
    map.set("props", target);
  }
  const ymap = target as Y.Map<unknown>;
  for (const key of [...ymap.keys()]) if (props[key] === undefined) ymap.delete(key);
  for (const [key, value] of Object.entries(props)) setValue(ymap, key, value);
};

const writeNode = (map: Y.Map<unknown>, node: DesignNode) => {
  const item = node as unknown as Rec;
  const moved = NODE_PLACEMENT.some((key) => !jsonEqual(map.get(key), item[key]));
  for (const key of NODE_TEXT) setText(map, key, item[key]);
  for (const key of NODE_VALUES) setValue(map, key, item[key], moved && (NODE_PLACEMENT as readonly string[]).includes(key));
  writeProps(map, node.props as Rec);
};

const writeEdge = (map: Y.Map<unknown>, edge: DesignEdge) => writeFields(map, edge as unknown as Rec, EDGE_TEXT, EDGE_VALUES);
const writeNote = (map: Y.Map<unknown>, note: DesignNote) => writeFields(map, note as unknown as Rec, NOTE_TEXT, NOTE_VALUES);

/** Brings one collection (map + order array) in step with `items`, touching only what changed. */
const writeCollection = <T extends { id: string }>(
  types: RoomTypes,
  collection: Collection,
  items: readonly T[],
  before: readonly T[] | undefined,
  write: (map: Y.Map<unknown>, item: T) => void,
) => {
  const map = types[collection];
  const order = types[ORDER_OF[collection]] as Y.Array<string>;
  const wanted = new Set(items.map((i) => i.id));
  const unchanged = new Set<T>(before ?? []);
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
  for (const item of items) {
    const existing = map.get(item.id);
    if (existing && unchanged.has(item)) continue;
    if (existing instanceof Y.Map) write(existing, item);
    else {
      const fresh = new Y.Map<unknown>();
      map.set(item.id, fresh);
      write(fresh, item);
    }
  }
  // The order: drop ids that left (and repeats), append new ones; rewrite only if still out of order.
  const seen = new Set<string>();
  const current = order.toArray();
  for (let i = current.length - 1; i >= 0; i--) {
    const id = current[i]!;
    if (!wanted.has(id) || current.indexOf(id) !== i) order.delete(i, 1);
  }
  for (const id of order.toArray()) seen.add(id);
  const added = items.map((i) => i.id).filter((id) => !seen.has(id));
  if (added.length) order.push(added);
  const now = order.toArray();
  if (now.length !== items.length || now.some((id, i) => id !== items[i]!.id)) {
    order.delete(0, order.length);
    order.push(items.map((i) => i.id));
  }
};

/**
 * Writes a design into a room's Yjs document with the fewest changes: fields that did not
 * change are left alone, so concurrent edits of other fields merge. Pass `before` (the
 * document the room held, as last read) to skip parts that are the very same objects:
 * core's operations share unchanged parts, so an edit costs what it changed.
 * @public
 */
export const writeDocument = (ydoc: Y.Doc, next: Document, options: { before?: Document; origin?: unknown } = {}): void => {
  const types = roomTypes(ydoc);
  const { before } = options;
  ydoc.transact(() => {
    const design = types.design;
    setValue(design, "version", CURRENT_VERSION);
    writeFields(design, next as unknown as Rec, DESIGN_TEXT, DESIGN_VALUES);
    writeCollection(types, "nodes", next.nodes, before?.nodes, writeNode);
    writeCollection(types, "edges", next.edges, before?.edges, writeEdge);
    writeCollection(types, "notes", next.notes, before?.notes, writeNote);
  }, options.origin ?? null);
};
