import type { CatalogEntry } from "@mlsd/catalog";
import { KINDS, type NodeKind } from "@mlsd/core";

/**
 * The gallery's filters. Every design has all four stages, so filtering by stage showed
 * everything; these tell designs apart: the task the system learns (from its tags), how it
 * serves predictions and which parts it has (from the kinds of parts it uses), and its size.
 */
export interface CatalogFilter {
  query: string;
  type: CatalogEntry["kind"] | "";
  task: string;
  serving: string;
  part: NodeKind | "";
  size: string;
}

export const NO_FILTER: CatalogFilter = { query: "", type: "", task: "", serving: "", part: "", size: "" };

/** Kinds of machine-learning task, each recognised by tags the catalogue uses. */
export const TASKS: readonly { id: string; title: string; tags: readonly string[] }[] = [
  {
    id: "ranking",
    title: "Ranking, search, recommendation",
    tags: ["ranking", "recommendation", "retrieval", "search", "personalization", "matching"],
  },
  {
    id: "classification",
    title: "Classification, detection",
    tags: [
      "classification",
      "fraud",
      "anomaly-detection",
      "audio-classification",
      "image-classification",
      "out-of-distribution-detection",
      "word-sense-disambiguation",
      "product-ml",
    ],
  },
  { id: "regression", title: "Regression, forecasting", tags: ["regression", "time-series", "ltv", "inference"] },
  {
    id: "language",
    title: "Language, speech",
    tags: ["language-modelling", "dialogue", "question-answering", "text-difficulty", "entity-resolution", "word-sense-disambiguation"],
  },
  {
    id: "vision",
    title: "Vision",
    tags: ["computer-vision", "ocr", "image-classification", "multimodal", "out-of-distribution-detection"],
  },
  { id: "decision", title: "Optimization, decisions", tags: ["optimization", "decision", "logistics"] },
  {
    id: "platform",
    title: "ML platform, infrastructure",
    tags: ["platform", "data-platform", "mlops", "infrastructure", "reliability", "experimentation"],
  },
];

/** How a system serves predictions: the serving parts it has. */
export const SERVING: readonly { id: string; title: string; kind: NodeKind }[] = [
  { id: "online", title: "Online, on request", kind: "online-service" },
  { id: "batch", title: "In batches", kind: "batch-prediction" },
  { id: "device", title: "On the device", kind: "on-device-model" },
];

/** Parts worth looking for: the ones a design has or lacks tells most about it. */
export const PARTS: readonly NodeKind[] = [
  "human-review",
  "ab-test",
  "feature-store",
  "monitoring",
  "prediction-cache",
  "model-registry",
  "stream-processor",
  "user-feedback",
];
export const partTitle = (kind: NodeKind) => KINDS[kind].title;

/** Sizes by number of parts: an exercise starter is small, a case study large. */
export const SIZES: readonly { id: string; title: string; min: number; max: number }[] = [
  { id: "small", title: "Small (up to 10 parts)", min: 0, max: 10 },
  { id: "medium", title: "Medium (11 to 20 parts)", min: 11, max: 20 },
  { id: "large", title: "Large (more than 20 parts)", min: 21, max: Number.POSITIVE_INFINITY },
];

export const tasksOf = (entry: Pick<CatalogEntry, "tags">) => TASKS.filter((t) => t.tags.some((tag) => entry.tags.includes(tag)));

/** The entries a filter lets through; every word of the query must appear in the entry's text. */
export const filterCatalog = (entries: readonly CatalogEntry[], f: CatalogFilter): CatalogEntry[] => {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  const task = TASKS.find((t) => t.id === f.task);
  const serving = SERVING.find((s) => s.id === f.serving);
  const size = SIZES.find((s) => s.id === f.size);
  return entries.filter((e) => {
    const text = `${e.title} ${e.org ?? ""} ${e.summary} ${e.tags.join(" ")} ${e.year ?? ""}`.toLowerCase();
    return (
      words.every((w) => text.includes(w)) &&
      (!f.type || e.kind === f.type) &&
      (!task || task.tags.some((t) => e.tags.includes(t))) &&
      (!serving || e.partKinds.includes(serving.kind)) &&
      (!f.part || e.partKinds.includes(f.part)) &&
      (!size || (e.nodeCount >= size.min && e.nodeCount <= size.max))
    );
  });
};
