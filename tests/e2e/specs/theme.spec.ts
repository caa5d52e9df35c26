import { getDocument } from "@mlsd/catalog";
import type { Page } from "@playwright/test";
import { edges, nodes, UBER } from "../support/editor.js";
import { expect, test } from "../support/test.js";

const theme = (page: Page) => page.locator("html");

test.describe("theme", () => {
  test.describe("with a dark system theme", () => {
    test.use({ colorScheme: "dark" });

    test("follows a dark system theme and can be toggled", async ({ page, keepScreenshot }) => {
      const doc = await getDocument(UBER.id);
      await page.goto("/");
      await expect(theme(page)).toHaveAttribute("data-theme", "dark");
      await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
      await expect(nodes(page)).toHaveCount(doc.nodes.length);
      await expect(edges(page)).toHaveCount(doc.edges.length);
      await keepScreenshot("dark-mode");
      await page.getByRole("button", { name: "Switch to light mode" }).click();
      await expect(theme(page)).toHaveAttribute("data-theme", "light");
    });
  });

  test("remembers the theme picked over the system's", async ({ page, seed }) => {
    // Light system; the user picked dark on an earlier visit.
    await seed({ localStorage: { "mlsd:theme": "dark" } });
    await page.goto("/");
    await expect(theme(page)).toHaveAttribute("data-theme", "dark");
    // Toggling back to the system's own theme forgets the choice.
    await page.getByRole("button", { name: "Switch to light mode" }).click();
    await expect(theme(page)).toHaveAttribute("data-theme", "light");
    expect(await page.evaluate(() => localStorage.getItem("mlsd:theme"))).toBeNull();
  });
});
