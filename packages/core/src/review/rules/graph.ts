import type { NodeKind } from "../../kinds.js";
import { compareStages } from "../../stages.js";
import { quote, type ReviewContext } from "../context.js";
import type { Hit, Rule } from "../types.js";

/** Setup items describe the whole design and may stand alone on the canvas. */
const MAY_STAND_ALONE: ReadonlySet<NodeKind> = new Set(["objective", "constraint", "metric"]);

const disconnected = (ctx: ReviewContext): Hit[] => {
  if (ctx.nodes.length < 2) return [];
  return ctx.nodes
    .filter((n) => !MAY_STAND_ALONE.has(n.kind) && !ctx.outgoing.has(n.id) && !ctx.incoming.has(n.id))
    .map((n) => ({ message: `${quote(n)} is not connected to anything`, nodes: [n.id] }));
};

/** Edges whose direction contradicts their kind, as `cmp(source stage, target stage)` tells. */
const edgesWhere = (ctx: ReviewContext, wanted: (kind: string, cmp: number, sourceStage: string) => boolean, say: string): Hit[] => {
  const hits: Hit[] = [];
  for (const e of ctx.doc.edges) {
    const source = ctx.byId.get(e.source);
    const target = ctx.byId.get(e.target);
    if (!source || !target || !wanted(e.kind, compareStages(source.stage, target.stage), source.stage)) continue;
    hits.push({
      message: `${e.kind} edge from ${quote(source)} (${source.stage}) to ${quote(target)} (${target.stage}) ${say}`,
      nodes: [source.id, target.id],
      edges: [e.id],
    });
  }
  return hits;
};

export const GRAPH_RULES: readonly Rule[] = [
  {
    id: "graph/disconnected-node",
    severity: "warning",
    title: "Component with no connections",
    why: "A component no edge touches says nothing about how the system works: either a connection is missing or the component does not belong. Readers follow a diagram along its edges, so an isolated box is easily overlooked.",
    hint: "Connect the component to what feeds it or what it feeds, or remove it. Objectives, metrics and constraints may stand alone.",
    check: disconnected,
  },
  {
    id: "graph/feedback-edge-forward",
    severity: "warning",
    title: "Feedback edge points forward",
    why: "A feedback edge means a later stage sends something back to an earlier one, such as serving to data. One that points from an earlier stage to a later one is drawn the wrong way round or is really an ordinary flow, and it hides where the loop actually is.",
    hint: "Reverse the edge so it runs from the later stage back to the earlier one, or change its kind to data, control or deploy.",
    check: (ctx) => edgesWhere(ctx, (kind, cmp) => kind === "feedback" && cmp < 0, "points forward"),
  },
  {
    id: "graph/backward-flow-edge",
    severity: "info",
    title: "Data flows back from serving",
    why: "Data that travels from serving back to the data pipeline or to modeling is what closes the loop of an ML system. Drawn as a plain data or deploy edge it looks like part of the forward path; drawn as feedback it shows readers where the system learns from its use.",
    hint: "Change the edge's kind to feedback if it carries reactions or outcomes back, or move one of its components to the stage it belongs to. Triggers (control edges) may point anywhere.",
    check: (ctx) =>
      edgesWhere(ctx, (kind, cmp, from) => (kind === "data" || kind === "deploy") && from === "serving" && cmp > 0, "runs backwards"),
  },
];
