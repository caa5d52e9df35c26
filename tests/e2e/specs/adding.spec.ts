import {
  canvasLayout,
  nodes,
  onScreenViewport,
  openCatalogDesign,
  openNewDesign,
  pane,
  partsOutOfSight,
  UBER,
  zoomOf,
} from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The ids of the selected parts. */
const selectedIds = (page: import("@playwright/test").Page) =>
  page.locator(".react-flow__node-kind.selected").evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!));

forEachViewport(
  (name) => {
    const narrow = name === "phone" || name === "tablet";
    const addPart = async (page: import("@playwright/test").Page, kind: string) => {
      if (narrow) await page.getByRole("button", { name: "Add a part" }).click();
      await page.getByRole("button", { name: `Add ${kind}` }).click();
      // On a narrow screen the palette sheet closes to show the new part.
      if (narrow) await expect(page.getByRole("navigation", { name: "Palette" })).toBeHidden();
    };

    test("adding a part keeps the view when the part lands on screen, and never changes the zoom", async ({ page }) => {
      await openNewDesign(page);
      const view = await onScreenViewport(page);
      const count = await nodes(page).count();
      await addPart(page, "Monitoring");
      await expect(nodes(page)).toHaveCount(count + 1);
      const added = (await selectedIds(page))[0]!;
      expect(added).toBeTruthy();
      await expect.poll(() => partsOutOfSight(page)).toEqual([]);
      // It landed on screen, so nothing moved.
      expect(await onScreenViewport(page)).toBe(view);
    });

    test("adding a part off screen pans just enough to show it, at the same zoom", async ({ page }) => {
      await openCatalogDesign(page, UBER.id);
      // Zoom in on the top-left corner: the serving stage (where a prediction service goes) is far off screen.
      for (let i = 0; i < 5; i++) await page.getByRole("button", { name: /zoom in/i }).click();
      await expect.poll(() => partsOutOfSight(page).then((l) => l.length)).toBeGreaterThan(0);
      const zoom = await zoomOf(page);
      const view = await onScreenViewport(page);
      await addPart(page, "Online prediction service");
      const added = (await selectedIds(page))[0]!;
      await expect.poll(() => onScreenViewport(page)).not.toBe(view);
      await expect
        .poll(async () => {
          const { canvas, overlays, parts } = await canvasLayout(page);
          const box = parts.find((p) => p.id === added)!;
          return (
            box.x >= canvas!.x &&
            box.y >= canvas!.y &&
            box.x + box.width <= canvas!.x + canvas!.width &&
            box.y + box.height <= canvas!.y + canvas!.height &&
            overlays.every((o) => !overlaps(box, o))
          );
        })
        .toBe(true);
      expect(await zoomOf(page)).toBe(zoom);
    });
  },
  ["phone", "desktop"],
);

test.describe("pasting and duplicating", () => {
  test("copies land beside the originals on free ground, selected, with their connections", async ({ page }) => {
    await openNewDesign(page);
    const count = await nodes(page).count();
    // Two connected parts: the data source and the model.
    await page.locator('.react-flow__node[data-id="data-source"]').click();
    await page.locator('.react-flow__node[data-id="model"]').click({ modifiers: ["Shift"] });
    await expect.poll(() => selectedIds(page)).toEqual(["data-source", "model"]);
    const edgeCount = await page.locator(".react-flow__edge").count();

    await page.keyboard.press("Control+d");
    await expect(nodes(page)).toHaveCount(count + 2);
    await expect(page.locator(".react-flow__edge")).toHaveCount(edgeCount + 1);
    const copies = await selectedIds(page);
    expect(copies).toHaveLength(2);
    expect(copies).not.toContain("data-source");
    const { parts } = await canvasLayout(page);
    for (const id of copies) {
      const copy = parts.find((p) => p.id === id)!;
      for (const other of parts.filter((p) => p.id !== id)) expect(overlaps(copy, other), `${id} lies on ${other.id}`).toBe(false);
    }

    // Copy and paste: the pasted parts too land on free ground and are selected.
    await page.keyboard.press("Control+c");
    await pane(page).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+v");
    await expect(nodes(page)).toHaveCount(count + 4);
    const pasted = await selectedIds(page);
    expect(pasted).toHaveLength(2);
    expect(pasted.some((id) => copies.includes(id))).toBe(false);
    const after = (await canvasLayout(page)).parts;
    for (const id of pasted) {
      const copy = after.find((p) => p.id === id)!;
      for (const other of after.filter((p) => p.id !== id)) expect(overlaps(copy, other), `${id} lies on ${other.id}`).toBe(false);
    }
    await expect.poll(() => partsOutOfSight(page)).toEqual([]);
  });
});
