import { getDocument, listCatalog } from "@mlsd/catalog";
import { nodes, openCatalogDesign, partsOutOfSight, UBER, zoomOf } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

const caseStudies = listCatalog().filter((e) => e.kind === "case-study");

/** The case study whose stored drawing is widest for its height (boxes' bounds). */
const widestCaseStudy = async (): Promise<string> => {
  let best = { id: "", ratio: 0 };
  for (const entry of caseStudies) {
    const doc = await getDocument(entry.id);
    const xs = doc.nodes.flatMap((n) => [n.position?.x ?? 0, (n.position?.x ?? 0) + (n.size?.width ?? 0)]);
    const ys = doc.nodes.flatMap((n) => [n.position?.y ?? 0, (n.position?.y ?? 0) + (n.size?.height ?? 0)]);
    const ratio = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    if (ratio > best.ratio) best = { id: entry.id, ratio };
  }
  return best.id;
};

forEachViewport(() => {
  test("every case study opens whole: every part in the canvas, none under the minimap, zoom controls or legend", async ({ page }) => {
    test.setTimeout(120_000);
    expect(caseStudies).toHaveLength(12);
    for (const entry of caseStudies) {
      const doc = await getDocument(entry.id);
      // A hash change opens the next one in the same page, as a user going through the gallery does.
      await page.goto(`/#/open/${entry.id}`);
      await page.waitForURL(new RegExp(`#/edit/catalog-${entry.id}$`));
      await expect(nodes(page)).toHaveCount(doc.nodes.length);
      await expect.poll(() => partsOutOfSight(page), { message: entry.id }).toEqual([]);
    }
  });

  test("after auto layout the design is fitted whole again", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    // Zoom right in first, so the view has somewhere to come back from.
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: /zoom in/i }).click();
    expect((await partsOutOfSight(page)).length).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Auto layout" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Laid out/ })).toHaveCount(1, { timeout: 30_000 });
    await expect.poll(() => partsOutOfSight(page)).toEqual([]);
  });
}, ["laptop", "desktop"]);

test.describe("room for the canvas", () => {
  test("folding the palette and the inspector widens the canvas, and the choice is remembered", async ({ page }) => {
    // The widest case study: its zoom is set by the canvas's width, so the room shows in it.
    await openCatalogDesign(page, await widestCaseStudy());
    const canvas = page.getByRole("region", { name: "Canvas" });
    const before = (await canvas.boundingBox())!.width;
    await page.getByRole("button", { name: "Hide the palette" }).click();
    await page.getByRole("button", { name: "Hide the details" }).click();
    await expect(page.getByRole("navigation", { name: "Palette" })).toBeHidden();
    await expect(page.getByRole("complementary", { name: "Details" })).toBeHidden();
    const after = (await canvas.boundingBox())!.width;
    expect(after).toBeGreaterThan(before + 400);
    // The fit button uses the room: the whole design at a larger zoom than before folding.
    const zoom = await zoomOf(page);
    await page.getByRole("button", { name: "Fit the design in view" }).click();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(zoom);
    await expect.poll(() => partsOutOfSight(page)).toEqual([]);

    await page.reload();
    await expect(nodes(page).first()).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Palette" })).toBeHidden();
    expect((await canvas.boundingBox())!.width).toBe(after);
    await page.getByRole("button", { name: "Show the palette" }).click();
    await expect(page.getByRole("navigation", { name: "Palette" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Show the details" })).toBeVisible();
  });

  test("gallery thumbnails draw the whole design, every stage, uncropped", async ({ page }) => {
    await page.goto("/");
    const thumbnails = page.locator(".thumbnail");
    await expect(thumbnails).toHaveCount(listCatalog().length);
    for (const thumb of (await thumbnails.all()).slice(0, 6)) {
      await thumb.scrollIntoViewIfNeeded();
      const img = thumb.locator("img");
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
      const drawn = await img.evaluate((el: HTMLImageElement) => {
        const box = el.getBoundingClientRect();
        const frame = el.parentElement!.getBoundingClientRect();
        const fit = getComputedStyle(el).objectFit;
        // Where the picture itself lands inside the img box with object-fit: contain.
        const scale = Math.min(box.width / el.naturalWidth, box.height / el.naturalHeight);
        return {
          fit,
          inside: box.x >= frame.x - 0.5 && box.right <= frame.right + 0.5,
          scaledWidth: el.naturalWidth * scale,
          boxWidth: box.width,
        };
      });
      expect(drawn.fit).toBe("contain");
      expect(drawn.inside).toBe(true);
      expect(drawn.scaledWidth).toBeLessThanOrEqual(drawn.boxWidth + 0.5);
      // Every stage of the design is in the picture: the SVG holds a frame per stage.
      const stages = await img.evaluate(async (el: HTMLImageElement) => {
        const svg = decodeURIComponent(el.src.slice(el.src.indexOf(",") + 1));
        return [...new Set([...svg.matchAll(/data-stage="(\w+)"/g)].map((m) => m[1]))];
      });
      expect(stages).toEqual(["setup", "data", "modeling", "serving"]);
    }
  });
});
