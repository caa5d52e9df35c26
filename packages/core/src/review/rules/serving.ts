import { ids, learners, nodesOf, quote, quoteAll, type ReviewContext, reach, SERVING_ENDPOINTS } from "../context.js";
import type { Hit, Rule } from "../types.js";

const feedbackLoopHits = (ctx: ReviewContext): Hit[] => {
  const endpoints = nodesOf(ctx, SERVING_ENDPOINTS);
  if (!endpoints.length || !learners(ctx).length) return [];
  // Whatever watches predictions, plus any serving component already drawn with a feedback edge.
  const loopers = ctx.doc.edges.filter((e) => e.kind === "feedback").map((e) => ctx.byId.get(e.source));
  const watchers = [
    ...new Set([...ctx.ofKind("monitoring"), ...ctx.ofKind("user-feedback"), ...loopers.filter((n) => n?.stage === "serving")]),
  ].filter((n) => n !== undefined);
  if (!watchers.length) return [{ message: "nothing that happens after a prediction is collected and sent back", nodes: ids(endpoints) }];
  // Any edge kind counts: a retraining trigger drawn as `control` closes the loop too.
  const reached = reach(ctx, watchers);
  for (const id of reached.keys()) {
    const stage = ctx.byId.get(id)!.stage;
    if (stage === "data" || stage === "modeling") return [];
  }
  return [
    {
      message: `${quoteAll(watchers)} ${watchers.length === 1 ? "leads" : "lead"} back to neither data nor training`,
      nodes: ids(watchers),
    },
  ];
};

/** Words in tags or setup nodes that say a wrong prediction is expensive. */
const COSTLY =
  /fraud|medic|health|clinic|patient|diagnos|safety|payment|credit|loan|insur|legal|moderation|abuse|false (?:positive|negative)/i;

const costlyBecause = (ctx: ReviewContext): string | undefined => {
  const tag = ctx.doc.tags?.find((t) => COSTLY.test(t));
  if (tag !== undefined) return `tag "${tag}"`;
  for (const n of [...ctx.ofKind("objective"), ...ctx.ofKind("constraint")]) {
    const texts = [n.label, ...Object.values(n.props).filter((v): v is string => typeof v === "string")];
    if (texts.some((t) => COSTLY.test(t))) return quote(n);
  }
  return undefined;
};

const fallbackHits = (ctx: ReviewContext): Hit[] => {
  const deciders = nodesOf(ctx, SERVING_ENDPOINTS);
  if (!deciders.length) return [];
  if (ctx.has("human-review") || ctx.nodes.some((n) => /fallback/i.test(n.label))) return [];
  const because = costlyBecause(ctx);
  if (!because) return [];
  return [{ message: `errors look costly here (${because}) but nothing catches low-confidence predictions`, nodes: ids(deciders) }];
};

export const SERVING_RULES: readonly Rule[] = [
  {
    id: "serving/no-monitoring",
    severity: "error",
    title: "Serving without monitoring",
    why: "Models fail quietly: inputs drift, an upstream table breaks, people change how they behave, and predictions degrade while every server looks healthy. Only watching inputs, predictions and outcomes reveals that a live model has gone wrong.",
    hint: "Add a monitoring node that watches what the serving component receives and predicts and, once they arrive, the real outcomes; connect the service to it.",
    check: (ctx) => {
      const endpoints = nodesOf(ctx, SERVING_ENDPOINTS);
      return endpoints.length && !ctx.has("monitoring")
        ? [{ message: `nothing watches the predictions of ${quoteAll(endpoints)}`, nodes: ids(endpoints) }]
        : [];
    },
  },
  {
    id: "serving/no-feedback-loop",
    severity: "warning",
    title: "No feedback loop",
    why: "The world a model was trained on keeps moving. A system keeps up only if what happens after a prediction (monitoring signals, clicks, outcomes, complaints) flows back into the data or into training, by retraining or relabelling.",
    hint: "Draw a feedback edge from monitoring or user feedback back to a data component (dataset, labeling, event stream) or to the training job.",
    check: feedbackLoopHits,
  },
  {
    id: "serving/on-device-without-feedback",
    severity: "warning",
    title: "On-device model without a feedback path",
    why: "A model running on a phone or client sends nothing back by default, so its quality is invisible and its mistakes cannot teach the next version. How feedback is collected, within what privacy allows, has to be designed up front.",
    hint: "Fill in the on-device model's 'How feedback is collected' property, e.g. opt-in anonymous telemetry or federated updates.",
    check: (ctx) =>
      ctx
        .ofKind("on-device-model")
        .filter((n) => !n.props.feedbackCollection?.trim())
        .map((n) => ({ message: `${quote(n)} does not say how feedback gets back from the device`, nodes: [n.id] })),
  },
  {
    id: "serving/no-fallback",
    severity: "warning",
    title: "Costly errors but no fallback",
    why: "Where a wrong prediction costs money, health or safety, the model should not have the last word when it is unsure. A confidence threshold with a fallback (a human reviewer or a safe default) keeps the rare expensive mistake rare.",
    hint: "Add a human review / fallback node fed by the prediction service for low-confidence cases, and set its trigger (e.g. score between 0.4 and 0.8).",
    check: fallbackHits,
  },
  {
    id: "serving/no-online-experiment",
    severity: "info",
    title: "No online experiment",
    why: "Offline metrics often fail to predict what a model does to the business. A randomized experiment on live traffic is the direct evidence that a new model helps the people it serves and holds its constraints under real load.",
    hint: "Add an A/B experiment node between the prediction service and the product, naming its decision metric and traffic share.",
    check: (ctx) => {
      const endpoints = nodesOf(ctx, SERVING_ENDPOINTS);
      return endpoints.length && learners(ctx).length && !ctx.has("ab-test")
        ? [{ message: `no experiment measures ${quoteAll(endpoints)} on live traffic`, nodes: ids(endpoints) }]
        : [];
    },
  },
];
