import type { NodeId } from "../ids.js";
import type { NodeKind } from "../kinds.js";
import type { DesignEdge, DesignNode, Document, NodeOf } from "../schema.js";

/**
 * An index of one document, built once per review so every rule runs in time linear in
 * the design's size: nodes by id and kind, edges by endpoint, and a few shared groupings.
 */
export interface ReviewContext {
  readonly doc: Document;
  /** Every node but free-text `note` nodes, which take no part in the system. */
  readonly nodes: readonly DesignNode[];
  readonly byId: ReadonlyMap<string, DesignNode>;
  readonly outgoing: ReadonlyMap<string, readonly DesignEdge[]>;
  readonly incoming: ReadonlyMap<string, readonly DesignEdge[]>;
  readonly ofKind: <K extends NodeKind>(kind: K) => readonly NodeOf<K>[];
  readonly has: (...kinds: NodeKind[]) => boolean;
}

/** Kinds that hold data a model can learn from. */
export const DATA_HOLDERS: readonly NodeKind[] = ["data-source", "event-stream", "warehouse", "dataset", "feature-store"];
/** Kinds that make predictions for someone. */
export const SERVING_ENDPOINTS: readonly NodeKind[] = ["online-service", "batch-prediction", "on-device-model"];

export const buildContext = (doc: Document): ReviewContext => {
  const nodes = doc.nodes.filter((n) => n.kind !== "note");
  const byId = new Map<string, DesignNode>();
  const byKind = new Map<NodeKind, DesignNode[]>();
  for (const n of nodes) {
    byId.set(n.id, n);
    const list = byKind.get(n.kind);
    if (list) list.push(n);
    else byKind.set(n.kind, [n]);
  }
  const outgoing = new Map<string, DesignEdge[]>();
  const incoming = new Map<string, DesignEdge[]>();
  const push = (map: Map<string, DesignEdge[]>, key: string, e: DesignEdge) => {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  };
  for (const e of doc.edges) {
    if (!byId.has(e.source) || !byId.has(e.target)) continue;
    push(outgoing, e.source, e);
    push(incoming, e.target, e);
  }
  return {
    doc,
    nodes,
    byId,
    outgoing,
    incoming,
    ofKind: <K extends NodeKind>(kind: K) => (byKind.get(kind) ?? []) as unknown as readonly NodeOf<K>[],
    has: (...kinds) => kinds.some((k) => byKind.has(k)),
  };
};

export const nodesOf = (ctx: ReviewContext, kinds: readonly NodeKind[]): DesignNode[] => kinds.flatMap((k) => ctx.ofKind(k));

/** The nodes that learn: training jobs, or the models themselves when no training job is drawn. */
export const learners = (ctx: ReviewContext): readonly DesignNode[] => {
  const jobs = ctx.ofKind("training-job");
  return jobs.length ? jobs : ctx.ofKind("model");
};

export interface ReachOptions {
  direction?: "forward" | "backward";
  /** Which edges to follow; every edge by default. */
  edge?: (e: DesignEdge) => boolean;
  /** Whether a reached node lets the walk continue past it (it is still reported as reached). */
  through?: (n: DesignNode) => boolean;
}

/** Edges that carry the system forward: everything but feedback. */
export const flowEdge = (e: DesignEdge): boolean => e.kind !== "feedback";

/**
 * A breadth-first walk from several starts at once. Returns each reached node with the
 * start it was first reached from; starts map to themselves.
 */
export const reach = (ctx: ReviewContext, starts: readonly DesignNode[], options: ReachOptions = {}): Map<string, NodeId> => {
  const forward = options.direction !== "backward";
  const adjacency = forward ? ctx.outgoing : ctx.incoming;
  const origin = new Map<string, NodeId>();
  const queue: DesignNode[] = [];
  for (const s of starts) {
    if (origin.has(s.id)) continue;
    origin.set(s.id, s.id);
    queue.push(s);
  }
  const seeded = queue.length;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const from = origin.get(node.id)!;
    if (head >= seeded && options.through && !options.through(node)) continue;
    for (const e of adjacency.get(node.id) ?? []) {
      if (options.edge && !options.edge(e)) continue;
      const nextId = forward ? e.target : e.source;
      if (origin.has(nextId)) continue;
      origin.set(nextId, from);
      queue.push(ctx.byId.get(nextId)!);
    }
  }
  return origin;
};

/** `"Fraud scorer"`: a label fit for a one-line message. */
export const quote = (n: DesignNode): string => {
  const label = n.label.replace(/\s+/g, " ").trim() || n.id;
  return `"${label.length > 60 ? `${label.slice(0, 59)}…` : label}"`;
};

/** `"A", "B" and 3 more`. */
export const quoteAll = (nodes: readonly DesignNode[], max = 3): string => {
  const shown = nodes.slice(0, max).map(quote);
  const rest = nodes.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
};

export const ids = (nodes: readonly DesignNode[]): NodeId[] => nodes.map((n) => n.id);
