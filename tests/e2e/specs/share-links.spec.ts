import { getDocument } from "@mlsd/catalog";
import { LIMITS, serializeDocument, starterDocument } from "@mlsd/core";
import { Deflate, strToU8 } from "fflate";
// lz-string is CommonJS that Node's named-export detection cannot read: take its exports object.
import lzString from "lz-string";
import { SHARE_DICTIONARY_V2 } from "../../../apps/web/src/lib/shareDictionary.js";
import {
  dragBy,
  expectSaved,
  importFile,
  makeShareLink,
  myDesigns,
  nodes,
  openCatalogDesign,
  openGallery,
  saveState,
  toolbarTitle,
  UBER,
} from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("share links", () => {
  test.use({ strictConsole: true });
  test("round-trips a design through a share link", async ({ page, newUser }) => {
    await openCatalogDesign(page, UBER.id);
    const title = await toolbarTitle(page).textContent();
    const count = await nodes(page).count();
    // The link is made on demand: wait until the dialog shows it.
    const link = await makeShareLink(page);
    await page.keyboard.press("Escape");
    // Someone else opens it, in a browser profile that has never seen the design.
    const other = await newUser();
    await other.goto(link);
    await expect(nodes(other)).toHaveCount(count);
    await expect.poll(() => toolbarTitle(other).textContent()).toBe(title);
  });

  test("makes a short link of a catalogue design, opens it as a preview, and saves a copy on the first edit", async ({
    page,
    newUser,
    baseURL,
    keepScreenshot,
  }) => {
    await openGallery(page);
    await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await expect(nodes(page).first()).toBeVisible();
    const count = await nodes(page).count();
    // A catalogue copy travels as its changes to the original: the link stays short, with no warning.
    const link = await makeShareLink(page);
    expect(link.length - baseURL!.length).toBeLessThan(2000);
    await expect(page.getByTestId("long-link")).toHaveCount(0);
    await page.keyboard.press("Escape");

    const other = await newUser();
    await other.goto(link);
    await expect(nodes(other)).toHaveCount(count);
    expect(await toolbarTitle(other).textContent()).toBe(UBER.title);
    expect(await saveState(other).textContent()).toBe("Not saved yet");
    expect(other.url()).toContain("#share=");
    await keepScreenshot("first-edit-share-preview", other);
    // A second visit saves nothing either.
    await other.reload();
    await expect(nodes(other)).toHaveCount(count);
    await dragBy(other, (await nodes(other).first().boundingBox())!, 50, 50);
    await expectSaved(other);
    await other.waitForURL(/#\/edit\/d-/);
    await other.reload();
    await expect(nodes(other)).toHaveCount(count);
    expect(await saveState(other).textContent()).toBe("Saved");
    await openGallery(other);
    await expect(myDesigns(other)).toHaveCount(1);
  });

  test("says when a link is long enough for some chat tools to cut", async ({ page }) => {
    await openGallery(page);
    // An import has no catalogue original to travel as changes to: the whole design goes in the link.
    const text = serializeDocument({ ...(await getDocument(UBER.id)), id: "imported-uber" as never });
    await importFile(page, "uber.mlsd.json", text);
    await expect(nodes(page).first()).toBeVisible();
    const link = await makeShareLink(page);
    expect(link.length).toBeGreaterThan(2000);
    await expect(page.getByTestId("long-link")).toHaveCount(1);
  });

  test("opens an old (lz-string) link", async ({ page }) => {
    const doc = starterDocument("An old link");
    await page.goto(`/#share=${lzString.compressToEncodedURIComponent(JSON.stringify(doc))}`);
    await expect(nodes(page)).toHaveCount(doc.nodes.length);
    expect(await toolbarTitle(page).textContent()).toBe("An old link");
  });

  test("refuses a small link that unpacks to 64 MB, with the tab staying small", async ({ page }) => {
    const parts: Uint8Array[] = [];
    const deflate = new Deflate({ level: 9, dictionary: strToU8(SHARE_DICTIONARY_V2) });
    deflate.ondata = (chunk) => parts.push(chunk);
    deflate.push(strToU8('{"format":"mlsd","version":1,"id":"x","title":"'));
    const spaces = new Uint8Array(1024 * 1024).fill(0x20);
    for (let i = 0; i < 64; i++) deflate.push(spaces);
    deflate.push(strToU8('"}'), true);
    const payload = `2.${Buffer.concat(parts).toString("base64url")}`;
    await page.goto(`/#share=${payload}`);
    await expect(page.getByRole("alert")).toContainText(`more than ${LIMITS.shareLinkBytes / 1024 / 1024} MB of design data`);
    const heap = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    expect(heap).toBeLessThan(64 * 1024 * 1024);
  });

  test("shows an error, not a blank page, for a damaged share link", async ({ page }) => {
    await page.goto("/#share=N4IgdghgtgpiBcIDCAbA9gYwNYAIDKAlgF4zYCu");
    await expect(page.getByRole("alert")).toHaveText(/share link/i);
    await page.goto("/#share=");
    await expect(page.getByRole("alert")).toBeVisible();
  });
});
