import { STAGE_QUESTIONS } from "./checklist.js";
import { DocumentId, EdgeId, NodeId } from "./ids.js";
import { CURRENT_VERSION, type Document, FORMAT } from "./schema.js";
import { STAGES } from "./stages.js";

/**
 * A slug from a title: "Fraud detection at Lyft" → "fraud-detection-at-lyft".
 * @public
 */
export const slugify = (title: string): string =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "design";

/**
 * An empty design: the four stages exist on every canvas, so a new one has no nodes yet.
 * @public
 */
export const emptyDocument = (title: string, init: { id?: string; summary?: string } = {}): Document => ({
  format: FORMAT,
  version: CURRENT_VERSION,
  id: DocumentId(init.id ?? slugify(title)),
  title,
  summary: init.summary ?? "",
  nodes: [],
  edges: [],
  notes: [],
});

/**
 * A starter design: one placeholder per stage, linked in order, and the framework's
 * questions for each stage as notes, so a blank page already says what to ask.
 * @public
 */
export const starterDocument = (title: string, init: { id?: string; summary?: string } = {}): Document => ({
  ...emptyDocument(title, init),
  nodes: [
    { id: NodeId("objective"), kind: "objective", stage: "setup", label: "Business objective", props: {} },
    { id: NodeId("data-source"), kind: "data-source", stage: "data", label: "Data source", props: {} },
    { id: NodeId("model"), kind: "model", stage: "modeling", label: "Model", props: {} },
    { id: NodeId("online-service"), kind: "online-service", stage: "serving", label: "Prediction service", props: {} },
  ],
  edges: [
    { id: EdgeId("objective-data-source"), kind: "control", source: NodeId("objective"), target: NodeId("data-source") },
    { id: EdgeId("data-source-model"), kind: "data", source: NodeId("data-source"), target: NodeId("model") },
    { id: EdgeId("model-online-service"), kind: "deploy", source: NodeId("model"), target: NodeId("online-service") },
  ],
  notes: STAGES.map((stage) => ({
    id: `questions-${stage.id}`,
    title: `${stage.title}: questions to answer`,
    text: STAGE_QUESTIONS[stage.id].map((q) => `- ${q}`).join("\n"),
    stage: stage.id,
  })),
});
