import { openCatalogDesign, pane, transformOf, UBER } from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("keyboard and accessibility", () => {
  test("opens the shortcut help on ?", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    await pane(page).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toContainText("Undo");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  });

  test("can be worked with the keyboard alone", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    await page.getByRole("button", { name: "Skip to the canvas" }).focus();
    await page.keyboard.press("Enter");
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    expect(id).toBeTruthy();
    const before = await transformOf(page, id!);
    await page.keyboard.press("Enter");
    await expect(page.locator(`.react-flow__node[data-id="${id}"].selected`)).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => transformOf(page, id!)).not.toBe(before);
    await pane(page).focus();
    await page.keyboard.press("Control+z"); // three nudges are one step
    await expect.poll(() => transformOf(page, id!)).toBe(before);
  });
});
