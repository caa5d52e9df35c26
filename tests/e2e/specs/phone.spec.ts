import { join } from "node:path";
import { getDocument } from "@mlsd/catalog";
import {
  designKey,
  dragBy,
  edges,
  expectSaved,
  nodes,
  openCatalogDesign,
  openNewDesign,
  partsOutOfSight,
  transformOf,
  UBER,
  zoomOf,
} from "../support/editor.js";
import { readStored } from "../support/storage.js";
import { expect, forEachViewport, test } from "../support/test.js";

forEachViewport(() => {
  test("a share link opens read-only on a phone: pan, zoom, the legend, and Edit to change it", async ({ page, newUser }) => {
    const doc = await getDocument(UBER.id);
    await openCatalogDesign(page, UBER.id);
    await page.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("button", { name: "Share link" }).click();
    const field = page.getByRole("textbox", { name: "Share link" });
    await expect(field).toHaveValue(/#share=/);
    const link = await field.inputValue();

    const phone = await newUser();
    await phone.goto(link);
    await expect(nodes(phone)).toHaveCount(doc.nodes.length);
    await expect.poll(() => partsOutOfSight(phone)).toEqual([]);
    // Read-only: no palette, no undo; the legend is open; Edit is the way to change it.
    await expect(phone.getByRole("button", { name: "Add a part" })).toHaveCount(0);
    await expect(phone.getByRole("button", { name: "Undo" })).toHaveCount(0);
    await expect(phone.getByRole("region", { name: "Lines" })).toBeVisible();
    await expect(phone.getByRole("button", { name: "Edit" })).toBeVisible();
    await phone.screenshot({ path: join(test.info().project.outputDir, "screens", "share-phone.png") });

    // Zoom and pan move the view; dragging a part does not move it.
    const zoom = await zoomOf(phone);
    await phone.getByRole("button", { name: /zoom in/i }).click();
    await expect.poll(() => zoomOf(phone)).toBeGreaterThan(zoom);
    const view = await phone.locator(".react-flow__viewport").getAttribute("style");
    const canvas = (await phone.getByRole("region", { name: "Canvas" }).boundingBox())!;
    await dragBy(phone, { x: canvas.x + 20, y: canvas.y + 20, width: 0, height: 0 }, 120, 160);
    await expect.poll(() => phone.locator(".react-flow__viewport").getAttribute("style")).not.toBe(view);
    const id = (await nodes(phone).first().getAttribute("data-id"))!;
    const where = await transformOf(phone, id);
    await dragBy(phone, (await nodes(phone).first().boundingBox())!, 40, 40);
    expect(await transformOf(phone, id)).toBe(where);
    // The inspector shows the design but lets nothing change.
    await phone.getByRole("button", { name: "Inspector", exact: true }).click();
    await expect(phone.getByLabel("Title")).toBeDisabled();
    await phone.keyboard.press("Escape");

    await phone.getByRole("button", { name: "Edit" }).click();
    await expect(phone.getByRole("button", { name: "Edit" })).toHaveCount(0);
    await phone.getByRole("button", { name: "Add a part" }).click();
    await phone.getByRole("button", { name: "Add Monitoring" }).click();
    await expect(nodes(phone)).toHaveCount(doc.nodes.length + 1);
    await expectSaved(phone);
  });

  test("a five-part design can be drawn on a phone", async ({ page, keepScreenshot }) => {
    await openNewDesign(page);
    // Start from nothing: delete the starter's parts with the inspector's button (no keyboard on a phone).
    while ((await nodes(page).count()) > 0) {
      await nodes(page).first().click();
      await page.getByRole("button", { name: "Inspector", exact: true }).click();
      await page.getByRole("button", { name: "Delete part" }).click();
      await page.getByRole("button", { name: "Close the details" }).click();
    }
    const kinds = ["Business objective", "Data source", "Training job", "Model", "Online prediction service"];
    const labels = ["More rides booked", "Trip logs", "Nightly training", "Ranking model", "Ranking API"];
    for (const [i, kind] of kinds.entries()) {
      await page.getByRole("button", { name: "Add a part" }).click();
      await page.getByRole("button", { name: `Add ${kind}`, exact: true }).click();
      await expect(nodes(page)).toHaveCount(i + 1);
      await page.getByRole("button", { name: "Inspector", exact: true }).click();
      await page.getByLabel("Label", { exact: true }).fill(labels[i]!);
      // Each part after the first is connected from the one before, with the inspector's "Connect to" of the previous part.
      await page.getByRole("button", { name: "Close the details" }).click();
      await expect.poll(() => partsOutOfSight(page)).toEqual([]);
    }
    for (let i = 0; i < labels.length - 1; i++) {
      await page.locator(".react-flow__node-kind").filter({ hasText: labels[i]! }).click();
      await page.getByRole("button", { name: "Inspector", exact: true }).click();
      const target = page.getByLabel("Connect to");
      const option = await target.locator("option", { hasText: labels[i + 1]! }).getAttribute("value");
      await target.selectOption(option!);
      await page.getByRole("button", { name: "Connect", exact: true }).click();
      await page.getByRole("button", { name: "Close the details" }).click();
      await expect(edges(page)).toHaveCount(i + 1);
    }
    await expectSaved(page);
    await keepScreenshot("phone-five-parts");
    const stored = (await readStored(page, `design:${designKey(page)}`)) as { doc: { nodes: { label: string }[]; edges: unknown[] } };
    expect(stored.doc.nodes.map((n) => n.label).sort()).toEqual([...labels].sort());
    expect(stored.doc.edges).toHaveLength(4);
    await expect.poll(() => partsOutOfSight(page)).toEqual([]);
  });
}, ["phone"]);
