import { describe, expect, it } from "vitest";
import { importMermaid } from "./import.js";
import { formatImportReport } from "./report.js";

const imported = (text: string, options = {}) => {
  const r = importMermaid(text, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const failure = (text: string, options = {}) => {
  const r = importMermaid(text, options);
  if (r.ok) throw new Error("imported");
  return r.error;
};

const README = [
  "# Recommendations",
  "```mermaid",
  "pie",
  '  "a": 1',
  "```",
  "## Training",
  "```mermaid",
  "graph LR",
  "  A[Training data] --> B[Train model]",
  "```",
  "## Serving",
  "```mermaid",
  "flowchart TD",
  "  S[Model server] --> M[Monitoring]",
  "  M --> X[",
  "```",
].join("\n");

describe("choosing a diagram", () => {
  it("reads the first flowchart of a Markdown file and says which block", () => {
    const { document, report } = imported(README);
    expect(document.nodes.map((n) => n.id)).toEqual(["A", "B"]);
    expect(document.title).toBe("Training");
    expect(report.block).toEqual({ index: 2, line: 8, count: 3 });
    expect(formatImportReport(report)[0]).toBe("2 parts and 1 edge from Mermaid block 2 of 3 (line 8)");
  });

  it("reads the block asked for, and names the file's own line for its errors", () => {
    expect(failure(README, { block: 3 })).toMatchObject({ kind: "syntax", line: 15, column: 10 });
    expect(failure(README, { block: 1 })).toMatchObject({ kind: "unsupportedDiagram", diagram: "pie" });
    expect(failure(README, { block: 4 }).message).toBe("There is no Mermaid block 4: the file has 3 (number them 1 to 3).");
  });

  it("refuses Markdown without a flowchart, listing what it holds", () => {
    const e = failure("# Doc\n```mermaid\nsequenceDiagram\n  A->>B: x\n```\n");
    expect(e.kind).toBe("unsupportedDiagram");
    expect(e.message).toContain("block 1 (line 3) is a sequence diagram (sequenceDiagram)");
  });

  it("refuses text that holds no diagram, and empty text", () => {
    expect(failure("just some notes").kind).toBe("noDiagram");
    expect(failure("   \n").message).toBe("The file is empty.");
    expect(failure("flowchart LR\n%% nothing\n").message).toBe("The flowchart has no nodes to import.");
  });
});

describe("what the import makes of a flowchart", () => {
  it("keeps valid source ids and makes the rest valid and unique", () => {
    const { document, report } = imported("flowchart LR\n  ok-id --> 数据[Data]\n  数据 --> data[Other]\n  data --> _x[Under]");
    expect(document.nodes.map((n) => n.id)).toEqual(["ok-id", "data-2", "data", "x"]);
    expect(report.entries.filter((e) => e.action === "repaired").map((e) => e.message)).toEqual([
      'id "数据" is not an mlsd id (letters, digits and _ . : -); it is "data-2" now',
      'id "_x" is not an mlsd id (letters, digits and _ . : -); it is "x" now',
    ]);
  });

  it("cuts labels longer than a design allows and says so", () => {
    const { document, report } = imported(`flowchart LR\n  A[${"x".repeat(300)}] --> B`);
    expect(document.nodes[0]?.label).toHaveLength(200);
    expect(report.entries[0]).toMatchObject({ action: "repaired", message: 'label of "A" cut to 200 characters', line: 2 });
  });

  it("merges repeated links and their labels, drops self-loops and invisible links", () => {
    const { document, report } = imported("flowchart LR\n  A --> B\n  A -->|again| B\n  A --> A\n  B ~~~ C");
    expect(document.edges).toEqual([{ id: "A-B", kind: "data", source: "A", target: "B", label: "again" }]);
    expect(document.nodes.map((n) => n.id)).toEqual(["A", "B", "C"]);
    expect(report.entries.map((e) => e.action)).toEqual(["dropped", "dropped", "repaired"]);
  });

  it("places a part by the subgraph title that names its stage, over its kind", () => {
    const { document, report } = imported(
      'flowchart LR\n  subgraph s1["Serving layer"]\n    fs[(Feature store)]\n  end\n  fs --> m[Monitoring]',
    );
    expect(document.nodes.map((n) => [n.kind, n.stage])).toEqual([
      ["feature-store", "serving"],
      ["monitoring", "serving"],
    ]);
    expect(report.parts.map((p) => p.stageFrom)).toEqual(["subgraph", "kind"]);
  });

  it("gives unknown parts the stage of their neighbours", () => {
    const { document } = imported("flowchart LR\n  t[Train model] --> x[Mystery step] --> y[Another]");
    expect(document.nodes.map((n) => `${n.kind}/${n.stage}`)).toEqual([
      "training-job/modeling",
      "component/modeling",
      "component/modeling",
    ]);
  });

  it("uses a class named after a kind only where the label says nothing, outside mlsd's own exports", () => {
    const { document } = imported("flowchart LR\n  A[Model training]:::model --> B[Thing]:::monitoring");
    expect(document.nodes.map((n) => n.kind)).toEqual(["training-job", "monitoring"]);
  });

  it("turns a dotted link back to an earlier stage into feedback even without a loop", () => {
    const { document, report } = imported("flowchart LR\n  M[Monitoring] -.-> D[(Raw data)]");
    expect(document.edges[0]?.kind).toBe("feedback");
    expect(report.edges[0]?.kindFrom).toBe("dotted");
  });

  it("never changes its input's meaning when read twice (pure)", () => {
    const text = "graph TD\n  A[Kafka] --> B[Flink] --> C[(Feature store)] --> D[Scoring service] --> A";
    expect(imported(text)).toEqual(imported(text));
  });
});
