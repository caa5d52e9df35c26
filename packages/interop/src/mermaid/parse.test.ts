import { describe, expect, it } from "vitest";
import type { Flowchart } from "./ast.js";
import { parseFlowchart } from "./parse.js";

const parse = (text: string): Flowchart => {
  const r = parseFlowchart(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const links = (text: string) =>
  parse(text).links.map((l) => `${l.source}${l.both ? "<" : ""}-${l.stroke}/${l.head}->${l.target}${l.label ? `:${l.label}` : ""}`);

describe("the flowchart header", () => {
  it.each([
    ["graph TD", "TB"],
    ["graph TB", "TB"],
    ["flowchart BT", "BT"],
    ["flowchart LR", "LR"],
    ["flowchart RL", "RL"],
    ["graph lr;", "LR"],
    ["graph >", "LR"],
    ["graph <", "RL"],
    ["graph ^", "BT"],
    ["graph v", "TB"],
    ["flowchart", "TB"],
    ["flowchart-elk TD", "TB"],
  ])("%s reads as %s", (header, direction) => {
    expect(parse(`${header}\n  A --> B`).direction).toBe(direction);
  });
});

describe("node shapes", () => {
  it.each([
    ["A[text]", "rect"],
    ["A(text)", "round"],
    ["A([text])", "stadium"],
    ["A[[text]]", "subroutine"],
    ["A[(text)]", "cylinder"],
    ["A((text))", "circle"],
    ["A(((text)))", "double-circle"],
    ["A>text]", "asymmetric"],
    ["A{text}", "rhombus"],
    ["A{{text}}", "hexagon"],
    ["A[/text/]", "lean-right"],
    ["A[\\text\\]", "lean-left"],
    ["A[/text\\]", "trapezoid"],
    ["A[\\text/]", "trapezoid-alt"],
    ['A@{ shape: cyl, label: "text" }', "cylinder"],
    ["A@{ shape: diam, label: text }", "rhombus"],
    ['A["text"]', "rect"],
    ['A[("text")]', "cylinder"],
  ])("%s is a %s labelled text", (node, shape) => {
    const n = parse(`flowchart LR\n  ${node} --> B`).nodes.get("A");
    expect(n).toMatchObject({ shape, label: "text" });
  });

  it("keeps brackets, pipes and arrows inside quoted labels, over several lines", () => {
    const n = parse('graph TD\n  A["x [y] (z) --> |w| {v}\n  second line"] --> B').nodes.get("A");
    expect(n?.label).toBe("x [y] (z) --> |w| {v}\n  second line");
  });

  it("reads a rectangle whose label starts with a slash", () => {
    expect(parse("graph TD\n  A[/api/predict] --> B").nodes.get("A")).toMatchObject({ shape: "rect", label: "/api/predict" });
  });

  it("gives a node named before its shape the shape it gets later", () => {
    const chart = parse("graph LR\n  A --> B\n  B[(Store)]");
    expect(chart.nodes.get("B")).toMatchObject({ shape: "cylinder", label: "Store" });
    expect([...chart.nodes.keys()]).toEqual(["A", "B"]);
  });
});

describe("links", () => {
  it("reads every stroke and end, with and without spaces", () => {
    expect(
      links("graph LR\nA-->B\nA --- C\nA-.->D\nA -.- E\nA==>F\nA === G\nA--oH\nA --x I\nA<-->J\nA ~~~ K\nA ---> L\nA -..-> M\nA o--o N"),
    ).toEqual([
      "A-normal/arrow->B",
      "A-normal/none->C",
      "A-dotted/arrow->D",
      "A-dotted/none->E",
      "A-thick/arrow->F",
      "A-thick/none->G",
      "A-normal/circle->H",
      "A-normal/cross->I",
      "A<-normal/arrow->J",
      "A-invisible/none->K",
      "A-normal/arrow->L",
      "A-dotted/arrow->M",
      "A<-normal/circle->N",
    ]);
  });

  it("reads labels in both syntaxes, with or without spaces and quotes", () => {
    expect(
      links(
        'graph LR\nA-->|yes|B\nA --> |no| C\nA -- maybe --> D\nA--later-->E\nA -. retrain .-> F\nA == ship ==> G\nA -- "quoted --> text" --> H\nA -->|"pipe | inside"| I',
      ),
    ).toEqual([
      "A-normal/arrow->B:yes",
      "A-normal/arrow->C:no",
      "A-normal/arrow->D:maybe",
      "A-normal/arrow->E:later",
      "A-dotted/arrow->F:retrain",
      "A-thick/arrow->G:ship",
      "A-normal/arrow->H:quoted --> text",
      "A-normal/arrow->I:pipe | inside",
    ]);
  });

  it("expands chains and & groups", () => {
    expect(links("flowchart LR\n  A & B --> C --> D & E")).toEqual([
      "A-normal/arrow->C",
      "B-normal/arrow->C",
      "C-normal/arrow->D",
      "C-normal/arrow->E",
    ]);
  });

  it("reads ids with hyphens and dots next to arrows, and statements split by semicolons", () => {
    const chart = parse("graph LR; data-source-->model.v2; model.v2-.->data-source; x --> y");
    expect([...chart.nodes.keys()]).toEqual(["data-source", "model.v2", "x", "y"]);
    expect(chart.links).toHaveLength(3);
  });

  it("skips Mermaid 11 link ids", () => {
    const chart = parse("flowchart LR\n  A e1@--> B\n  e1@{ animate: true }");
    expect(chart.links.map((l) => `${l.source}->${l.target}`)).toEqual(["A->B"]);
  });
});

describe("subgraphs", () => {
  it("reads ids and titles in every spelling, nesting, and first membership", () => {
    const chart = parse(
      [
        "flowchart TB",
        '  subgraph ingest["Data Pipeline"]',
        "    direction LR",
        "    A --> B",
        "    subgraph inner [Raw zone]",
        "      C",
        "    end",
        "  end",
        '  subgraph "Model Training"',
        "    D --> A",
        "  end",
        "  subgraph Serving and monitoring",
        "    E",
        "  end",
        "  subgraph plain",
        "    F",
        "  end",
      ].join("\n"),
    );
    expect([...chart.subgraphs.values()].map((s) => [s.id, s.title, s.parent ?? null])).toEqual([
      ["ingest", "Data Pipeline", null],
      ["inner", "Raw zone", "ingest"],
      ["Model Training", "Model Training", null],
      ["Serving and monitoring", "Serving and monitoring", null],
      ["plain", "plain", null],
    ]);
    expect(Object.fromEntries([...chart.nodes.values()].map((n) => [n.id, n.subgraph]))).toEqual({
      A: "ingest",
      B: "ingest",
      C: "inner",
      D: "Model Training",
      E: "Serving and monitoring",
      F: "plain",
    });
  });
});

describe("lines that are read and set aside", () => {
  it("ignores styling, clicks, comments and directives without failing, and keeps classes and titles", () => {
    const chart = parse(
      [
        "---",
        'title: "Fraud: v2"',
        "config:",
        "  theme: forest",
        "---",
        '%%{init: {"flowchart": {"curve": "basis"}}}%%',
        "%% a comment",
        "flowchart LR",
        "  accTitle: Accessible title",
        "  accDescr {",
        "    A longer description",
        "  }",
        "  A[Start]:::hot --> B %% trailing comment",
        "  classDef hot fill:#f96,stroke:#333;",
        "  class A,B cold",
        "  style B fill:#bbf",
        "  linkStyle 0 stroke:red,stroke-width:2px",
        '  click A "https://example.com" "tooltip"',
        "  click B callback",
      ].join("\n"),
    );
    expect(chart.title).toBe("Fraud: v2");
    expect(chart.description).toBe("A longer description");
    expect(chart.comments).toEqual(["a comment", "trailing comment"]);
    expect(chart.nodes.get("A")?.classes).toEqual(["hot", "cold"]);
    expect(chart.ignored.map((i) => i.what)).toEqual(["directive", "classDef", "class", "style", "linkStyle", "click", "click"]);
  });

  it("does not take ids that start like keywords for keywords", () => {
    const chart = parse("graph LR\n  classifier --> endpoint --> styleTransfer --> clicks --> direction");
    expect([...chart.nodes.keys()]).toEqual(["classifier", "endpoint", "styleTransfer", "clicks", "direction"]);
  });

  it("reads Unicode ids and labels", () => {
    const chart = parse("flowchart LR\n  数据[原始数据 🚀] --> modèle(Modèle é)");
    expect(chart.nodes.get("数据")?.label).toBe("原始数据 🚀");
    expect(chart.nodes.get("modèle")?.label).toBe("Modèle é");
  });
});

describe("errors", () => {
  const error = (text: string) => {
    const r = parseFlowchart(text);
    if (r.ok) throw new Error("parsed");
    return r.error;
  };

  it.each([
    ["flowchart LR\n  A[unclosed --> B", 2, 4, "no closing bracket"],
    ["flowchart LR\n  A -- label B", 2, 5, 'started with "--" has no closing arrow'],
    ["flowchart LR\n  A --> B\n  end", 3, 3, '"end" without a subgraph'],
    ["flowchart LR\n  subgraph X\n    A\n", 4, 1, 'subgraph "X" (line 2) has no "end"'],
    ["flowchart LR\n  A --> B ]", 2, 11, 'unexpected "]"'],
    ['flowchart LR\n  A["open quote] --> B', 2, 5, "no closing quote"],
    ["flowchart LR\n  A -->|label B", 2, 9, 'no closing "|"'],
    ["flowchart LR\n  --> B", 2, 3, "expected a node id"],
    ["hello LR\n  A --> B", 1, 1, 'expected "flowchart" or "graph", got "hello"'],
  ])("%j fails at line %i, column %i", (text, line, column, what) => {
    const e = error(text);
    expect(e).toMatchObject({ kind: "syntax", line, column });
    expect(e.message).toContain(what);
    expect(e.problems[0]?.path).toBe(`line ${line}, column ${column}`);
  });

  it("counts lines and columns from where a Markdown block starts", () => {
    const r = parseFlowchart("flowchart LR\n  A[x --> B", { line: 10, column: 3 });
    expect(r.ok ? null : r.error).toMatchObject({ line: 11, column: 6 });
  });

  it.each([
    ["sequenceDiagram\n  A->>B: hi", "sequence diagram"],
    ["classDiagram\n  class A", "class diagram"],
    ["stateDiagram-v2\n  [*] --> A", "state diagram"],
    ["erDiagram\n  A ||--o{ B : has", "entity-relationship"],
    ["%% comment\ngantt\n  title x", "Gantt chart"],
    ['pie\n  "a": 1', "pie chart"],
    ["mindmap\n  root", "mind map"],
  ])("refuses %j by name", (text, name) => {
    expect(error(text)).toMatchObject({ kind: "unsupportedDiagram" });
    expect(error(text).message).toContain(name);
    expect(error(text).message).toContain("mlsd imports Mermaid flowcharts");
  });
});
