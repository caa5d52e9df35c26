import type { NodeKind } from "../../kinds.js";
import { flowEdge, ids, learners, nodesOf, quote, quoteAll, type ReviewContext, reach, SERVING_ENDPOINTS } from "../context.js";
import type { Hit, Rule } from "../types.js";

/** Serving-stage kinds that watch or correct predictions rather than make or deliver them. */
const NOT_DELIVERY: ReadonlySet<NodeKind> = new Set(["monitoring", "user-feedback", "human-review"]);

const unservedModels = (ctx: ReviewContext): Hit[] => {
  const models = ctx.ofKind("model").length ? ctx.ofKind("model") : learners(ctx);
  const candidates = models.filter((m) => m.stage !== "serving");
  if (!candidates.length) return [];
  // A model deployed into any serving component (a detector inside monitoring, say) is served there.
  const deployed = new Set(ctx.doc.edges.filter((e) => e.kind === "deploy").map((e) => e.target as string));
  const delivery = ctx.nodes.filter(
    (n) => SERVING_ENDPOINTS.includes(n.kind) || (n.stage === "serving" && (!NOT_DELIVERY.has(n.kind) || deployed.has(n.id))),
  );
  if (!delivery.length) return [{ message: `the design has no serving part for ${quoteAll(candidates)}`, nodes: ids(candidates) }];
  const served = reach(ctx, delivery, { direction: "backward", edge: flowEdge });
  return candidates
    .filter((m) => !served.has(m.id))
    .map((m) => ({ message: `${quote(m)} has no path to a prediction service, batch job or device`, nodes: [m.id] }));
};

/** Serving endpoints reachable from training without passing an evaluation that can block. */
const bypassHits = (ctx: ReviewContext): Hit[] => {
  const starts = learners(ctx);
  if (!starts.length || !ctx.has("evaluation")) return [];
  const reached = reach(ctx, starts, { edge: flowEdge, through: (n) => !(n.kind === "evaluation" && n.props.gate !== false) });
  return nodesOf(ctx, SERVING_ENDPOINTS)
    .filter((s) => reached.has(s.id))
    .map((s) => {
      const from = ctx.byId.get(reached.get(s.id)!)!;
      return { message: `${quote(from)} reaches ${quote(s)} without passing an evaluation gate`, nodes: [from.id, s.id] };
    });
};

export const MODELING_RULES: readonly Rule[] = [
  {
    id: "modeling/no-path-to-serving",
    severity: "error",
    title: "Model never reaches serving",
    why: "A model creates value only when its predictions reach a product. If nothing leads from the trained model to a prediction service, batch job or device, the hardest part of the system, getting it deployed, is missing from the design.",
    hint: "Draw deploy or data edges from the model (or its registry) to the online service, batch prediction job or on-device model that uses it.",
    check: unservedModels,
  },
  {
    id: "modeling/no-baseline",
    severity: "warning",
    title: "No baseline to beat",
    why: "Without a simple reference (random guessing, a person, a heuristic rule or a small model) nobody can tell whether a learned model is worth its cost. Baselines also catch bugs: a model that loses to a heuristic is usually broken.",
    hint: "Add a baseline node beside the model (random, human, heuristic or simple-model) and connect it to the evaluation that compares the two.",
    check: (ctx) => {
      const targets = learners(ctx);
      return targets.length && !ctx.has("baseline")
        ? [{ message: `nothing says what ${quoteAll(targets)} must beat`, nodes: ids(targets) }]
        : [];
    },
  },
  {
    id: "modeling/no-evaluation",
    severity: "error",
    title: "No evaluation before deployment",
    why: "Shipping a model that was never measured on held-out data means users find its failures first. An evaluation step between training and deployment is the last point where a bad model costs nothing.",
    hint: "Add an evaluation node after training that scores the model on held-out data, and let the path to serving pass through it.",
    check: (ctx) => {
      const targets = learners(ctx);
      return targets.length && !ctx.has("evaluation")
        ? [{ message: `${quoteAll(targets)} ${targets.length === 1 ? "is" : "are"} never evaluated before use`, nodes: ids(targets) }]
        : [];
    },
  },
  {
    id: "modeling/no-evaluation-gate",
    severity: "warning",
    title: "Deployment can bypass evaluation",
    why: "An evaluation that runs beside the deployment path but cannot stop it is only a report. When a retrained model can reach users without passing a check, one bad day of data becomes a bad model in production.",
    hint: "Route the path from training to serving through the evaluation node and leave its gate on, so a model that misses the threshold never ships.",
    check: bypassHits,
  },
];
