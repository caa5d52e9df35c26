import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument, listCatalog } from "@mlsd/catalog";
import { LIMITS, serializeDocument, starterDocument } from "@mlsd/core";
import { Deflate, strToU8 } from "fflate";
import { compressToEncodedURIComponent } from "lz-string";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARE_DICTIONARY_V2 } from "../../apps/web/src/lib/shareDictionary.js";
import { launchChromium, previewBuild, type StaticPreview, watchErrors } from "../support/browser.js";
import { buildWeb, WEB_DIR } from "../support/web.js";

/**
 * Issues 16 and 17 in the browser: catalogue entries, "New design" and share links open as
 * previews that reach "My designs" only on their first real edit; share links are short and
 * bounded; imports refuse what the CLI refuses; moves stop at the edge of the drawing area.
 * Each test gets a fresh browser context (an empty IndexedDB), so "My designs" starts empty.
 */
const UBER = listCatalog().find((e) => e.title.startsWith("Scaling Machine Learning at Uber"))!;

const ARTIFACTS = new URL("./artifacts/", import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const artifact = (name: string) => new URL(name, ARTIFACTS).pathname;

let outDir: string;
let server: StaticPreview["server"];
/** The app's address, with a trailing slash. */
const preview = { url: "" };
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "mlsd-first-edit-"));
  await buildWeb(outDir);
  const served = await previewBuild(WEB_DIR, outDir);
  server = served.server;
  preview.url = `${served.origin}/`;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const freshPage = async (): Promise<{ page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: "light" });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
};

/** Polls with room for a loaded machine (vitest's default is one second). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 });
const nodes = (page: Page) => page.locator(".react-flow__node-kind");
const saveState = (page: Page) => page.locator(".save-state").textContent();
const myDesigns = (page: Page) => page.getByRole("list", { name: "My designs" }).locator(":scope > li");

/** Drags a part by (dx, dy) screen pixels: a real edit. */
const drag = async (page: Page, index: number, dx: number, dy: number) => {
  const box = (await nodes(page).nth(index).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy, { steps: 8 });
  await page.mouse.up();
};

const gallery = async (page: Page) => {
  await page.goto(preview.url);
  await page.getByRole("list", { name: "Catalogue entries" }).waitFor();
  // My designs is read from IndexedDB after the first paint: give it its turn.
  await page.waitForTimeout(300);
};

const shareLink = async (page: Page) => {
  await page.getByRole("button", { name: "Share link" }).click();
  const box = page.getByRole("textbox", { name: "Share link" });
  await poll(() => box.inputValue()).toMatch(/#share=2\./);
  const link = await box.inputValue();
  const long = await page.getByTestId("long-link").count();
  await page.keyboard.press("Escape");
  return { link, long: long > 0 };
};

const importFile = (page: Page, name: string, buffer: Buffer) =>
  page.getByTestId("import-input").first().setInputFiles({ name, mimeType: "application/json", buffer });

describe("nothing is saved until the first real edit (issue 16)", () => {
  it("opening and closing catalogue designs and new designs leaves My designs empty", async () => {
    const { page, errors } = await freshPage();
    const entries = listCatalog().slice(0, 4);
    for (const entry of entries) {
      await gallery(page);
      await page.getByRole("link", { name: `Open ${entry.title}` }).click();
      await nodes(page).first().waitFor();
      await poll(() => saveState(page)).toBe("Not saved yet");
      // Looking around is not an edit: select a part, pan the canvas.
      await nodes(page).first().click();
      await page.mouse.move(640, 400);
      await page.mouse.wheel(0, 200);
    }
    for (let i = 0; i < 2; i++) {
      await gallery(page);
      await page.getByRole("button", { name: "New design" }).click();
      await nodes(page).first().waitFor();
      await poll(() => saveState(page)).toBe("Not saved yet");
    }
    await gallery(page);
    expect(await myDesigns(page).count()).toBe(0);
    await page.screenshot({ path: artifact("first-edit-gallery.png") });
    expect(errors).toEqual([]);
  });

  it("saves a catalogue design on its first real edit, once, and reopens the saved copy", async () => {
    const { page, errors } = await freshPage();
    await gallery(page);
    await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await nodes(page).first().waitFor();
    const id = (await nodes(page).first().getAttribute("data-id"))!;
    await drag(page, 0, 80, 60);
    await poll(() => saveState(page)).toBe("Saved");
    const moved = await page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform);
    await drag(page, 1, 40, 0);
    await poll(() => saveState(page)).toBe("Saved");
    await gallery(page);
    await poll(() => myDesigns(page).count()).toBe(1);
    expect(await myDesigns(page).first().textContent()).toContain("from the catalogue");
    await myDesigns(page).first().getByRole("link").click();
    await nodes(page).first().waitFor();
    expect(await saveState(page)).toBe("Saved");
    expect(await page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform)).toBe(moved);
    expect(errors).toEqual([]);
  });

  it("saves a new design on its first edit and keeps it across a reload", async () => {
    const { page } = await freshPage();
    await page.goto(`${preview.url}#/new`);
    await nodes(page).first().waitFor();
    const address = page.url();
    await page.reload();
    await nodes(page).first().waitFor();
    expect(await saveState(page)).toBe("Not saved yet");
    await drag(page, 0, 60, 60);
    await poll(() => saveState(page)).toBe("Saved");
    expect(page.url()).toBe(address);
    await gallery(page);
    await poll(() => myDesigns(page).count()).toBe(1);
  });
});

