import { getDocument, listCatalog } from "@mlsd/catalog";
import { type DesignEdge, type DesignNode, type Document, EdgeId, emptyDocument, NodeId } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { importMermaid } from "../import/import.js";
import { exportMermaid } from "./mermaid.js";

const part = (n: DesignNode) => ({ id: n.id, kind: n.kind, stage: n.stage, label: n.label });
const edge = (e: DesignEdge) => ({ source: e.source, target: e.target, kind: e.kind, label: e.label });
const byKey = <T>(items: T[]) => items.map((i) => JSON.stringify(i)).sort();

const roundTrip = (doc: Document) => {
  const back = importMermaid(exportMermaid(doc));
  if (!back.ok) throw new Error(back.error.message);
  return back.value.document;
};

const small = (): Document => ({
  ...emptyDocument('Fraud #1: "live" <scoring>'),
  layout: { direction: "down" },
  nodes: [
    { id: NodeId("events"), kind: "event-stream", stage: "data", label: "Payment events", props: {} },
    { id: NodeId("graph"), kind: "model", stage: "modeling", label: "Fraud model", props: {} },
    { id: NodeId("end-to-end"), kind: "online-service", stage: "serving", label: 'Scoring "API" | <b>#1</b> & co', props: {} },
    { id: NodeId("review"), kind: "human-review", stage: "serving", label: "Analysts", props: {} },
  ],
  edges: [
    { id: EdgeId("e1"), kind: "data", source: NodeId("events"), target: NodeId("graph"), label: "features" },
    { id: EdgeId("e2"), kind: "deploy", source: NodeId("graph"), target: NodeId("end-to-end") },
    { id: EdgeId("e3"), kind: "control", source: NodeId("end-to-end"), target: NodeId("review"), label: "score > 0.9" },
    { id: EdgeId("e4"), kind: "feedback", source: NodeId("review"), target: NodeId("events") },
  ],
});

describe("exportMermaid", () => {
  it("writes stages as subgraphs, kinds as shapes and classes, link styles by edge kind (golden)", () => {
    expect(exportMermaid(small())).toBe(
      [
        "---",
        'title: "Fraud #1: \\"live\\" <scoring>"',
        "---",
        "%% mlsd design: links --> data, ==> deploy, -.-> feedback, --o trigger; classes name kinds",
        "%% mlsd id id_graph graph",
        "%% mlsd id id_end_to_end end-to-end",
        "flowchart TB",
        '  subgraph stage_data["Data pipeline"]',
        '    events[/"Payment events"/]',
        "  end",
        '  subgraph stage_modeling["Modeling"]',
        '    id_graph{{"Fraud model"}}',
        "  end",
        '  subgraph stage_serving["Serving"]',
        '    id_end_to_end["Scoring #quot;API#quot; #124; &lt;b&gt;#35;1&lt;/b&gt; #38; co"]',
        '    review[\\"Analysts"/]',
        "  end",
        '  events -->|"features"| id_graph',
        "  id_graph ==> id_end_to_end",
        '  id_end_to_end --o|"score &gt; 0.9"| review',
        "  review -.-> events",
        "  classDef event-stream fill:#e1edf4,stroke:#0369a1,stroke-width:2px,color:#1f2937",
        "  class events event-stream",
        "  classDef model fill:#e1efeb,stroke:#047857,stroke-width:2px,color:#1f2937",
        "  class id_graph model",
        "  classDef online-service fill:#fcebe2,stroke:#ea580c,stroke-width:2px,color:#1f2937",
        "  class id_end_to_end online-service",
        "  classDef human-review fill:#f6eae1,stroke:#b45309,stroke-width:2px,color:#1f2937",
        "  class review human-review",
        "  style stage_data fill:#edf6fb,stroke:#0284c7,color:#111827",
        "  style stage_modeling fill:#edf8f4,stroke:#059669,color:#111827",
        "  style stage_serving fill:#fef3ee,stroke:#ea580c,color:#111827",
        "  linkStyle 2 stroke:#7c3aed,color:#7c3aed",
        "  linkStyle 1 stroke:#0f766e,color:#0f766e",
        "  linkStyle 3 stroke:#db2777,color:#db2777",
        "",
      ].join("\n"),
    );
  });

  it("imports back to the same parts, edges, title and direction, keyword ids and escapes included", () => {
    const doc = small();
    const back = roundTrip(doc);
    expect(back.nodes.map(part)).toEqual(doc.nodes.map(part));
    expect(byKey(back.edges.map(edge))).toEqual(byKey(doc.edges.map(edge)));
    expect(back.title).toBe(doc.title);
    expect(back.layout).toEqual({ direction: "down" });
  });

  it.each(listCatalog().map((e) => e.id))("round-trips catalogue design %s", async (id) => {
    const doc = await getDocument(id);
    const back = roundTrip(doc);
    expect(byKey(back.nodes.map(part))).toEqual(byKey(doc.nodes.map(part)));
    expect(byKey(back.edges.map(edge))).toEqual(byKey(doc.edges.map(edge)));
    expect(back.title).toBe(doc.title);
  });
});
