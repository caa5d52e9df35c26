import { openNewDesign } from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("review", () => {
  test("lists review findings; clicking one selects its parts", async ({ page }) => {
    // A fresh starter design leaves questions open, so the review has something to say.
    await openNewDesign(page);
    await page.getByRole("tab", { name: "Review" }).click();
    const finding = page.locator("button.finding-target:visible").first();
    await finding.click();
    await expect.poll(() => page.locator(".react-flow__node-kind.selected").count()).toBeGreaterThan(0);
    expect(await page.locator(".finding-badge").count()).toBeGreaterThan(0);
  });
});
