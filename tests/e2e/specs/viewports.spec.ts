import { listCatalog } from "@mlsd/catalog";
import type { Page } from "@playwright/test";
import { nodes, openCatalogDesign, UBER } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

/** How far the page is wider than the window: 0 when nothing needs a sideways scroll. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/** Whether the element is drawn inside the window, wholly. */
const inWindow = (page: Page, box: { x: number; y: number; width: number; height: number } | null) => {
  const size = page.viewportSize()!;
  return !!box && box.width > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
};

// The phone size is left out: the gallery and the editor are wider than a 390 px screen
// today (see tests/e2e/README.md).
forEachViewport(
  (name) => {
    test("the gallery and the editor fit the screen", async ({ page, keepScreenshot }) => {
      await page.goto("/");
      await expect(page.getByRole("list", { name: "Catalogue entries" }).locator(":scope > li")).toHaveCount(listCatalog().length);
      expect(await overflow(page)).toBe(0);

      await openCatalogDesign(page, UBER.id);
      await keepScreenshot(`editor-${name}`);
      expect(await overflow(page)).toBe(0);
      const canvas = await page.getByRole("region", { name: "Canvas" }).boundingBox();
      expect(inWindow(page, canvas)).toBe(true);
      expect(canvas!.width).toBeGreaterThan(200);
      for (const label of ["Undo", "Auto layout", "Export", "Share link", "Embed", "Reset to original"]) {
        const control = page.getByText(label, { exact: true }).first();
        expect(inWindow(page, await control.boundingBox()), `${label} is on screen`).toBe(true);
      }
      // Some part of the design is drawn inside the canvas.
      const boxes = await Promise.all((await nodes(page).all()).map((n) => n.boundingBox()));
      const inside = boxes.filter((b) => b && b.x >= canvas!.x && b.x + b.width <= canvas!.x + canvas!.width);
      expect(inside.length).toBeGreaterThan(0);
    });
  },
  ["tablet", "laptop", "desktop"],
);
