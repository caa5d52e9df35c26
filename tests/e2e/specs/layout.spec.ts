import { listCatalog } from "@mlsd/catalog";
import type { Page } from "@playwright/test";
import { nodes, openCatalogDesign, partsOutOfSight, sidewaysOverflow, UBER } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

/** Whether the element is drawn inside the window, wholly. */
const inWindow = (page: Page, box: { x: number; y: number; width: number; height: number } | null) => {
  const size = page.viewportSize()!;
  return (
    !!box && box.width > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5
  );
};

/** Selects whose chosen option does not fit their box (a cut "All ty"): measured with the select's own font. */
const cutSelects = (page: Page, scope: string) =>
  page.locator(`${scope} select`).evaluateAll((els) => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    return (els as HTMLSelectElement[])
      .filter((s) => {
        const style = getComputedStyle(s);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = s.selectedOptions[0]?.text ?? "";
        // Room for the text: the box less its padding and the drop-down arrow (about 20 px).
        const room = s.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight) - 20;
        return ctx.measureText(text).width > room;
      })
      .map((s) => `${s.getAttribute("aria-label") ?? s.id}: "${s.selectedOptions[0]?.text}"`);
  });

forEachViewport((name) => {
  const narrow = name === "phone" || name === "tablet";

  test("the gallery fits the screen: header, search and every filter whole, no sideways scroll", async ({ page, keepScreenshot }) => {
    await page.goto("/");
    await expect(page.getByRole("list", { name: "Catalogue entries" }).locator(":scope > li")).toHaveCount(listCatalog().length);
    expect(await sidewaysOverflow(page)).toBe(0);
    for (const control of [
      page.getByRole("button", { name: "New design" }),
      page.getByRole("button", { name: /Import/ }),
      page.getByRole("button", { name: /Switch to/ }),
      page.getByRole("searchbox", { name: "Search the catalogue" }),
      ...(await page.getByRole("form", { name: "Filter the catalogue" }).getByRole("combobox").all()),
    ])
      expect(inWindow(page, await control.boundingBox()), `${control} on screen`).toBe(true);
    expect(await cutSelects(page, ".filters")).toEqual([]);
    await keepScreenshot(`gallery-${name}`);
  });

  test(`the editor gives the canvas ${narrow ? "the whole width, panels as sheets" : "the room between palette and inspector"}`, async ({
    page,
    keepScreenshot,
  }) => {
    await openCatalogDesign(page, UBER.id);
    expect(await sidewaysOverflow(page)).toBe(0);
    const size = page.viewportSize()!;
    const canvas = (await page.getByRole("region", { name: "Canvas" }).boundingBox())!;
    expect(inWindow(page, canvas)).toBe(true);
    const palette = page.getByRole("navigation", { name: "Palette" });
    const details = page.getByRole("complementary", { name: "Details" });
    if (narrow) {
      expect(canvas.width).toBe(size.width);
      await expect(palette).toBeHidden();
      await expect(details).toBeHidden();
      // The dock opens each panel as a sheet over the canvas, one at a time; Escape closes it.
      await page.getByRole("button", { name: "Add a part" }).click();
      await expect(palette).toBeVisible();
      expect(inWindow(page, await palette.boundingBox())).toBe(true);
      await page.getByRole("button", { name: "Inspector", exact: true }).click();
      await expect(palette).toBeHidden();
      await expect(details).toBeVisible();
      expect(inWindow(page, await details.boundingBox())).toBe(true);
      await keepScreenshot(`editor-${name}-sheet`);
      await page.keyboard.press("Escape");
      await expect(details).toBeHidden();
      // The toolbar's other actions are in its More menu, on screen.
      await page.getByRole("button", { name: "More actions" }).click();
      for (const label of ["Auto layout", "Export", "Share link", "Embed", "Reset to original"])
        expect(inWindow(page, await page.getByText(label, { exact: true }).boundingBox()), `${label} on screen`).toBe(true);
      await page.keyboard.press("Escape");
    } else {
      await expect(palette).toBeVisible();
      await expect(details).toBeVisible();
      expect(canvas.width).toBeGreaterThan(size.width / 2);
      for (const label of ["Undo", "Auto layout", "Export", "Share link", "Embed", "Reset to original"])
        expect(inWindow(page, await page.getByText(label, { exact: true }).first().boundingBox()), `${label} on screen`).toBe(true);
    }
    expect(await sidewaysOverflow(page)).toBe(0);
    // The design opens whole: every part on screen, none under the minimap, the controls or the legend.
    expect(await partsOutOfSight(page)).toEqual([]);
    await expect(nodes(page).first()).toBeVisible();
    await keepScreenshot(`editor-${name}`);
  });
});
