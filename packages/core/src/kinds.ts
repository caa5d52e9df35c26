import { type PropSpecs, type PropsOf, spec } from "./props.js";
import type { StageName } from "./stages.js";

const { num, str, bool, oneOf } = spec;

/**
 * What a node kind is: its title, default stage, description, typed properties and which properties show as badges.
 * @public
 */
export interface KindDef {
  readonly title: string;
  readonly stage: StageName;
  readonly description: string;
  readonly props: PropSpecs;
  /** The properties shown as badges on a node: the ones a reviewer asks about first. */
  readonly badges: readonly string[];
}

const kind = <const P extends PropSpecs>(def: {
  title: string;
  stage: StageName;
  description: string;
  props: P;
  badges?: readonly (keyof P & string)[];
}) => ({ ...def, badges: def.badges ?? [] });

const personalData = bool("Holds personal data", "personal data");
const technology = str("Technology", "e.g. Kafka, Spark, Cassandra");
const schedule = str("Schedule", "e.g. daily, hourly, on demand");

/**
 * The component kinds of an ML system. Each sits by default in one stage (a node may be
 * moved to another) and carries the properties that come up in a design review.
 * @public
 */
export const KINDS = {
  // ── Project setup ────────────────────────────────────────────────────────
  objective: kind({
    title: "Business objective",
    stage: "setup",
    description: "The outcome the business wants, such as engagement, revenue or fewer fraud losses.",
    props: { metric: str("Business metric", "e.g. bookings per search"), target: str("Target", "e.g. +2% in a quarter") },
    badges: ["metric"],
  }),
  constraint: kind({
    title: "Constraint",
    stage: "setup",
    description: "A limit the design must respect: latency, cost, privacy, deadline or team skills.",
    props: {
      type: oneOf("Type", ["latency", "throughput", "cost", "privacy", "fairness", "deadline", "team", "other"]),
      latencyMs: num("Latency budget", { unit: "ms", min: 0 }),
      value: str("Limit", "e.g. under $10k a month"),
    },
    badges: ["type", "latencyMs"],
  }),
  metric: kind({
    title: "Evaluation metric",
    stage: "setup",
    description: "How success is measured: an offline metric, an online signal or a business figure.",
    props: {
      scope: oneOf("Scope", ["offline", "online", "business"]),
      name: str("Metric", "e.g. NDCG@10, precision at 90% recall"),
      target: str("Target"),
    },
    badges: ["scope", "name"],
  }),
  // ── Data pipeline ────────────────────────────────────────────────────────
  "data-source": kind({
    title: "Data source",
    stage: "data",
    description: "Where raw data is born: application logs, a database, a partner feed, sensors.",
    props: { volume: str("Volume", "e.g. 2 TB/day"), freshness: str("Freshness", "e.g. real time, daily"), personalData },
    badges: ["volume", "freshness", "personalData"],
  }),
  "event-stream": kind({
    title: "Event stream",
    stage: "data",
    description: "A durable log of events that many consumers read, such as a Kafka topic.",
    props: {
      technology,
      eventsPerSecond: num("Events per second", { unit: "ev/s", min: 0 }),
      retentionDays: num("Retention", { unit: "days", min: 0 }),
      personalData,
    },
    badges: ["technology", "eventsPerSecond"],
  }),
  warehouse: kind({
    title: "Data lake / warehouse",
    stage: "data",
    description: "Long-term analytical storage that training data and reports are drawn from.",
    props: { technology, sizeTb: num("Size", { unit: "TB", min: 0 }), freshness: str("Freshness"), personalData },
    badges: ["technology", "sizeTb"],
  }),
  "etl-job": kind({
    title: "Batch ETL job",
    stage: "data",
    description: "A scheduled job that extracts, cleans and reshapes data in bulk.",
    props: { engine: str("Engine", "e.g. Spark, Airflow"), schedule },
    badges: ["engine", "schedule"],
  }),
  "stream-processor": kind({
    title: "Stream processor",
    stage: "data",
    description: "Computes aggregates or features from events as they arrive.",
    props: { engine: str("Engine", "e.g. Flink, Samza"), latencyMs: num("End-to-end latency", { unit: "ms", min: 0 }) },
    badges: ["engine", "latencyMs"],
  }),
  labeling: kind({
    title: "Labeling",
    stage: "data",
    description: "Where ground truth comes from, and what it costs.",
    props: {
      source: oneOf("Label source", ["human", "weak-supervision", "user-feedback", "synthetic", "outcome"]),
      labelsPerDay: num("Labels per day", { min: 0 }),
      agreement: num("Annotator agreement", { min: 0, max: 1 }),
      delay: str("Label delay", "e.g. 60 days for chargebacks"),
    },
    badges: ["source", "delay"],
  }),
  dataset: kind({
    title: "Dataset",
    stage: "data",
    description: "A versioned set of examples for training and evaluation.",
    props: {
      examples: num("Examples", { min: 0, integer: true }),
      split: str("Split", "e.g. time-based 80/10/10"),
      personalData,
    },
    badges: ["examples", "split"],
  }),
  "feature-store": kind({
    title: "Feature store",
    stage: "data",
    description: "One definition of each feature, served offline for training and online for prediction.",
    props: { mode: oneOf("Serves", ["online", "offline", "both"]), technology, features: num("Features", { min: 0, integer: true }) },
    badges: ["mode", "technology"],
  }),
  // ── Modeling ─────────────────────────────────────────────────────────────
  "feature-pipeline": kind({
    title: "Feature pipeline",
    stage: "modeling",
    description: "Turns raw fields into model inputs: encoding, normalization, missing values.",
    props: { engine: str("Engine"), schedule },
    badges: ["engine"],
  }),
  "training-job": kind({
    title: "Training job",
    stage: "modeling",
    description: "Fits model parameters on a dataset, once or on a schedule.",
    props: {
      schedule,
      hardware: oneOf("Hardware", ["cpu", "gpu", "tpu", "mixed"]),
      distributed: bool("Distributed", "distributed"),
      durationHours: num("Duration", { unit: "h", min: 0 }),
    },
    badges: ["schedule", "hardware"],
  }),
  model: kind({
    title: "Model",
    stage: "modeling",
    description: "The learned function itself: its family, task and size.",
    props: {
      family: str("Family", "e.g. gradient-boosted trees, CNN + LSTM"),
      task: oneOf("Task", ["classification", "regression", "ranking", "recommendation", "generation", "detection", "clustering", "other"]),
      parameters: num("Parameters", { min: 0 }),
    },
    badges: ["family", "task"],
  }),
  baseline: kind({
    title: "Baseline",
    stage: "modeling",
    description: "The simple reference a learned model must beat: random, human or a heuristic.",
    props: { type: oneOf("Baseline", ["random", "human", "heuristic", "simple-model"]), score: str("Score") },
    badges: ["type"],
  }),
  evaluation: kind({
    title: "Evaluation",
    stage: "modeling",
    description: "Measures a trained model on held-out data before it may ship.",
    props: { metric: str("Metric"), threshold: str("Pass threshold"), gate: bool("Blocks deployment when it fails", "gate") },
    badges: ["metric", "gate"],
  }),
  "hyperparameter-search": kind({
    title: "Hyperparameter search",
    stage: "modeling",
    description: "Searches training settings against a validation set.",
    props: { method: oneOf("Method", ["random", "grid", "bayesian", "manual"]), trials: num("Trials", { min: 0, integer: true }) },
    badges: ["method", "trials"],
  }),
  "experiment-tracking": kind({
    title: "Experiment tracking",
    stage: "modeling",
    description: "Records runs, parameters, metrics and artifacts so results can be compared and repeated.",
    props: { tool: str("Tool") },
    badges: ["tool"],
  }),
  "model-registry": kind({
    title: "Model registry",
    stage: "modeling",
    description: "Versioned store of trained models and their metadata, the hand-off to serving.",
    props: { tool: str("Tool"), models: num("Models", { min: 0, integer: true }) },
    badges: ["models"],
  }),
  // ── Serving ──────────────────────────────────────────────────────────────
  "batch-prediction": kind({
    title: "Batch prediction",
    stage: "serving",
    description: "Scores many rows on a schedule and stores the results for later lookup.",
    props: { schedule, output: str("Writes to") },
    badges: ["schedule"],
  }),
  "online-service": kind({
    title: "Online prediction service",
    stage: "serving",
    description: "Answers prediction requests as they come, within a latency budget.",
    props: {
      latencyMs: num("Latency budget", { unit: "ms", min: 0 }),
      throughputRps: num("Throughput", { unit: "req/s", min: 0 }),
      hardware: oneOf("Hardware", ["cpu", "gpu", "tpu", "mixed"]),
    },
    badges: ["latencyMs", "throughputRps"],
  }),
  "on-device-model": kind({
    title: "On-device model",
    stage: "serving",
    description: "Runs inference on the user's phone or client: private and fast, but small.",
    props: {
      platform: str("Platform", "e.g. iOS, Android, TV"),
      sizeMb: num("Model size", { unit: "MB", min: 0 }),
      feedbackCollection: str("How feedback is collected"),
    },
    badges: ["platform", "sizeMb"],
  }),
  "ab-test": kind({
    title: "A/B experiment",
    stage: "serving",
    description: "A randomized trial that measures a model's effect on real users.",
    props: {
      metric: str("Decision metric"),
      trafficPercent: num("Traffic", { unit: "%", min: 0, max: 100 }),
      durationDays: num("Duration", { unit: "days", min: 0 }),
    },
    badges: ["metric", "trafficPercent"],
  }),
  monitoring: kind({
    title: "Monitoring",
    stage: "serving",
    description: "Watches inputs, predictions and outcomes, and raises alerts when they drift.",
    props: { signals: str("Signals", "e.g. feature drift, accuracy vs outcomes"), alerting: bool("Alerts on call", "alerts") },
    badges: ["signals", "alerting"],
  }),
  "user-feedback": kind({
    title: "User feedback",
    stage: "serving",
    description: "Reactions of users (clicks, bookings, reports) that reveal how good predictions were.",
    props: { signal: str("Signal", "e.g. click, booking, chargeback"), delay: str("Delay"), personalData },
    badges: ["signal", "delay"],
  }),
  application: kind({
    title: "Product / application",
    stage: "serving",
    description: "The product surface where users meet the predictions.",
    props: { platform: str("Platform"), users: str("Users", "e.g. 117 M members") },
    badges: ["users"],
  }),
  "human-review": kind({
    title: "Human review / fallback",
    stage: "serving",
    description: "A person or a safe default that takes over when the model is unsure or fails.",
    props: {
      trigger: str("Trigger", "e.g. confidence below 0.6"),
      capacityPerDay: num("Capacity per day", { min: 0, integer: true }),
    },
    badges: ["trigger"],
  }),
  "prediction-cache": kind({
    title: "Prediction cache",
    stage: "serving",
    description: "Precomputed or recently computed predictions kept close to the caller.",
    props: { technology, ttlSeconds: num("Time to live", { unit: "s", min: 0 }) },
    badges: ["technology", "ttlSeconds"],
  }),
  // ── Generic ──────────────────────────────────────────────────────────────
  component: kind({
    title: "Component",
    stage: "serving",
    description: "Any other part of the system, described by its label and technology.",
    props: { technology },
    badges: ["technology"],
  }),
  note: kind({
    title: "Note",
    stage: "setup",
    description: "A free-text remark placed on the canvas.",
    props: {},
  }),
} as const satisfies Record<string, KindDef>;

