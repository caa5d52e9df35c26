import type { DesignNode } from "../../schema.js";
import {
  DATA_HOLDERS,
  flowEdge,
  ids,
  learners,
  nodesOf,
  quote,
  quoteAll,
  type ReviewContext,
  reach,
  SERVING_ENDPOINTS,
} from "../context.js";
import type { Hit, Rule } from "../types.js";

/** Training targets that no data holder reaches along forward edges. */
const unfedLearners = (ctx: ReviewContext): Hit[] => {
  const targets = learners(ctx);
  if (!targets.length) return [];
  const starts = ctx.nodes.filter((n) => DATA_HOLDERS.includes(n.kind) || (n.kind === "component" && n.stage === "data"));
  const fed = reach(ctx, starts, { edge: flowEdge });
  return targets
    .filter((t) => !fed.has(t.id))
    .map((t) => ({ message: `no data source, dataset or feature store feeds ${quote(t)}`, nodes: [t.id] }));
};

const labelHits = (ctx: ReviewContext): Hit[] => {
  const targets = learners(ctx);
  if (!targets.length) return [];
  const models = ctx.ofKind("model");
  // Clustering learns without labels; only a design made of such models is exempt.
  if (models.length && models.every((m) => m.props.task === "clustering")) return [];
  const labeling = ctx.ofKind("labeling");
  if (!labeling.length && !ctx.has("user-feedback"))
    return [
      {
        message: `${quoteAll(targets)} ${targets.length === 1 ? "learns" : "learn"} with nothing drawn that supplies labels`,
        nodes: ids(targets),
      },
    ];
  return labeling
    .filter((l) => l.props.source === undefined)
    .map((l) => ({ message: `${quote(l)} does not say where its labels come from`, nodes: [l.id] }));
};

const FEATURE_KINDS = ["feature-store", "feature-pipeline"] as const;

/** One feature definition must feed both training and serving, and the serving side must not get it only through training. */
const skewHits = (ctx: ReviewContext): Hit[] => {
  const jobs = learners(ctx);
  const endpoints = nodesOf(ctx, SERVING_ENDPOINTS);
  if (!jobs.length || !endpoints.length) return [];
  const features = nodesOf(ctx, FEATURE_KINDS);
  const feedsTraining = reach(ctx, jobs, { direction: "backward", edge: flowEdge });
  const feedsServing = reach(ctx, endpoints, { direction: "backward", edge: flowEdge, through: (n) => n.kind !== "training-job" });
  if (features.some((f) => feedsTraining.has(f.id) && feedsServing.has(f.id))) return [];
  const involved = [jobs[0]!, endpoints[0]!];
  if (!features.length)
    return [
      { message: `${quote(involved[0]!)} and ${quote(involved[1]!)} share no feature store or feature pipeline`, nodes: ids(involved) },
    ];
  return [
    {
      message: `${quoteAll(features)} ${features.length === 1 ? "does" : "do"} not feed both training and serving`,
      nodes: [...ids(features), ...ids(involved)],
    },
  ];
};

/** Words that show a privacy decision was written down. */
const PRIVACY_WORDS =
  /privacy|private|personal|anonymi[sz]|pseudonymi[sz]|gdpr|ccpa|hipaa|consent|encrypt|hash|mask|redact|tokeni[sz]|aggregat|expire|delet|retention|\bpii\b|on-device|on device/i;

const privacyHits = (ctx: ReviewContext): Hit[] => {
  const personal = ctx.nodes.filter((n) => (n.props as { personalData?: boolean }).personalData === true);
  if (!personal.length) return [];
  if (ctx.ofKind("constraint").some((c) => c.props.type === "privacy")) return [];
  const says = (text: string | undefined) => text !== undefined && PRIVACY_WORDS.test(text);
  const coveredNodes = new Set<string>();
  let designWide = ctx.doc.nodes.some((n) => n.kind === "note" && (says(n.label) || says(n.notes)));
  for (const note of ctx.doc.notes) {
    if (!says(note.text) && !says(note.title)) continue;
    if (!note.nodes?.length) designWide = true;
    else for (const id of note.nodes) coveredNodes.add(id);
  }
  if (designWide) return [];
  // One finding for the design: the fix (a privacy constraint or note) is usually one decision.
  const open = personal.filter((n: DesignNode) => !coveredNodes.has(n.id) && !says(n.notes));
  if (!open.length) return [];
  const verb = open.length === 1 ? "holds" : "hold";
  return [{ message: `${quoteAll(open)} ${verb} personal data but nothing says how it is protected`, nodes: ids(open) }];
};

export const DATA_RULES: readonly Rule[] = [
  {
    id: "data/no-path-to-training",
    severity: "error",
    title: "Training is not fed by data",
    why: "A model learns only from data that actually reaches it. When no path leads from a data source to training, the diagram leaves out where examples come from, which is usually where most of the work and risk of an ML project sit.",
    hint: "Connect a data source, event stream, warehouse, dataset or feature store to the training job with data edges, through whatever ETL, labeling or feature steps sit between.",
    check: unfedLearners,
  },
  {
    id: "data/no-label-source",
    severity: "warning",
    title: "Labels have no stated source",
    why: "A supervised model is only as good as its labels. Where they come from (annotators, user reactions, weak rules, outcomes such as chargebacks) decides how many there are, how noisy and late they are, and what they cost.",
    hint: "Add a labeling node and set its label source (human, weak-supervision, user-feedback, synthetic or outcome), or draw the user feedback that supplies the labels.",
    check: labelHits,
  },
  {
    id: "data/training-serving-skew",
    severity: "warning",
    title: "Training and serving may compute features differently",
    why: "When training reads features from one piece of code and serving from another, the two drift apart silently: in production the model sees inputs unlike those it learned from, and accuracy drops with no error anywhere.",
    hint: "Route the features for both training and serving through one feature store or feature pipeline, so each feature has a single definition.",
    check: skewHits,
  },
  {
    id: "data/personal-data-without-privacy-note",
    severity: "error",
    title: "Personal data without a privacy note",
    why: "Personal data brings legal duties and user trust with it. A design that stores or learns from it should say how it is protected (anonymized, aggregated, kept on the device, deleted after a while) before anything is built, not after an incident.",
    hint: "Add a constraint node of type privacy, or a note on the node (or one attached to it) saying how the personal data is protected.",
    check: privacyHits,
  },
];
