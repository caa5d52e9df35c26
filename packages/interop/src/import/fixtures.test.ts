import { readdirSync, readFileSync } from "node:fs";
import type { NodeKind } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { importMermaid } from "./import.js";

/*
 * Flowcharts written for this project in the styles found in public READMEs and docs (see
 * fixtures/README.md): every node and link must survive, the obvious parts get their kinds,
 * and loops back become feedback edges.
 */
interface Case {
  file: string;
  nodes: number;
  edges: number;
  kinds: Record<string, NodeKind>;
  feedback: string[];
  title?: string;
  direction?: "right" | "down";
  deploy?: string[];
  control?: string[];
  notes?: number;
}

const CASES: Case[] = [
  {
    file: "course-loop.mmd",
    nodes: 8,
    edges: 8,
    kinds: {
      A: "etl-job",
      C: "feature-store",
      D: "training-job",
      E: "evaluation",
      F: "model-registry",
      G: "online-service",
      H: "monitoring",
    },
    feedback: ["H-A"],
    deploy: ["F-G"],
    direction: "right",
  },
  {
    file: "template-subgraphs.mmd",
    nodes: 15,
    edges: 16,
    kinds: {
      D1: "data-source",
      D5: "feature-store",
      T2: "hyperparameter-search",
      T3: "evaluation",
      T4: "model-registry",
      P1: "ab-test",
      P3: "monitoring",
      F2: "monitoring",
    },
    feedback: ["T3-T1", "F3-T1"],
    deploy: ["T4-P1"],
    direction: "down",
  },
  {
    file: "html-and-classes.mmd",
    nodes: 9,
    edges: 11,
    kinds: { A: "data-source", C: "training-job", D: "hyperparameter-search", E: "evaluation", H: "monitoring", R: "human-review" },
    feedback: ["E-D", "H-C", "H-G"],
  },
  {
    file: "platform-readme.md",
    nodes: 16,
    edges: 14,
    title: "Architecture",
    kinds: {
      RAW: "data-source",
      FB: "user-feedback",
      CONS: "dataset",
      TRN: "training-job",
      VAL: "evaluation",
      ML: "experiment-tracking",
      REG: "model-registry",
      API: "online-service",
      AUTH: "component",
      EV: "monitoring",
    },
    feedback: ["API-FB"],
    deploy: ["REG-API"],
    notes: 1,
  },
  {
    file: "legacy-semicolons.mmd",
    nodes: 13,
    edges: 13,
    kinds: {
      logs: "data-source",
      kafka: "event-stream",
      flink: "stream-processor",
      store: "feature-store",
      scorer: "online-service",
      app: "application",
      clicks: "user-feedback",
      labels: "labeling",
      train: "training-job",
      old: "baseline",
      cache: "prediction-cache",
      cdn: "component",
    },
    feedback: ["clicks-labels"],
    deploy: ["train-scorer"],
  },
  {
    file: "mermaid11-shapes.mmd",
    nodes: 7,
    edges: 7,
    title: "Support ticket triage",
    kinds: { tickets: "data-source", vec: "data-source", clf: "model", agent: "human-review", gate: "component" },
    feedback: ["agent-tickets"],
  },
  {
    file: "unicode.mmd",
    nodes: 7,
    edges: 7,
    kinds: { node: "data-source", "node-2": "component", cafe: "component" },
    feedback: ["node-6-node-3"],
  },
  {
    file: "all-shapes.mmd",
    nodes: 14,
    edges: 13,
    kinds: { a: "component", e: "data-source", i: "component" },
    feedback: [],
  },
  {
    file: "rag-assistant.md",
    nodes: 13,
    edges: 13,
    title: "Internal docs assistant",
    kinds: {
      docs: "data-source",
      vdb: "data-source",
      llm: "model",
      human: "human-review",
      thumbs: "user-feedback",
      evalset: "dataset",
      evals: "evaluation",
    },
    feedback: ["thumbs-evalset"],
    notes: 2,
  },
  {
    file: "subgraph-links.mmd",
    nodes: 7,
    edges: 8,
    kinds: { s1: "data-source", fit: "training-job", check: "evaluation", registry: "model-registry", forecast: "online-service" },
    feedback: ["planners-s1", "planners-s2"],
    deploy: ["registry-forecast"],
  },
  {
    file: "comments-directives.mmd",
    nodes: 7,
    edges: 7,
    kinds: { DataStorage: "data-source", TrainingTrigger: "training-job", WaitingState: "monitoring", Train: "training-job" },
    feedback: ["WaitingState-DataStorage"],
    control: ["TrainingTrigger-FeatureEngineering", "TrainingTrigger-WaitingState"],
  },
];

const read = (file: string) => readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8");

describe.each(CASES)("$file", (c) => {
  const result = importMermaid(read(c.file));
  if (!result.ok) throw new Error(`${c.file}: ${result.error.message}`);
  const { document, report } = result.value;
  const ofKind = (kind: string) => document.edges.filter((e) => e.kind === kind).map((e) => e.id);

  it(`keeps all ${c.nodes} nodes and ${c.edges} edges`, () => {
    expect(document.nodes).toHaveLength(c.nodes);
    expect(document.edges).toHaveLength(c.edges);
    expect(report.parts).toHaveLength(c.nodes);
  });

  it("gives the obvious parts their kinds", () => {
    const kinds = Object.fromEntries(document.nodes.filter((n) => n.id in c.kinds).map((n) => [n.id, n.kind]));
    expect(kinds).toEqual(c.kinds);
  });

  it("turns loops back into feedback edges, and only those", () => {
    expect(ofKind("feedback")).toEqual(c.feedback);
    if (c.deploy) expect(ofKind("deploy")).toEqual(c.deploy);
    if (c.control) expect(ofKind("control")).toEqual(c.control);
  });

  it("takes the title, direction and leftover groups from the source", () => {
    if (c.title) expect(document.title).toBe(c.title);
    if (c.direction) expect(document.layout?.direction).toBe(c.direction);
    expect(document.notes).toHaveLength(c.notes ?? 0);
    expect(document.nodes.every((n) => !n.position)).toBe(true);
  });
});

it("covers every fixture in the folder", () => {
  const files = readdirSync(new URL("../../fixtures/", import.meta.url)).filter((f) => /\.(mmd|md)$/.test(f) && f !== "README.md");
  expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
});