describe("share links (issues 16 and 17, item 8)", () => {
  it("makes a short link of a catalogue design, opens it as a preview, and saves a copy on the first edit", async () => {
    const a = await freshPage();
    await gallery(a.page);
    await a.page.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await nodes(a.page).first().waitFor();
    const count = await nodes(a.page).count();
    const { link, long } = await shareLink(a.page);
    expect(link.length - preview.url.length).toBeLessThan(2000);
    expect(long).toBe(false);

    const b = await freshPage();
    await b.page.goto(link);
    await poll(() => nodes(b.page).count()).toBe(count);
    expect(await b.page.locator(".toolbar-title").textContent()).toBe(UBER.title);
    expect(await saveState(b.page)).toBe("Not saved yet");
    expect(b.page.url()).toContain("#share=");
    await b.page.screenshot({ path: artifact("first-edit-share-preview.png") });
    // A second visit saves nothing either.
    await b.page.reload();
    await poll(() => nodes(b.page).count()).toBe(count);
    await drag(b.page, 0, 50, 50);
    await poll(() => saveState(b.page)).toBe("Saved");
    await poll(() => b.page.url()).toMatch(/#\/edit\/d-/);
    await b.page.reload();
    await poll(() => nodes(b.page).count()).toBe(count);
    expect(await saveState(b.page)).toBe("Saved");
    await gallery(b.page);
    await poll(() => myDesigns(b.page).count()).toBe(1);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it("says when a link is long enough for some chat tools to cut", async () => {
    const { page } = await freshPage();
    await gallery(page);
    // An import has no catalogue original to travel as changes to: the whole design goes in the link.
    const text = serializeDocument({ ...(await getDocument(UBER.id)), id: "imported-uber" as never });
    await importFile(page, "uber.mlsd.json", Buffer.from(text));
    await nodes(page).first().waitFor();
    const { link, long } = await shareLink(page);
    expect(link.length).toBeGreaterThan(2000);
    expect(long).toBe(true);
  });

  it("opens an old (lz-string) link", async () => {
    const { page, errors } = await freshPage();
    const doc = starterDocument("An old link");
    await page.goto(`${preview.url}#share=${compressToEncodedURIComponent(JSON.stringify(doc))}`);
    await nodes(page).first().waitFor();
    await poll(() => nodes(page).count()).toBe(doc.nodes.length);
    expect(await page.locator(".toolbar-title").textContent()).toBe("An old link");
    expect(errors).toEqual([]);
  });

  it("refuses a small link that unpacks to 64 MB, with the tab staying small", async () => {
    const { page } = await freshPage();
    const parts: Uint8Array[] = [];
    const deflate = new Deflate({ level: 9, dictionary: strToU8(SHARE_DICTIONARY_V2) });
    deflate.ondata = (chunk) => parts.push(chunk);
    deflate.push(strToU8('{"format":"mlsd","version":1,"id":"x","title":"'));
    const spaces = new Uint8Array(1024 * 1024).fill(0x20);
    for (let i = 0; i < 64; i++) deflate.push(spaces);
    deflate.push(strToU8('"}'), true);
    const payload = `2.${Buffer.concat(parts).toString("base64url")}`;
    await page.goto(`${preview.url}#share=${payload}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`more than ${LIMITS.shareLinkBytes / 1024 / 1024} MB of design data`);
    const heap = await page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    expect(heap).toBeLessThan(64 * 1024 * 1024);
  });
});

describe("imports refuse what the CLI refuses (issue 17, item 11)", () => {
  const RAW = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
  const pick = (name: string, bytes: Buffer) => (page: Page) => importFile(page, name, bytes);
  /** A file made in the page and dropped on the window: sending 25 MB through the browser protocol is slow. */
  const dropLarge = (size: number) => (page: Page) =>
    page.evaluate((n) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(n).fill(0x20)], "huge.mlsd.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, size);

  it.each([
    [
      "a UTF-16 file",
      pick("utf16.mlsd.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(serializeDocument(starterDocument("x")), "utf16le")])),
      /UTF-16/,
    ],
    ["a 25 MB file", dropLarge(25 * 1024 * 1024), /more than the 20 MB limit/],
    ["binary garbage", pick("garbage.bin", Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 73 + 11) & 0xff))), /not UTF-8/],
    ["terminal escapes", pick("escapes.json", Buffer.from("\u001b[2J\u001b]0;pwned\u0007 {")), /not valid JSON/],
  ])("refuses %s with a readable message and leaves My designs alone", async (_, put, message) => {
    const { page, errors } = await freshPage();
    await gallery(page);
    await put(page);
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? "";
    expect(text).toMatch(message);
    expect(text).not.toMatch(/empty/);
    expect(text).not.toMatch(RAW);
    await dialog.getByRole("button", { name: "OK" }).click();
    expect(await myDesigns(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("the drawing area's edge (issue 17, item 1)", () => {
  it("a part dragged past the edge and an auto layout next to it save a design that opens again", async () => {
    const { page, errors } = await freshPage();
    await gallery(page);
    const doc = starterDocument("At the edge");
    const edge = LIMITS.coordinate - 10;
    const placed = {
      ...doc,
      nodes: doc.nodes.map((n, i) => ({
        ...n,
        position: { x: edge - (3 - i) * 40, y: edge - 10 },
        size: { width: 0.4, height: 0.4 },
        pinned: i === 3,
      })),
    };
    await importFile(page, "edge.mlsd.json", Buffer.from(serializeDocument(placed)));
    await nodes(page).first().waitFor();
    await drag(page, 3, 300, 200);
    await poll(() => saveState(page)).toBe("Saved");
    await page.getByRole("button", { name: "Auto layout" }).click();
    await poll(() => page.getByRole("button", { name: "Auto layout" }).isEnabled()).toBe(true);
    await poll(() => saveState(page)).toBe("Saved");
    await page.reload();
    await poll(() => nodes(page).count()).toBe(doc.nodes.length);
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
