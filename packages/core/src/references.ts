import { describeValue, formatPath, type Problem } from "./errors.js";

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const idOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.id === "string" ? v.id : undefined);

/** Checks ids among themselves: checked on the raw input, so they are reported beside schema problems. */
const duplicates = (items: unknown[], field: string, what: string): Problem[] => {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push({ path: formatPath([field, i, "id"]), message: `duplicate ${what} id "${id}", first used at ${field}[${first}]` });
  });
  return problems;
};

/**
 * The checks a schema cannot express: unique ids, edges whose endpoints exist, notes and
 * suppressions that point at real nodes, no duplicate or self-looping edges.
 */
export const checkReferences = (doc: Rec): Problem[] => {
  const nodes = list(doc.nodes);
  const edges = list(doc.edges);
  const notes = list(doc.notes);
  const problems = [...duplicates(nodes, "nodes", "node"), ...duplicates(edges, "edges", "edge"), ...duplicates(notes, "notes", "note")];
  const nodeIds = new Set(nodes.map(idOf).filter((id): id is string => id !== undefined));
  const connections = new Map<string, number>();
  // Without a node list every endpoint would dangle: the schema problem on `nodes` says it all.
  const haveNodes = Array.isArray(doc.nodes);
  edges.forEach((edge, i) => {
    if (!isRecord(edge)) return;
    for (const end of haveNodes ? (["source", "target"] as const) : []) {
      const ref = edge[end];
      if (typeof ref === "string" && !nodeIds.has(ref))
        problems.push({ path: formatPath(["edges", i, end]), message: `no node with id ${describeValue(ref)}` });
    }
    if (typeof edge.source === "string" && edge.source === edge.target)
      problems.push({ path: formatPath(["edges", i, "target"]), message: "an edge cannot connect a node to itself" });
    const key = JSON.stringify([edge.source, edge.target, edge.kind]);
    const first = connections.get(key);
    if (first !== undefined)
      problems.push({ path: formatPath(["edges", i]), message: `duplicate of edges[${first}]: same source, target and kind` });
    else connections.set(key, i);
  });
  notes.forEach((note, i) => {
    if (!isRecord(note)) return;
    list(note.nodes).forEach((ref, j) => {
      if (typeof ref === "string" && !nodeIds.has(ref))
        problems.push({ path: formatPath(["notes", i, "nodes", j]), message: `no node with id ${describeValue(ref)}` });
    });
  });
  list(doc.suppressions).forEach((suppression, i) => {
    const ref = isRecord(suppression) ? suppression.node : undefined;
    if (typeof ref === "string" && !nodeIds.has(ref))
      problems.push({ path: formatPath(["suppressions", i, "node"]), message: `no node with id ${describeValue(ref)}` });
  });
  return problems;
};
