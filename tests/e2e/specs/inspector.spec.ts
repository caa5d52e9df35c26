import { openCatalogDesign, UBER } from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("inspector", () => {
  test("shows core's message under a bad property value and keeps it out of the design", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    await page.getByRole("button", { name: "Add Online prediction service" }).click();
    const field = page.getByLabel("Latency budget (ms)");
    await field.fill("fast");
    await expect(page.getByRole("alert").filter({ hasText: /number/ })).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await field.fill("-3");
    await expect(page.getByRole("alert").filter({ hasText: /0/ })).toBeVisible();
    await field.fill("120");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(page.locator(".react-flow__node-kind.selected .prop-badge").first()).toHaveText("120 ms");
  });
});
