import { parseDocument, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { elementSnippet, embedDocument, embedJson, reactSnippet, scriptSafeJson, svgSnippet } from "./embed.js";

/** A design whose label tries to end the script element and open a comment, with one node never placed. */
const hostile = () => {
  const doc = starterDocument("Ranker </script><script>window.__pwned=1</script> <!-- x");
  const [first, ...rest] = doc.nodes;
  const { position: _p, size: _s, ...unplaced } = first!;
  return { ...doc, nodes: [{ ...unplaced, label: "</SCRIPT><!--label" }, ...rest] };
};

const inlineJson = (snippet: string) => /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)?.[1];

describe("embed snippets", () => {
  it("places every node, so embeds need no layout engine", () => {
    const doc = hostile();
    expect(doc.nodes.some((n) => !n.position)).toBe(true);
    expect(embedDocument(doc).nodes.every((n) => n.position && n.size)).toBe(true);
    const saved = parseDocument(JSON.parse(embedJson(doc)));
    expect(saved.ok && saved.value.nodes.every((n) => n.position)).toBe(true);
  });

  it("puts the design into the web component's JSON with no way out of the script element", () => {
    const doc = hostile();
    const snippet = elementSnippet(doc);
    expect(snippet).toContain('import "@mlsd/element/define"');
    const json = inlineJson(snippet);
    expect(json).toBeDefined();
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(json).not.toContain("<");
    expect(JSON.parse(json!)).toEqual(embedDocument(doc));
    expect(JSON.parse(scriptSafeJson(doc)).title).toBe(doc.title);
  });

  it("gives a React component that imports the saved file", () => {
    const snippet = reactSnippet(starterDocument("Churn prediction"));
    expect(snippet).toContain("npm install @mlsd/react");
    expect(snippet).toContain('import design from "./churn-prediction.mlsd.json"');
    expect(snippet).toContain("<MlsdDiagram document={design} />");
  });

  it("draws the static SVG with every label escaped", () => {
    const doc = hostile();
    const svg = svgSnippet(doc, "light");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;/SCRIPT&gt;");
  });
});
