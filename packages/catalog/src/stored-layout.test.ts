import { isPlaced } from "@mlsd/core";
import { isLayoutStale } from "@mlsd/layout";
import { checkScene, sceneProblems } from "@mlsd/layout/testing";
import { sceneFromDocument } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../scripts/documents.mjs";

// After changing a document: `pnpm --filter @mlsd/catalog layout` stores fresh positions.
const items = readDocuments();

describe.each(items.map((i) => [i.file, i.document] as const))("stored layout of %s", (_file, doc) => {
  it("gives every node a position and a size", () => {
    expect(doc.nodes.filter((n) => !n.position || !n.size).map((n) => n.id)).toEqual([]);
    expect(isPlaced(doc)).toBe(true);
  });

  it("is what the layout engine computes now (not stale)", async () => {
    expect(await isLayoutStale(doc)).toBe(false);
  });

  it("draws cleanly: no overlapping boxes, every node inside its stage frame, edges attached", () => {
    if (!isPlaced(doc)) throw new Error("the document has nodes without a stored box");
    expect(sceneProblems(checkScene(sceneFromDocument(doc)))).toEqual([]);
  });
});

it("notices a stale layout: a moved node or a longer label", async () => {
  const doc = items.find((i) => i.document.id === "project-flow")!.document;
  const moved = { ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: n.position!.x + 40, y: n.position!.y } } : n)) };
  const relabelled = {
    ...doc,
    nodes: doc.nodes.map((n, i) => (i === 1 ? { ...n, label: `${n.label} with a much longer label than before` } : n)),
  };
  expect(await isLayoutStale(moved)).toBe(true);
  expect(await isLayoutStale(relabelled)).toBe(true);
});
