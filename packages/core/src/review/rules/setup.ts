import { ids, learners, quoteAll, type ReviewContext } from "../context.js";
import type { Hit, Rule } from "../types.js";

const hasText = (v: string | undefined) => v !== undefined && v.trim() !== "";

/** Offline and online metrics: metric nodes by scope, or the metric an evaluation or A/B test names. */
const metricHits = (ctx: ReviewContext): Hit[] => {
  if (!learners(ctx).length) return [];
  const metrics = ctx.ofKind("metric");
  const offline = metrics.some((m) => m.props.scope === "offline") || ctx.ofKind("evaluation").some((e) => hasText(e.props.metric));
  // Online means measured on live traffic: a user signal, a business figure, the objective's metric, an experiment's.
  const online =
    metrics.some((m) => m.props.scope === "online" || m.props.scope === "business") ||
    ctx.ofKind("objective").some((o) => hasText(o.props.metric)) ||
    ctx.ofKind("ab-test").some((t) => hasText(t.props.metric));
  // Metrics without a scope may be the missing ones: point at them so the fix is one click.
  const unscoped = ids(metrics.filter((m) => m.props.scope === undefined));
  const hits: Hit[] = [];
  if (!offline) hits.push({ message: "no offline metric: nothing says how a trained model is scored before launch", nodes: unscoped });
  if (!online) hits.push({ message: "no online metric: nothing says how live predictions are judged by what users do", nodes: unscoped });
  return hits;
};

const LATENCY_TYPES = new Set(["latency", "throughput"]);

export const SETUP_RULES: readonly Rule[] = [
  {
    id: "setup/no-objective",
    severity: "warning",
    title: "No business objective",
    why: "Without a stated business goal nobody can tell whether the model helps. Accuracy can climb while the outcome the company cares about stays flat, and later choices (metric, data, model size) have nothing to be weighed against.",
    hint: "Add an objective node in Project setup naming the business outcome (fewer fraud losses, more bookings) and the business metric that tracks it.",
    check: (ctx) =>
      ctx.nodes.length && !ctx.has("objective") ? [{ message: "the design does not say which business objective it serves" }] : [],
  },
  {
    id: "setup/no-metric",
    severity: "warning",
    title: "Offline or online metric missing",
    why: "A model is trained against an offline metric but judged by how people react once it is live, and the two often disagree. Naming both up front fixes what 'better' means before training and how it will be confirmed after launch.",
    hint: "Add metric nodes with scope offline (e.g. AUC on a held-out week) and scope online or business (e.g. click-through). An evaluation, an A/B experiment or an objective that names its metric also counts.",
    check: metricHits,
  },
  {
    id: "setup/no-constraint",
    severity: "warning",
    title: "No latency or throughput budget",
    why: "A prediction that arrives too late is as useless as a wrong one. Without a latency or throughput budget, model size, feature freshness and hardware cannot be chosen, and a model that wins offline may be too slow to serve.",
    hint: "Add a constraint node of type latency or throughput (with its budget in ms), or set the latency budget and throughput on the online prediction service.",
    check: (ctx) => {
      const live = [...ctx.ofKind("online-service"), ...ctx.ofKind("on-device-model")];
      if (!live.length) return [];
      const stated =
        ctx
          .ofKind("constraint")
          .some((c) => (c.props.type !== undefined && LATENCY_TYPES.has(c.props.type)) || c.props.latencyMs !== undefined) ||
        ctx.ofKind("online-service").some((s) => s.props.latencyMs !== undefined || s.props.throughputRps !== undefined);
      return stated
        ? []
        : [{ message: `${quoteAll(live)} ${live.length === 1 ? "has" : "have"} no latency or throughput budget`, nodes: ids(live) }];
    },
  },
];
