import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, isPlaced, type PlacedDocument } from "@mlsd/core";
import { applyScene, layout } from "@mlsd/layout";
import { nodeTitle, sceneFromDocument, THEMES } from "@mlsd/scene";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MlsdDiagram } from "./index.js";

/** How React writes a text into HTML: the label as it must appear in the markup. */
const html = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** A catalogue case study with stored positions (laid out here if the catalogue has none yet). */
const caseStudy = async (): Promise<PlacedDocument> => {
  const entry = listCatalog().find((e) => e.kind === "case-study");
  if (!entry) throw new Error("the catalogue has no case study");
  const document = await getDocument(entry.id);
  return isPlaced(document) ? document : applyScene(document, await layout(document));
};

describe("<MlsdDiagram> on the server", () => {
  it("was imported without a window", () => {
    // This file runs in Node with no DOM: importing the package above would have thrown otherwise.
    expect(typeof window).toBe("undefined");
  });

  it("renders an SVG with every node label, from stored positions", async () => {
    const document = await caseStudy();
    const out = renderToString(<MlsdDiagram document={document} />);
    const svg = out.slice(out.indexOf("<svg"), out.indexOf("</svg>"));
    expect(svg).toContain('role="img"');
    for (const node of sceneFromDocument(document).nodes) expect(svg).toContain(`<title>${html(nodeTitle(node))}</title>`);
    expect(svg.match(/data-node-id=/g)?.length).toBe(document.nodes.length);
    expect(svg.match(/data-edge-id=/g)?.length).toBe(document.edges.length);
  });

  it("names the diagram and links it to a text outline of stages, nodes and edges", async () => {
    const document = await caseStudy();
    const out = renderToString(<MlsdDiagram document={document} />);
    const describedBy = /aria-describedby="([^"]+)"/.exec(out)?.[1];
    expect(describedBy).toBeTruthy();
    expect(out).toContain(`aria-label="${html(document.title)}: ML system design diagram with ${document.nodes.length} components`);
    const outline = out.slice(out.indexOf(`id="${describedBy}"`));
    expect(outline).toContain("Connections");
    for (const node of document.nodes) expect(outline).toContain(html(node.label));
  });

  it("uses the dark theme's colors when asked", async () => {
    const document = await caseStudy();
    const light = renderToString(<MlsdDiagram document={document} />);
    const dark = renderToString(<MlsdDiagram document={document} theme="dark" />);
    expect(dark).toContain(`background:${THEMES.dark.background}`);
    expect(dark).toContain(THEMES.dark.nodeFill);
    expect(light).not.toContain(THEMES.dark.nodeFill);
  });

  it("draws a given Scene in place of the document", async () => {
    const document = await caseStudy();
    const scene = sceneFromDocument(document);
    const out = renderToString(<MlsdDiagram scene={{ ...scene, nodes: scene.nodes.slice(0, 1), edges: [] }} />);
    expect(out.match(/data-node-id=/g)?.length).toBe(1);
  });

  it("shows a status, not a drawing, for a document that still needs a layout", async () => {
    const document = await caseStudy();
    const unplaced = { ...document, nodes: document.nodes.map(({ position: _p, size: _s, ...n }) => n) } as Document;
    const out = renderToString(<MlsdDiagram document={unplaced} />);
    expect(out).not.toContain("<svg");
    expect(out).toContain("Laying out the design");
    // The outline still tells a screen reader what the design holds.
    expect(out).toContain(html(document.nodes[0]!.label));
  });

  it("links the source only when it is an http(s) address", async () => {
    const document = await caseStudy();
    const source = { title: "The write-up", url: "javascript:window.__pwned=1" };
    const bad = renderToString(<MlsdDiagram document={{ ...document, source }} />);
    expect(bad).toContain("The write-up");
    expect(bad).not.toContain("javascript:");
    const good = renderToString(<MlsdDiagram document={{ ...document, source: { ...source, url: "https://example.com/a" } }} />);
    expect(good).toContain('href="https://example.com/a"');
  });

  it("makes nodes keyboard buttons inside a group when they are clickable", async () => {
    const document = await caseStudy();
    const out = renderToString(<MlsdDiagram document={document} onNodeClick={() => {}} />);
    expect(out).toContain('role="group" aria-roledescription="diagram"');
    expect(out.match(/role="button" tabindex="0"/g)?.length).toBe(document.nodes.length);
    expect(out).not.toContain('role="img"');
  });
});
