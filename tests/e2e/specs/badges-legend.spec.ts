import { getDocument } from "@mlsd/catalog";
import { KINDS } from "@mlsd/core";
import { EDGE_DASH, legendOf, nodeBadgeEntries, THEMES } from "@mlsd/scene";
import { nodeById, openCatalogDesign, UBER } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

test.describe("badges", () => {
  test("a shortened badge shows its property's name and full value on hover and on keyboard focus", async ({ page }) => {
    const doc = await getDocument(UBER.id);
    await openCatalogDesign(page, UBER.id);
    // A part whose badge the box shortens ("…"): the drawing cuts it, the tooltip must not.
    const cut = await page
      .locator(".prop-badge")
      .evaluateAll((els) =>
        els.filter((e) => e.textContent?.endsWith("…")).map((e) => e.closest(".react-flow__node")!.getAttribute("data-id")!),
      );
    expect(cut.length).toBeGreaterThan(0);
    const node = doc.nodes.find((n) => n.id === cut[0])!;
    const full = nodeBadgeEntries(node).map((b) => `${b.label}: ${b.value}`);
    const tooltip = page.getByRole("list", { name: `Properties of ${node.label}` });
    await expect(tooltip).toBeHidden();

    await nodeById(page, node.id).locator(".kind-node-badges").hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip.getByRole("listitem")).toHaveText(full);
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();

    // Keyboard: from the skip link, Tab through the parts to this one; while it has focus, its values show.
    await page.getByRole("button", { name: "Skip to the canvas" }).focus();
    await page.keyboard.press("Enter");
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    for (let i = 0; i < doc.nodes.length && (await focused()) !== node.id; i++) await page.keyboard.press("Tab");
    expect(await focused()).toBe(node.id);
    await expect(tooltip).toBeVisible();
    await expect(tooltip.getByRole("listitem")).toHaveText(full);
    await page.keyboard.press("Tab");
    await expect(tooltip).toBeHidden();
    // The part's accessible name carries the values too.
    await expect(nodeById(page, node.id)).toHaveAccessibleName(new RegExp(full[0]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  });

  test("the Kind field shows the whole kind name", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    await page.getByRole("button", { name: "Add Online prediction service" }).click();
    const kind = page.getByLabel("Kind", { exact: true });
    await expect(kind).toHaveValue("online-service");
    const fits = await kind.evaluate((s: HTMLSelectElement) => {
      const ctx = document.createElement("canvas").getContext("2d")!;
      const style = getComputedStyle(s);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      return ctx.measureText(s.selectedOptions[0]!.text).width <= s.clientWidth - 20 - Number.parseFloat(style.paddingLeft);
    });
    expect(fits).toBe(true);
    expect(KINDS["online-service"].title).toBe("Online prediction service");
  });
});

forEachViewport(
  (name) => {
    test("the canvas legend explains the lines and marks with the drawing's own colours, and folding it is remembered", async ({
      page,
      keepScreenshot,
    }) => {
      await openCatalogDesign(page, UBER.id);
      const toggle = page.getByRole("button", { name: "Legend" });
      const lines = page.getByRole("region", { name: "Lines" });
      // Open at first on a wide, tall screen; folded on a phone and on a 1280×720 laptop, where the canvas needs the room.
      if (name === "phone" || name === "laptop") {
        await expect(toggle).toHaveAttribute("aria-expanded", "false");
        await toggle.click();
      }
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      // Each line's name, then (for screen readers, and as its tooltip) what it means.
      const key = legendOf(await getDocument(UBER.id), { theme: "light", all: true }).lines;
      expect(key.map((l) => l.title)).toEqual(["Data flow", "Trigger", "Deploy", "Feedback loop"]);
      await expect(lines.getByRole("listitem")).toHaveText(key.map((l) => `${l.title}: ${l.description}`));
      for (const [i, l] of key.entries()) await expect(lines.getByRole("listitem").nth(i)).toHaveAttribute("title", l.description);
      // Each swatch is drawn in the theme's edge colour and dash: the same tokens as the canvas lines and the PDF legend.
      const swatches = await lines
        .locator("svg line")
        .evaluateAll((els) => els.map((e) => ({ stroke: e.getAttribute("stroke"), dash: e.getAttribute("stroke-dasharray") })));
      expect(swatches).toEqual(
        (["data", "control", "deploy", "feedback"] as const).map((k) => ({ stroke: THEMES.light.edge[k], dash: EDGE_DASH[k] ?? null })),
      );
      await expect(page.getByRole("region", { name: "Marks on parts" })).toContainText("Review findings");
      await keepScreenshot(`legend-${name}`);

      await toggle.click();
      await expect(lines).toBeHidden();
      await page.reload();
      await expect(page.getByRole("button", { name: "Legend" })).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("region", { name: "Lines" })).toBeHidden();
    });
  },
  ["phone", "laptop", "desktop"],
);

test.describe("help", () => {
  test("the help dialog holds the legend, with the kinds of parts the design uses", async ({ page }) => {
    const doc = await getDocument(UBER.id);
    await openCatalogDesign(page, UBER.id);
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts and legend" });
    await expect(dialog.getByRole("region", { name: "Lines" }).getByRole("listitem")).toHaveCount(4);
    const kinds = [...new Set(doc.nodes.map((n) => KINDS[n.kind].title))].sort();
    const listed = await dialog.getByRole("region", { name: "Kinds of parts" }).getByRole("listitem").allTextContents();
    expect([...listed].sort()).toEqual(kinds);
    await expect(dialog).toContainText("F6");
  });
});
