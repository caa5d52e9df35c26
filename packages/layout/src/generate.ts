import { type DesignEdge, type DesignNode, type Document, DocumentId, EdgeId, KINDS, NODE_KINDS, NodeId, STAGE_IDS } from "@mlsd/core";

/** A small seeded generator (mulberry32), so generated designs are the same on every run. */
const random = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const SHARE = [0.1, 0.3, 0.3, 0.3];

/**
 * A staged design of `count` nodes for tests and the benchmark: about 1.5 edges per node,
 * forward in lifecycle order, plus about 10% feedback edges from later stages to earlier
 * ones. Not part of the public API.
 */
export const generateStagedDocument = (count: number, seed = 1): Document => {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const nodes: DesignNode[] = [];
  STAGE_IDS.forEach((stage, s) => {
    const n = s === STAGE_IDS.length - 1 ? count - nodes.length : Math.max(1, Math.round(count * (SHARE[s] as number)));
    const kinds = NODE_KINDS.filter((k) => KINDS[k].stage === stage);
    for (let i = 0; i < n && nodes.length < count; i++) {
      const kind = pick(kinds);
      nodes.push({ id: NodeId(`n${nodes.length}`), kind, stage, label: `${KINDS[kind].title} ${nodes.length}`, props: {} } as DesignNode);
    }
  });
  const edges: DesignEdge[] = [];
  const seen = new Set<string>();
  const add = (source: number, target: number, kind: DesignEdge["kind"]) => {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) return;
    seen.add(key);
    edges.push({ id: EdgeId(`e${edges.length}`), kind, source: NodeId(`n${source}`), target: NodeId(`n${target}`) });
  };
  const forward = Math.round(count * 1.35);
  const feedback = Math.round(count * 0.15);
  // Forward edges join a node to one a little later in the list: mostly the same or next stage.
  for (let i = 0; edges.length < forward && i < forward * 4; i++) {
    const source = Math.floor(rnd() * (count - 1));
    const target = Math.min(count - 1, source + 1 + Math.floor(rnd() * Math.max(2, count / 8)));
    add(source, target, "data");
  }
  const stageStart = (stage: number) => nodes.findIndex((n) => n.stage === STAGE_IDS[stage]);
  for (let i = 0; edges.length < forward + feedback && i < feedback * 4; i++) {
    const from = Math.max(stageStart(2), 1) + Math.floor(rnd() * (count - Math.max(stageStart(2), 1)));
    const to = Math.floor(rnd() * Math.max(1, stageStart(2)));
    if (nodes[to]?.stage !== nodes[from]?.stage) add(from, to, "feedback");
  }
  return {
    format: "mlsd",
    version: 1,
    id: DocumentId(`generated-${count}`),
    title: `Generated design, ${count} nodes`,
    summary: "",
    nodes,
    edges,
    notes: [],
  };
};
