import { nodeById, openCatalogDesign, pane, UBER } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

const RULE = "Latency budget must be a number of milliseconds, 0 or more.";

forEachViewport(
  (name) => {
    const narrow = name === "phone";
    test("a refused property value stays, with a plain message, until it is fixed or reverted, also after reselecting the part", async ({
      page,
    }) => {
      await openCatalogDesign(page, UBER.id);
      if (narrow) await page.getByRole("button", { name: "Add a part" }).click();
      await page.getByRole("button", { name: "Add Online prediction service" }).click();
      const id = (await page.locator(".react-flow__node-kind.selected").getAttribute("data-id"))!;
      if (narrow) await page.getByRole("button", { name: "Inspector", exact: true }).click();
      const field = page.getByLabel("Latency budget (ms)");
      await field.fill("120");
      await expect(nodeById(page, id).locator(".prop-badge").first()).toHaveText("120 ms");

      await field.fill("fast");
      await expect(page.getByRole("alert")).toContainText(RULE);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      // The design keeps the last good value.
      await expect(nodeById(page, id).locator(".prop-badge").first()).toHaveText("120 ms");

      // Deselect and select the part again: what was typed and the message are still there.
      if (narrow) await page.keyboard.press("Escape");
      await pane(page).click({ position: { x: 5, y: 5 } });
      await expect(page.getByRole("region", { name: "Part inspector" })).toHaveCount(0);
      await nodeById(page, id).click();
      if (narrow) await page.getByRole("button", { name: "Inspector", exact: true }).click();
      await expect(field).toHaveValue("fast");
      await expect(page.getByRole("alert")).toContainText(RULE);

      await field.fill("-5");
      await expect(page.getByRole("alert")).toContainText(RULE);
      // Revert puts back the stored value and drops the message.
      await page.getByRole("button", { name: "Revert to “120”" }).click();
      await expect(field).toHaveValue("120");
      await expect(page.getByRole("alert")).toHaveCount(0);

      // Fixing it works as well.
      await field.fill("abc");
      await expect(page.getByRole("alert")).toContainText(RULE);
      await field.fill("80");
      await expect(page.getByRole("alert")).toHaveCount(0);
      await expect(nodeById(page, id).locator(".prop-badge").first()).toHaveText("80 ms");
    });
  },
  ["phone", "desktop"],
);
