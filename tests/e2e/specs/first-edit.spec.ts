import { listCatalog } from "@mlsd/catalog";
import { starterDocument } from "@mlsd/core";
import {
  dragBy,
  expectNothingSaved,
  expectSaved,
  myDesigns,
  nodeById,
  nodes,
  openGallery,
  saveState,
  transformOf,
  UBER,
} from "../support/editor.js";
import { expect, test } from "../support/test.js";

/**
 * Catalogue entries and "New design" open as previews: "My designs" gets them on their
 * first real edit, once (share links too: share-links.spec.ts). Every test starts from an
 * empty profile, so "My designs" starts empty.
 */
test.describe("nothing is saved until the first real edit", () => {
  test.use({ strictConsole: true });
  test("opening and closing catalogue designs and new designs leaves My designs empty", async ({ page, keepScreenshot }) => {
    for (const entry of listCatalog().slice(0, 4)) {
      await openGallery(page);
      await page.getByRole("link", { name: `Open ${entry.title}` }).click();
      await expect(nodes(page).first()).toBeVisible();
      await expect(saveState(page)).toHaveText("Not saved yet");
      // Looking around is not an edit: select a part, pan the canvas.
      await nodes(page).first().click();
      await page.mouse.move(640, 400);
      await page.mouse.wheel(0, 200);
    }
    for (let i = 0; i < 2; i++) {
      await openGallery(page);
      await page.getByRole("button", { name: "New design" }).click();
      await expect(nodes(page)).toHaveCount(starterDocument("Untitled design").nodes.length);
      await expect(saveState(page)).toHaveText("Not saved yet");
    }
    await openGallery(page);
    await expectNothingSaved(page);
    await keepScreenshot("first-edit-gallery");
  });

  test("saves a catalogue design on its first real edit, once, and reopens the saved copy", async ({ page }) => {
    await openGallery(page);
    await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await expect(nodes(page).first()).toBeVisible();
    const id = (await nodes(page).first().getAttribute("data-id"))!;
    await dragBy(page, (await nodes(page).first().boundingBox())!, 80, 60);
    await expectSaved(page);
    const moved = await transformOf(page, id);
    await dragBy(page, (await nodes(page).nth(1).boundingBox())!, 40, 0);
    await expectSaved(page);
    await openGallery(page);
    await expect(myDesigns(page)).toHaveCount(1);
    expect(await myDesigns(page).first().textContent()).toContain("from the catalogue");
    await myDesigns(page)
      .first()
      .getByRole("link", { name: new RegExp(`^${UBER.title}`) })
      .click();
    await expect(nodeById(page, id)).toBeVisible();
    expect(await saveState(page).textContent()).toBe("Saved");
    expect(await transformOf(page, id)).toBe(moved);
  });

  test("saves a new design on its first edit and keeps it across a reload", async ({ page }) => {
    const count = starterDocument("Untitled design").nodes.length;
    await page.goto("/#/new");
    await page.waitForURL(/#\/edit\//);
    await expect(nodes(page)).toHaveCount(count);
    const address = page.url();
    await page.reload();
    await expect(nodes(page)).toHaveCount(count);
    expect(await saveState(page).textContent()).toBe("Not saved yet");
    await dragBy(page, (await nodes(page).first().boundingBox())!, 60, 60);
    await expectSaved(page);
    expect(page.url()).toBe(address);
    await openGallery(page);
    await expect(myDesigns(page)).toHaveCount(1);
  });
});
