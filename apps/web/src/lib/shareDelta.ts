/**
 * A design as the changes it makes to another one (its catalogue original), for share
 * links: an unchanged case study travels as its name, a changed one as its changes. Pure
 * JSON in, JSON out; the result of `applyDelta` is checked by core's loader like any input.
 */
type Json = Record<string, unknown>;
type Item = Json & { id: string };

/** Changes to a list of items with ids (nodes, edges, notes). */
export interface ListDelta {
  /** Items that are new or differ from the base's item with the same id. */
  put?: Item[];
  /** Ids of base items that are gone. */
  del?: string[];
  /** The full order of ids, when it is not the base's order with new items last. */
  order?: string[];
}

export interface Delta {
  /** Top-level fields that differ; `null` for a field the design does not have. */
  set?: Json;
  nodes?: ListDelta;
  edges?: ListDelta;
  notes?: ListDelta;
}

const LISTS = ["nodes", "edges", "notes"] as const;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const items = (v: unknown): Item[] => (Array.isArray(v) ? v.filter((i): i is Item => isRecord(i) && typeof i.id === "string") : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const applyList = (base: Item[], delta: unknown): Item[] => {
  if (!isRecord(delta)) return base;
  const put = items(delta.put);
  const del = new Set(Array.isArray(delta.del) ? delta.del : []);
  const replaced = new Map(put.map((i) => [i.id, i]));
  const known = new Set(base.map((i) => i.id));
  const out = [...base.filter((i) => !del.has(i.id)).map((i) => replaced.get(i.id) ?? i), ...put.filter((i) => !known.has(i.id))];
  if (!Array.isArray(delta.order)) return out;
  const byId = new Map(out.map((i) => [i.id, i]));
  return delta.order.flatMap((id) => (typeof id === "string" && byId.has(id) ? [byId.get(id) as Item] : []));
};

const diffList = (base: Item[], next: Item[]): ListDelta | undefined => {
  const before = new Map(base.map((i) => [i.id, i]));
  const ids = new Set(next.map((i) => i.id));
  const put = next.filter((i) => !same(before.get(i.id), i));
  const del = base.filter((i) => !ids.has(i.id)).map((i) => i.id);
  const delta: ListDelta = { ...(put.length ? { put } : {}), ...(del.length ? { del } : {}) };
  if (
    !same(
      applyList(base, delta).map((i) => i.id),
      next.map((i) => i.id),
    )
  )
    delta.order = next.map((i) => i.id);
  return Object.keys(delta).length ? delta : undefined;
};

/** What turns `base` into `next` (both plain JSON documents). */
export const diffDocument = (base: Json, next: Json): Delta => {
  const set: Json = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(next)]))
    if (!(LISTS as readonly string[]).includes(key) && !same(base[key], next[key])) set[key] = next[key] ?? null;
  const delta: Delta = Object.keys(set).length ? { set } : {};
  for (const list of LISTS) {
    const d = diffList(items(base[list]), items(next[list]));
    if (d) delta[list] = d;
  }
  return delta;
};

/** `base` with a delta applied. Never throws: whatever a damaged delta holds, the loader judges the result. */
export const applyDelta = (base: Json, delta: unknown): Json => {
  if (!isRecord(delta)) return base;
  const out: Json = { ...base };
  if (isRecord(delta.set))
    for (const [key, value] of Object.entries(delta.set)) {
      if ((LISTS as readonly string[]).includes(key) || key === "__proto__") continue;
      if (value === null) delete out[key];
      else out[key] = value;
    }
  for (const list of LISTS) out[list] = applyList(items(base[list]), delta[list]);
  return out;
};
