import { getDocument } from "@mlsd/catalog";
import type { Page } from "@playwright/test";
import { seriousViolations, textContrasts } from "../support/axe.js";
import { importFile, openCatalogDesign, openNewDesign, UBER } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

/** axe-core finds no serious or critical WCAG 2.2 AA violation on the page as it is now. */
const expectNoViolations = async (page: Page, where: string) => expect(await seriousViolations(page), where).toEqual([]);

/** Text drawn on the canvas (axe cannot compute its background there) reaches AA contrast. */
const expectCanvasContrast = async (page: Page) => {
  const measured = await textContrasts(
    page,
    ".stage-frame-title, .edge-label, .kind-node-label span, .prop-badge, .finding-badge, .canvas-legend li > span, .legend-heading, .legend-toggle",
  );
  expect(measured.length).toBeGreaterThan(20);
  expect(measured.filter((m) => m.ratio < m.needed).map((m) => `${m.text}: ${m.ratio.toFixed(2)}:1`)).toEqual([]);
};

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("the gallery, its dialogs and the import error pass axe-core", async ({ page, seed }) => {
      const doc = await getDocument("project-flow");
      await seed({ designs: [{ key: "d-flow", doc: { ...doc, title: "My flow" } }] });
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      await expect(page.locator(".thumbnail img").first()).toBeVisible();
      await expectNoViolations(page, "gallery");
      await page.getByRole("button", { name: "Rename My flow" }).click();
      await expect(page.getByRole("dialog", { name: "Rename design" })).toBeVisible();
      await expectNoViolations(page, "rename dialog");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Delete My flow" }).click();
      await expect(page.getByRole("dialog", { name: "Delete this design?" })).toBeVisible();
      await expectNoViolations(page, "delete dialog");
      await page.keyboard.press("Escape");
      await importFile(page, "broken.mlsd.json", '{"format":"mlsd","nodes":[{"id":1}]}');
      await expect(page.getByRole("dialog", { name: /could not be imported/ })).toBeVisible();
      await expectNoViolations(page, "import error dialog");
    });

    test("a part's findings in its inspector pass axe-core", async ({ page }) => {
      await openNewDesign(page);
      await page.locator(".finding-badge").first().click();
      await expect(page.getByRole("region", { name: /Review findings/ })).toBeVisible();
      await expectNoViolations(page, "findings in the inspector");
      await expectCanvasContrast(page);
    });

    test("the editor, the review panel and every dialog pass axe-core; canvas text reaches AA contrast", async ({ page }) => {
      await openCatalogDesign(page, UBER.id);
      await expectNoViolations(page, "editor");
      await expectCanvasContrast(page);
      // A part selected: its inspector.
      await page.locator(".react-flow__node-kind").first().click();
      await expect(page.getByRole("region", { name: "Part inspector" })).toBeVisible();
      await expectNoViolations(page, "part inspector");
      await page.getByRole("tab", { name: /^Review/ }).click();
      await expect(page.getByRole("region", { name: "Review" })).toBeVisible();
      await page.locator(".review details summary").first().click();
      await expectNoViolations(page, "review panel");

      const dialogs: [string, string | RegExp][] = [
        ["Keyboard shortcuts", "Keyboard shortcuts and legend"],
        ["Share link", "Share link"],
        ["Embed", /Embed/],
        ["Reset to original", "Reset to the original?"],
      ];
      for (const [button, title] of dialogs) {
        await page.getByRole("button", { name: button }).click();
        const dialog = page.getByRole("dialog", { name: title });
        await expect(dialog).toBeVisible();
        if (button === "Share link") await expect(dialog.getByRole("textbox", { name: "Share link" })).not.toHaveValue("");
        await expectNoViolations(page, `${button} dialog`);
        await page.keyboard.press("Escape");
        await expect(dialog).toHaveCount(0);
      }
      await page.getByText("Export", { exact: true }).click();
      await expect(page.getByRole("button", { name: "Export SVG" })).toBeVisible();
      await expectNoViolations(page, "export menu");
    });
  });
}

forEachViewport(() => {
  test("on a phone: the sheets, the More menu and a shared design's view pass axe-core", async ({ page, newUser }) => {
    await openCatalogDesign(page, UBER.id);
    await expectNoViolations(page, "phone editor");
    await page.getByRole("button", { name: "Add a part" }).click();
    await expectNoViolations(page, "palette sheet");
    await page.getByRole("button", { name: /^Review/ }).click();
    await expectNoViolations(page, "review sheet");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "More actions" }).click();
    await expectNoViolations(page, "more menu");
    await page.getByRole("button", { name: "Share link" }).click();
    const link = await page.getByRole("textbox", { name: "Share link" });
    await expect(link).not.toHaveValue("");
    const other = await newUser();
    await other.goto((await link.inputValue()).replace(/^https?:\/\/[^/]+/, ""));
    await expect(other.getByRole("button", { name: "Edit" })).toBeVisible();
    await expectNoViolations(other, "shared design on a phone");
    await expectCanvasContrast(other);
  });
}, ["phone"]);

test.describe("keyboard", () => {
  test("skip links and F6 move between the toolbar, palette, canvas and inspector", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    // The first Tab stops are the skip links.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Skip to the canvas" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Skip to the inspector" })).toBeFocused();
    await page.keyboard.press("Enter");
    const region = (name: string) => page.evaluate((n) => !!document.activeElement?.closest(`[data-region="${n}"]`), name);
    expect(await region("side")).toBe(true);
    // From the inspector, the Inspector and Review tabs are one Tab away.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("tab", { name: /^Review/ })).toBeFocused();

    // F6 goes round the regions in order, Shift+F6 back.
    for (const next of ["toolbar", "palette", "canvas", "side"]) {
      await page.keyboard.press("F6");
      expect(await region(next), `F6 to ${next}`).toBe(true);
    }
    await page.keyboard.press("Shift+F6");
    expect(await region("canvas")).toBe(true);
    await expect(page.locator(".react-flow__node-kind").first()).toBeFocused();
    // F6 works from inside a text field too.
    await page.getByLabel("Filter parts").focus();
    await page.keyboard.press("F6");
    expect(await region("canvas")).toBe(true);
  });

  test("a pressed toggle looks different from a focused one", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const snap = page.getByRole("button", { name: "Snap to grid" });
    const look = () =>
      snap.evaluate((el) => {
        const s = getComputedStyle(el);
        const before = getComputedStyle(el, "::before").content;
        return { background: s.backgroundColor, border: s.borderColor, outline: s.outlineStyle, mark: before };
      });
    await expect(snap).toHaveAttribute("aria-pressed", "true");
    const pressed = await look();
    await snap.click();
    await expect(snap).toHaveAttribute("aria-pressed", "false");
    await snap.blur();
    await snap.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const focused = await look();
    // Focus is a ring outside the button; pressed is a filled, ticked button.
    expect(focused.outline).toBe("solid");
    expect(pressed.outline).toBe("none");
    expect(pressed.background).not.toBe(focused.background);
    expect(pressed.mark).toContain("✓");
    expect(focused.mark).not.toContain("✓");
  });
});
