import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, LIMITS, serializeDocument, starterDocument } from "@mlsd/core";
import {
  dragBy,
  edges,
  expectSaved,
  importFile,
  nodeById,
  nodePlaces,
  nodes,
  onScreenViewport,
  openCatalogDesign,
  openGallery,
  openNewDesign,
  openSavedDesign,
  pane,
  partsOutOfSight,
  transformOf,
  UBER,
  viewportSettled,
  zoomOf,
} from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("canvas editing", () => {
  test("opens the Uber case study as an editable copy with all its nodes", async ({ page, keepScreenshot }) => {
    const entry = listCatalog().find((e) => e.title === UBER.title);
    expect(entry).toBeDefined();
    const doc = await getDocument(entry!.id);
    await openCatalogDesign(page, entry!.id);
    await expect(nodes(page)).toHaveCount(doc.nodes.length);
    await expect(edges(page)).toHaveCount(doc.edges.length);
    await expect(page.getByRole("button", { name: "Reset to original" })).toBeVisible();
    await keepScreenshot("case-study");
  });

  test("drags a node, which pins it", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const node = nodes(page).first();
    const id = (await node.getAttribute("data-id"))!;
    const before = await transformOf(page, id);
    await expect(nodeById(page, id).locator(".pin")).toHaveCount(0);
    await dragBy(page, (await node.boundingBox())!, 60, 90);
    await expect.poll(() => transformOf(page, id)).not.toBe(before);
    await expect(nodeById(page, id).locator(".pin")).toHaveCount(1);
  });

  test("moves a node to another stage when it is dropped in that stage's frame", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const node = page.locator('.react-flow__node-kind:has(.kind-node[data-stage="setup"])').first();
    const id = (await node.getAttribute("data-id"))!;
    const stage = nodeById(page, id).locator(".kind-node");
    const from = (await node.boundingBox())!;
    const frame = (await page.locator('.react-flow__node-frame[data-id="frame:data"]').boundingBox())!;
    await dragBy(
      page,
      from,
      frame.x + 40 + from.width / 2 - (from.x + from.width / 2),
      frame.y + frame.height - 30 - (from.y + from.height / 2),
      12,
    );
    await expect(stage).toHaveAttribute("data-stage", "data");
    await page.keyboard.press("Control+z");
    await expect(stage).toHaveAttribute("data-stage", "setup");
  });

  test("adds a node from the palette, connects it, and undoes and redoes", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const count = await nodes(page).count();
    const edgeCount = await edges(page).count();
    const zoom = await zoomOf(page);
    await page.getByRole("button", { name: "Add Online prediction service" }).click();
    await expect(nodes(page)).toHaveCount(count + 1);
    await expect(page.getByLabel("Label", { exact: true })).toHaveValue("Online prediction service");
    const addedId = (await page.locator(".react-flow__node-kind.selected").getAttribute("data-id"))!;
    // The new part is on screen whole, at the zoom the design had (adding.spec.ts covers when the view pans).
    await expect.poll(async () => (await partsOutOfSight(page)).filter((p) => p.startsWith(`${addedId} `))).toEqual([]);
    expect(await zoomOf(page)).toBe(zoom);

    // Connect by dragging from another node's output handle onto the new node's input handle.
    const b = (await nodeById(page, addedId).locator(".react-flow__handle.target").boundingBox())!;
    const canvas = (await page.getByRole("region", { name: "Canvas" }).boundingBox())!;
    const handles = page.locator(`.react-flow__node-kind:not([data-id="${addedId}"]) .react-flow__handle.source`);
    let a: { x: number; y: number; width: number; height: number } | undefined;
    for (const h of await handles.all()) {
      const box = await h.boundingBox();
      if (box && box.x > canvas.x + 20 && box.x < canvas.x + canvas.width - 20 && box.y > canvas.y + 20 && box.y < b.y - 40) {
        a = box;
        break;
      }
    }
    if (!a) throw new Error("no output handle in view to connect from");
    await dragBy(page, a, b.x + b.width / 2 - (a.x + a.width / 2), b.y + b.height / 2 - (a.y + a.height / 2), 10);
    await expect(edges(page)).toHaveCount(edgeCount + 1);
    await expect(page.getByLabel("Kind", { exact: true })).toBeVisible();

    // The toolbar's Redo button shows the history between the keys: a step that went
    // missing fails here, not as an edge that never comes back.
    const redo = page.getByRole("button", { name: "Redo" });
    await pane(page).click({ position: { x: 5, y: 5 } });
    await expect(redo).toBeDisabled();
    await page.keyboard.press("Control+z");
    await expect(edges(page)).toHaveCount(edgeCount);
    await page.keyboard.press("Control+z");
    await expect(nodes(page)).toHaveCount(count);
    await page.keyboard.press("Control+Shift+z");
    await expect(nodes(page)).toHaveCount(count + 1);
    await expect(redo).toBeEnabled();
    await page.keyboard.press("Control+y");
    await expect(edges(page)).toHaveCount(edgeCount + 1);
    await expect(redo).toBeDisabled();
  });

  test("runs auto layout in a worker, keeps pinned nodes and can undo it", async ({ page, seed }) => {
    // A saved design with one part pinned away from its place and the rest left where an
    // older layout put them, so the layout has parts to move and one to keep.
    const uber = await getDocument(UBER.id);
    const [first, ...rest] = uber.nodes;
    const design: Document = {
      ...uber,
      nodes: [
        { ...first!, pinned: true, position: { x: first!.position!.x + 40, y: first!.position!.y + 60 } },
        ...rest.map((n) => ({ ...n, position: { x: n.position!.x + 30, y: n.position!.y + 20 } })),
      ],
    };
    await seed({ designs: [{ key: "pinned-uber", doc: design }] });
    await openSavedDesign(page, "pinned-uber", design);

    const pinned = (await page.locator(".react-flow__node-kind:has(.pin)").first().getAttribute("data-id"))!;
    expect(pinned).toBe(first!.id);
    const pinnedAt = await transformOf(page, pinned);
    const free = (await page.locator(".react-flow__node-kind:not(:has(.pin))").first().getAttribute("data-id"))!;
    const freeAt = await transformOf(page, free);
    await page.getByRole("button", { name: "Auto layout" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Laid out/ })).toHaveCount(1, { timeout: 30_000 });
    expect(await transformOf(page, pinned)).toBe(pinnedAt);
    expect(await transformOf(page, free)).not.toBe(freeAt);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => transformOf(page, free)).toBe(freeAt);
    await page.getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => transformOf(page, free)).not.toBe(freeAt);
  });

  test("restores exactly what was on screen after a reload", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    // Change the design and the view, so the reload has both to restore.
    const node = nodes(page).first();
    await dragBy(page, (await node.boundingBox())!, 80, 40);
    await expect(node.locator(".pin")).toHaveCount(1);
    const view = await onScreenViewport(page);
    const canvas = (await pane(page).boundingBox())!;
    await dragBy(page, { x: canvas.x + 10, y: canvas.y + 10, width: 0, height: 0 }, 120, 70);
    await expectSaved(page);
    const viewport = await viewportSettled(page, { from: view });
    const places = await nodePlaces(page);

    await page.reload();
    await expect(nodes(page)).toHaveCount(places.length);
    await expect.poll(() => nodePlaces(page)).toEqual(places);
    expect(await onScreenViewport(page)).toBe(viewport);
  });

  test("copies parts from one design and pastes them into another", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    await nodes(page).first().click();
    await page.keyboard.press("Control+c");
    await openNewDesign(page);
    const count = await nodes(page).count();
    await pane(page).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+v");
    await expect(nodes(page)).toHaveCount(count + 1);
    await page.keyboard.press("Control+d");
    await expect(nodes(page)).toHaveCount(count + 2);
    await page.keyboard.press("Delete");
    await expect(nodes(page)).toHaveCount(count + 1);
  });
});

test.describe("the drawing area's edge", () => {
  test.use({ strictConsole: true });
  test("a part dragged past the edge and an auto layout next to it save a design that opens again", async ({ page }) => {
    await openGallery(page);
    // The starter's parts in a row just inside the largest coordinate a document may hold, the last one pinned.
    const doc = starterDocument("At the edge");
    const edge = LIMITS.coordinate - 10;
    const placed: Document = {
      ...doc,
      nodes: doc.nodes.map((n, i) => ({
        ...n,
        position: { x: edge - (3 - i) * 40, y: edge - 10 },
        size: { width: 0.4, height: 0.4 },
        pinned: i === 3,
      })),
    };
    await importFile(page, "edge.mlsd.json", serializeDocument(placed));
    await expect(nodes(page).first()).toBeVisible();
    await dragBy(page, (await nodes(page).nth(3).boundingBox())!, 300, 200);
    await expectSaved(page);
    const layout = page.getByRole("button", { name: "Auto layout" });
    await layout.click();
    await expect(layout).toBeEnabled();
    await expectSaved(page);
    await page.reload();
    await expect(nodes(page)).toHaveCount(doc.nodes.length);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
});
