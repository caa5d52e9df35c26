import { nodes, openCatalogDesign, toolbarTitle, UBER } from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("share links", () => {
  test("round-trips a design through a share link", async ({ page, newUser }) => {
    await openCatalogDesign(page, UBER.id);
    const title = await toolbarTitle(page).textContent();
    const count = await nodes(page).count();
    await page.getByRole("button", { name: "Share link" }).click();
    // The link is made on demand: wait until the dialog shows it.
    const field = page.getByRole("textbox", { name: "Share link" });
    await expect(field).toHaveValue(/#share=/);
    const link = await field.inputValue();
    await page.keyboard.press("Escape");
    // Someone else opens it, in a browser profile that has never seen the design.
    const other = await newUser();
    // It opens as a preview on its own address (saved on the first edit: see first-edit.test.ts).
    await other.goto(link);
    await expect(nodes(other)).toHaveCount(count);
    await expect.poll(() => toolbarTitle(other).textContent()).toBe(title);
  });

  test("shows an error, not a blank page, for a damaged share link", async ({ page }) => {
    await page.goto("/#share=N4IgdghgtgpiBcIDCAbA9gYwNYAIDKAlgF4zYCu");
    await expect(page.getByRole("alert")).toHaveText(/share link/i);
    await page.goto("/#share=");
    await expect(page.getByRole("alert")).toBeVisible();
  });
});
