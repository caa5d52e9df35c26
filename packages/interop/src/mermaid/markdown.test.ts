import { describe, expect, it } from "vitest";
import { mermaidBlocks } from "./markdown.js";

const README = [
  "# Fraud platform", //                     1
  "",
  "```mermaid", //                           3
  "sequenceDiagram",
  "  A->>B: hi",
  "```",
  "",
  "## Architecture", //                      8
  "",
  "````markdown", //                         10: an example quoted in another fence is not a block
  "```mermaid",
  "graph TD",
  "```",
  "````",
  "",
  "1. The pipeline:",
  "   ~~~ mermaid", //                       17: inside a list, indented, tildes
  "   flowchart LR",
  "     A --> B",
  "   ~~~",
  "",
  "```{mermaid}", //                         22: MyST
  "graph TD",
  "  C --> D",
  "```",
  "",
  "::: mermaid", //                          27: Azure DevOps wiki
  "graph LR",
  "  E --> F",
  ":::",
].join("\n");

describe("mermaidBlocks", () => {
  it("finds fenced, MyST and Azure blocks with their lines, indentation, types and headings", () => {
    const blocks = mermaidBlocks(README);
    expect(blocks.map((b) => [b.index, b.line, b.indent, b.type, b.heading])).toEqual([
      [1, 4, 0, "sequenceDiagram", "Fraud platform"],
      [2, 18, 3, "flowchart", "Architecture"],
      [3, 23, 0, "graph", "Architecture"],
      [4, 28, 0, "graph", "Architecture"],
    ]);
    expect(blocks[1]?.text).toBe("flowchart LR\n  A --> B");
  });

  it("finds none in plain Mermaid text", () => {
    expect(mermaidBlocks("flowchart LR\n  A --> B")).toEqual([]);
  });
});
