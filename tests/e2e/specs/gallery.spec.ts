import { getDocument, listCatalog } from "@mlsd/catalog";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/test.js";

const cards = (page: Page) => page.getByRole("list", { name: "Catalogue entries" }).locator(":scope > li");

/** Every thumbnail the browser has in view has its picture loaded (cards draw theirs when scrolled to). */
const thumbnailsInViewLoaded = (page: Page) =>
  page.locator(".thumbnail").evaluateAll((els) =>
    els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      })
      .every((el) => {
        const img = el.querySelector("img");
        return !!img && img.complete && img.naturalWidth > 0;
      }),
  );

test.describe("gallery", () => {
  test("lists every catalogue entry with a thumbnail", async ({ page, keepScreenshot }) => {
    await page.goto("/");
    await expect(cards(page)).toHaveCount(listCatalog().length);
    await expect(page.locator(".thumbnail img").first()).toBeVisible();
    await expect.poll(() => thumbnailsInViewLoaded(page)).toBe(true);
    await keepScreenshot("gallery");
  });

  test("filters by search, type, task, serving, parts and size", async ({ page }) => {
    const entries = listCatalog();
    await page.goto("/");
    const search = page.getByRole("searchbox", { name: "Search the catalogue" });
    await search.fill("michelangelo");
    await expect(cards(page)).toHaveCount(1);
    await search.fill("");
    await expect(cards(page)).toHaveCount(entries.length);

    // Each filter narrows what the one before left, to the entries whose parts and tags match.
    const filter = (name: string) => page.getByRole("combobox", { name: `Filter by ${name}` });
    await filter("part").selectOption({ label: "Has human review / fallback" });
    let left = entries.filter((e) => e.partKinds.includes("human-review"));
    await expect(cards(page)).toHaveCount(left.length);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(entries.length);
    await filter("serving").selectOption({ label: "Serves online, on request" });
    left = left.filter((e) => e.partKinds.includes("online-service"));
    await expect(cards(page)).toHaveCount(left.length);
    await filter("size").selectOption({ label: "Small (up to 10 parts)" });
    left = left.filter((e) => e.nodeCount <= 10);
    await expect(cards(page)).toHaveCount(left.length);
    expect(left.length).toBeGreaterThan(0);
    // The cards shown are exactly those entries.
    await expect(cards(page).locator(".card-title")).toHaveText(left.map((e) => e.title));

    // A filter that leaves nothing says so, and one click clears them all.
    await filter("type").selectOption({ label: "Project flow" });
    await expect(cards(page)).toHaveCount(0);
    await page.getByRole("button", { name: "Clear the filters" }).click();
    await expect(cards(page)).toHaveCount(entries.length);

    await filter("task").selectOption({ label: "Ranking, search, recommendation" });
    const ranking = entries.filter((e) =>
      e.tags.some((t) => ["ranking", "recommendation", "retrieval", "search", "personalization", "matching"].includes(t)),
    );
    await expect(cards(page)).toHaveCount(ranking.length);
    expect(ranking.length).toBeLessThan(entries.length);
  });

  test("opens a case study from its card", async ({ page }) => {
    const entry = listCatalog().find((e) => e.id === "uber-michelangelo")!;
    await page.goto("/");
    await page.getByRole("link", { name: `Open ${entry.title}` }).click();
    await page.waitForURL(/#\/edit\/catalog-uber-michelangelo$/);
    await expect(page.locator(".react-flow__node-kind")).toHaveCount((await getDocument(entry.id)).nodes.length);
  });
});

test.describe("my designs", () => {
  test("lists saved designs, renames one and deletes one after asking", async ({ page, seed }) => {
    const [uber, flow, fraud] = await Promise.all([
      getDocument("uber-michelangelo"),
      getDocument("project-flow"),
      getDocument("lyft-fraud"),
    ]);
    const hour = 3_600_000;
    await seed({
      designs: [
        { key: "catalog-uber-michelangelo", doc: uber, catalogId: "uber-michelangelo", updatedAt: Date.now() - hour },
        { key: "d-flow", doc: { ...flow, title: "My project flow" }, updatedAt: Date.now() - 2 * hour },
        { key: "d-fraud", doc: { ...fraud, title: "Fraud, my version" }, updatedAt: Date.now() },
      ],
    });
    await page.goto("/");
    const list = page.getByRole("list", { name: "My designs" });
    const rows = list.locator(":scope > li");
    // Newest first.
    await expect(list.locator(".design-title")).toHaveText(["Fraud, my version", uber.title, "My project flow"]);
    const count = await rows.count();
    const title = (await rows.first().locator(".design-title").textContent())!;
    await page
      .getByRole("button", { name: `Rename ${title}` })
      .first()
      .click();
    await page.getByRole("dialog", { name: "Rename design" }).getByLabel("Title").fill("Renamed in the test");
    await page.getByRole("dialog", { name: "Rename design" }).getByRole("button", { name: "Rename" }).click();
    await expect.poll(() => list.locator(".design-title").allTextContents()).toContain("Renamed in the test");
    await page.getByRole("button", { name: "Delete Renamed in the test" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this design?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    expect(await rows.count()).toBe(count);
    await page.getByRole("button", { name: "Delete Renamed in the test" }).click();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(rows).toHaveCount(count - 1);
    expect(await list.locator(".design-title").allTextContents()).not.toContain("Renamed in the test");
    // Gone from the browser too: a reload lists the other two.
    await page.reload();
    await expect(list.locator(".design-title")).toHaveText([uber.title, "My project flow"]);
  });
});
