import { DocumentId, EdgeId, NodeId } from "../ids.js";
import { KINDS, type NodeKind } from "../kinds.js";
import { CURRENT_VERSION, type DesignEdge, type DesignNode, type Document, FORMAT } from "../schema.js";
import type { StageId } from "../stages.js";

/**
 * Small designs written in a line or two, for the review tests and the benchmark:
 * `sketch({ src: "data-source", train: "training-job" }, ["src -> train"])`.
 * Arrows: `->` data, `=>` deploy, `~>` feedback, `..>` control.
 */
export type NodeSpec = NodeKind | { kind: NodeKind; props?: Record<string, unknown>; stage?: StageId; label?: string; notes?: string };

const ARROWS: Readonly<Record<string, DesignEdge["kind"]>> = { "->": "data", "=>": "deploy", "~>": "feedback", "..>": "control" };

export const edgesFrom = (flows: readonly string[]): DesignEdge[] => {
  const edges: DesignEdge[] = [];
  for (const flow of flows) {
    const tokens = flow.trim().split(/\s+/);
    for (let i = 0; i + 2 < tokens.length; i += 2) {
      const [source, arrow, target] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
      const kind = ARROWS[arrow];
      if (!kind) throw new Error(`unknown arrow "${arrow}" in "${flow}"`);
      edges.push({ id: EdgeId(`${source}.${kind}.${target}`), kind, source: NodeId(source), target: NodeId(target) });
    }
  }
  return edges;
};

export const sketch = (nodes: Record<string, NodeSpec>, flows: readonly string[] = [], extra: Partial<Document> = {}): Document => ({
  format: FORMAT,
  version: CURRENT_VERSION,
  id: DocumentId("sketch"),
  title: "Sketch",
  summary: "",
  nodes: Object.entries(nodes).map(([id, spec]) => {
    const s = typeof spec === "string" ? { kind: spec } : spec;
    return {
      id: NodeId(id),
      kind: s.kind,
      stage: s.stage ?? KINDS[s.kind].stage,
      label: s.label ?? id,
      props: s.props ?? {},
      ...(s.notes ? { notes: s.notes } : {}),
    } as DesignNode;
  }),
  edges: edgesFrom(flows),
  notes: [],
  ...extra,
});

/** The components of a design every rule is happy with. */
export const HEALTHY_NODES: Record<string, NodeSpec> = {
  goal: { kind: "objective", props: { metric: "losses avoided" } },
  auc: { kind: "metric", props: { scope: "offline", name: "AUC" } },
  ctr: { kind: "metric", props: { scope: "online", name: "approval rate" } },
  budget: { kind: "constraint", props: { type: "latency", latencyMs: 100 } },
  events: "data-source",
  stream: "event-stream",
  labels: { kind: "labeling", props: { source: "outcome" } },
  examples: "dataset",
  features: "feature-store",
  train: "training-job",
  model: "model",
  base: { kind: "baseline", props: { type: "heuristic" } },
  eval: { kind: "evaluation", props: { gate: true } },
  registry: "model-registry",
  api: { kind: "online-service", props: { latencyMs: 100 } },
  ab: "ab-test",
  app: "application",
  monitor: "monitoring",
};

export const HEALTHY_FLOWS: readonly string[] = [
  "events -> stream -> features -> examples -> train -> model -> eval => registry => api -> ab -> app",
  "labels -> examples",
  "base -> eval",
  "features -> api -> monitor ~> examples",
  "app ~> labels",
];

export const healthy = (extra: Partial<Document> = {}): Document => sketch(HEALTHY_NODES, HEALTHY_FLOWS, extra);

/**
 * A large design for the benchmark: copies of the healthy design side by side, with some
 * parts left out here and there so every rule has work to do, and links between copies.
 */
export const generatedDesign = (nodeCount: number): Document => {
  const base = healthy();
  const nodes: DesignNode[] = [];
  const edges: DesignEdge[] = [];
  const drop = ["monitor", "base", "eval", "features", "labels", "ab"];
  for (let c = 0; nodes.length < nodeCount; c++) {
    const skip = c % 3 === 0 ? drop[(c / 3) % drop.length] : undefined;
    const name = (id: string) => NodeId(`c${c}.${id}`);
    for (const n of base.nodes) {
      if (n.id === skip || nodes.length >= nodeCount) continue;
      nodes.push({ ...n, id: name(n.id), label: `${n.label} ${c}` } as DesignNode);
    }
    const have = new Set(nodes.map((n) => n.id as string));
    for (const e of base.edges) {
      const [source, target] = [name(e.source), name(e.target)];
      if (have.has(source) && have.has(target)) edges.push({ ...e, id: EdgeId(`c${c}.${e.id}`), source, target });
    }
    if (c > 0 && have.has(name("stream")) && have.has(`c${c - 1}.features`))
      edges.push({ id: EdgeId(`link${c}`), kind: "data", source: name("stream"), target: NodeId(`c${c - 1}.features`) });
  }
  return { ...base, id: DocumentId(`generated-${nodeCount}`), nodes, edges };
};
