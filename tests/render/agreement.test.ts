import { getDocument, listCatalog } from "@mlsd/catalog";
import { isPlaced } from "@mlsd/core";
import { MlsdDiagram } from "@mlsd/react";
import { paint, type Scene, sceneFromDocument, type ThemeName } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { type DrawnElement, drawingOf, drawnElements, roundNumbers } from "./markup.js";

// The renderers are thin backends of @mlsd/scene's paint list: for every catalogue design,
// the static SVG and the React viewer must draw the same elements with the same classes,
// data attributes, geometry, colours and text, and both must keep the SVG contract.

const entries = listCatalog();
const scenes = new Map<string, Scene>();

beforeAll(async () => {
  for (const entry of entries) {
    const document = await getDocument(entry.id);
    if (!isPlaced(document)) throw new Error(`${entry.id} has no stored layout`);
    scenes.set(entry.id, sceneFromDocument(document));
  }
});

const svgElements = (scene: Scene, theme: ThemeName) => drawnElements(drawingOf(renderSvg(scene, { theme })));
const reactElements = (scene: Scene, theme: ThemeName, clickable: boolean) =>
  drawnElements(
    drawingOf(
      renderToStaticMarkup(
        createElement(MlsdDiagram, { scene, theme, controls: false, caption: false, ...(clickable ? { onNodeClick: () => {} } : {}) }),
      ),
    ),
  );

/** The SVG contract, checked on one renderer's elements. */
const contractProblems = (scene: Scene, elements: DrawnElement[]): string[] => {
  const problems: string[] = [];
  const withClass = (name: string) => elements.filter((e) => e.attributes.class === name);
  const stages = withClass("mlsd-stage");
  if (stages.map((e) => e.attributes["data-stage"]).join() !== scene.stages.map((s) => s.stage).join()) problems.push("stage groups");
  const nodes = withClass("mlsd-node");
  if (nodes.length !== scene.nodes.length) problems.push(`${nodes.length} node groups for ${scene.nodes.length} nodes`);
  for (const [i, group] of nodes.entries()) {
    const node = scene.nodes[i];
    const box = elements.slice(elements.indexOf(group) + 1).find((e) => e.tag === "rect");
    const want = node && { x: String(node.x), y: String(node.y), width: String(node.width), height: String(node.height) };
    if (group.tag !== "g" || group.attributes["data-kind"] !== node?.kind) problems.push(`node ${i}: not a g with data-kind`);
    if (
      !box ||
      JSON.stringify([box.attributes.x, box.attributes.y, box.attributes.width, box.attributes.height]) !==
        JSON.stringify(Object.values(want ?? {}))
    )
      problems.push(`node ${node?.id}: its first rect is not its box`);
  }
  const edges = withClass("mlsd-edge");
  if (edges.length !== scene.edges.length) problems.push(`${edges.length} edge paths for ${scene.edges.length} edges`);
  for (const [i, path] of edges.entries()) {
    const edge = scene.edges[i];
    const d = path.attributes.d ?? "";
    if (path.tag !== "path" || path.attributes["data-kind"] !== edge?.kind) problems.push(`edge ${i}: not a path with data-kind`);
    if (!/^(M|L|[\d.\s-])+$/.test(d)) problems.push(`edge ${edge?.id}: d uses more than M and L: ${d}`);
    const route = roundNumbers(edge?.points.map((p, j) => `${j ? "L" : "M"}${p.x} ${p.y}`).join("") ?? "");
    if (d.replace(/\s+/g, " ") !== route) problems.push(`edge ${edge?.id}: d is not its route`);
  }
  if (withClass("mlsd-edge-label").length !== scene.edges.filter((e) => e.label).length) problems.push("edge label groups");
  return problems;
};

describe.each(entries.map((e) => e.id))("%s", (id) => {
  it.each(["light", "dark"] as const)("SVG and React draw the same shapes (%s), and both keep the SVG contract", (theme) => {
    const scene = scenes.get(id)!;
    const svg = svgElements(scene, theme);
    expect(reactElements(scene, theme, false)).toEqual(svg);
    expect(reactElements(scene, theme, true)).toEqual(svg);
    expect(contractProblems(scene, svg)).toEqual([]);
    // One element per shape of the paint list (an arrowhead is drawn as its own path), plus a group and a title per part that has them.
    const painting = paint(scene, theme);
    const groups = new Set(painting.shapes.filter((s) => s.part.group).map((s) => s.part));
    const expected =
      painting.shapes.length +
      painting.shapes.filter((s) => s.type === "path" && s.arrow).length +
      groups.size +
      [...groups].filter((p) => "title" in p).length;
    expect(svg.length).toBe(expected);
  });
});