/**
 * A node kind: `model`, `feature-store`, `online-service`… (`KINDS` has them all).
 * @public
 */
export type NodeKind = keyof typeof KINDS;
/**
 * Every node kind, in the order of `KINDS`.
 * @public
 */
export const NODE_KINDS = Object.keys(KINDS) as NodeKind[];
/**
 * The typed properties of nodes of kind `K`.
 * @public
 */
export type KindProps<K extends NodeKind> = PropsOf<(typeof KINDS)[K]["props"]>;

/**
 * Whether a value names a node kind this version knows.
 * @public
 */
export const isNodeKind = (value: unknown): value is NodeKind => typeof value === "string" && Object.hasOwn(KINDS, value);

/**
 * The definition of a node kind: title, stage, description, typed properties, badges.
 * @public
 */
export const kindDef = (kind: NodeKind): KindDef => KINDS[kind];

/**
 * The four edge kinds.
 * @public
 */
export const EDGE_KINDS = ["data", "control", "deploy", "feedback"] as const;
/**
 * `data`, `control`, `deploy` or `feedback`.
 * @public
 */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * Title and description of each edge kind, for legends and pickers.
 * @public
 */
export const EDGE_KIND_INFO: Readonly<Record<EdgeKind, { title: string; description: string }>> = {
  data: { title: "Data flow", description: "Data moves from source to target." },
  control: { title: "Trigger", description: "The source starts, schedules or orchestrates the target." },
  deploy: { title: "Deploy", description: "A trained artifact is shipped from source to target." },
  feedback: { title: "Feedback loop", description: "A later stage sends information back to an earlier one." },
};
