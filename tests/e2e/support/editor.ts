import { readFileSync } from "node:fs";
import { getDocument } from "@mlsd/catalog";
import { type Document, starterDocument } from "@mlsd/core";
import { expect, type Page } from "@playwright/test";
import { readStored, storedKeys, type Viewport } from "./storage.js";

/** Locators and steps for the editor, in the user's terms; each waits on what the app shows. */

/** The catalogue case study most specs work on: 24 parts in all four stages, with feedback loops. */
export const UBER = { id: "uber-michelangelo", title: "Scaling Machine Learning at Uber with Michelangelo" } as const;

export const nodes = (page: Page) => page.locator(".react-flow__node-kind");
export const edges = (page: Page) => page.locator(".react-flow__edge");
export const nodeById = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
export const pane = (page: Page) => page.locator(".react-flow__pane");
export const toolbarTitle = (page: Page) => page.locator(".toolbar-title");

/** Where React Flow draws a node: its CSS transform. */
export const transformOf = (page: Page, id: string) => nodeById(page, id).evaluate((el) => (el as HTMLElement).style.transform);

/** Every node's id and transform, in document order: what is on screen. */
export const nodePlaces = (page: Page) =>
  nodes(page).evaluateAll((els) => els.map((e) => `${e.getAttribute("data-id")} ${(e as HTMLElement).style.transform}`));

/** The key of the design open in the editor, from `#/edit/<key>`. */
export const designKey = (page: Page): string => {
  const key = /#\/edit\/([\w.:-]+)$/.exec(page.url())?.[1];
  if (!key) throw new Error(`not on an editor page: ${page.url()}`);
  return key;
};

/** Opens a catalogue entry's working copy (`#/open/<id>`) and waits until every part is drawn. */
export const openCatalogDesign = async (page: Page, id: string): Promise<{ key: string; doc: Document }> => {
  const doc = await getDocument(id);
  await page.goto(`/#/open/${id}`);
  await page.waitForURL(/#\/edit\//);
  await expect(nodes(page)).toHaveCount(doc.nodes.length);
  return { key: designKey(page), doc };
};

/** Opens a saved design by its key (seed it first) and waits until its parts are drawn. */
export const openSavedDesign = async (page: Page, key: string, doc: Document) => {
  await page.goto(`/#/edit/${key}`);
  await expect(nodes(page)).toHaveCount(doc.nodes.length);
};

/** Starts a new design from the four-stage starter (`#/new`) and waits until every part is drawn. */
export const openNewDesign = async (page: Page) => {
  await page.goto("/#/new");
  await page.waitForURL(/#\/edit\//);
  await expect(nodes(page)).toHaveCount(starterDocument("Untitled design").nodes.length);
};

/** The toolbar's word on saving: "Not saved yet" (a preview), "Saving…", "Saved". */
export const saveState = (page: Page) => page.locator(".save-state");

/** Waits until the toolbar says every change is written to the browser. */
export const expectSaved = (page: Page) => expect(saveState(page)).toHaveText("Saved");

/** The rows of the gallery's "My designs". */
export const myDesigns = (page: Page) => page.getByRole("list", { name: "My designs" }).locator(":scope > li");

/** Opens the gallery and waits for the catalogue. */
export const openGallery = async (page: Page) => {
  await page.goto("/");
  await expect(page.getByRole("list", { name: "Catalogue entries" })).toBeVisible();
};

/**
 * Nothing is in "My designs": the browser holds no design and no list of them (what the
 * gallery reads its rows from), and the gallery shows none. The list renders nothing
 * when empty, so the storage is where "nothing" can be seen.
 */
export const expectNothingSaved = async (page: Page) => {
  const keys = await storedKeys(page);
  expect(keys.filter((k) => k.startsWith("design:"))).toEqual([]);
  expect((await readStored(page, "index")) ?? []).toEqual([]);
  await expect(myDesigns(page)).toHaveCount(0);
};

/** The canvas viewport's CSS transform: where the user has panned and zoomed to. */
export const onScreenViewport = (page: Page) => page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);

/** Whether a stored viewport draws this transform (the browser keeps six significant digits of each number). */
const draws = (v: Viewport, transform: string) => {
  const m = /^translate\(([-\d.e+]+)px, ([-\d.e+]+)px\) scale\(([-\d.e+]+)\)$/.exec(transform);
  const close = (shown: number, stored: number) => Math.abs(shown - stored) <= Math.abs(stored) * 1e-5 + 1e-6;
  return !!m && close(Number(m[1]), v.x) && close(Number(m[2]), v.y) && close(Number(m[3]), v.zoom);
};

/**
 * Waits until the canvas has stopped moving (a pan, a zoom or a glide to a part) and the
 * editor has stored where it stopped: the stored viewport then draws what is on screen.
 * With `from`, first waits until the view has left that transform. Returns the transform.
 */
export const viewportSettled = async (page: Page, { from }: { from?: string } = {}) => {
  const key = designKey(page);
  if (from !== undefined) await expect.poll(() => onScreenViewport(page)).not.toBe(from);
  let screen = "";
  await expect
    .poll(
      async () => {
        screen = await onScreenViewport(page);
        const stored = (await readStored(page, `viewport:${key}`)) as Viewport | undefined;
        return stored ? draws(stored, screen) : false;
      },
      { message: "the stored viewport draws what is on screen" },
    )
    .toBe(true);
  return screen;
};

/** Drags with the mouse from the middle of `box` by (dx, dy), in `steps` moves. */
export const dragBy = async (
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  dx: number,
  dy: number,
  steps = 8,
) => {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps });
  await page.mouse.up();
};

/** Clicks an item of the Export menu and returns the file the browser downloads. */
export const exportFile = async (page: Page, item: string, timeout?: number) => {
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download", timeout ? { timeout } : {}),
    page.getByRole("button", { name: item }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
};

/** Puts a file into the Import input (the gallery's or the editor's), as choosing it in the file picker does. */
export const importFile = (page: Page, name: string, content: string | Buffer) =>
  page
    .getByTestId("import-input")
    .setInputFiles({ name, mimeType: "application/json", buffer: typeof content === "string" ? Buffer.from(content) : content });

/** Clicks Share link, waits for the (version 2) link made on demand and returns it; the dialog stays open. */
export const makeShareLink = async (page: Page) => {
  await page.getByRole("button", { name: "Share link" }).click();
  const field = page.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(/#share=2\./);
  return field.inputValue();
};

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where the canvas is on the page, the overlays drawn over it (minimap, zoom controls,
 * legend) and every part's box: what a user sees of the design.
 */
export const canvasLayout = (page: Page) =>
  page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const canvas = document.querySelector(".canvas");
    return {
      canvas: canvas ? box(canvas) : undefined,
      overlays: [...document.querySelectorAll(".react-flow__minimap, .react-flow__controls, .canvas-legend")].map((el) => ({
        name: el.className,
        ...box(el),
      })),
      parts: [...document.querySelectorAll(".react-flow__node-kind")].map((el) => ({ id: el.getAttribute("data-id")!, ...box(el) })),
    };
  });

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The parts a user cannot see whole: outside the canvas, or under the minimap, the zoom controls or the legend. */
export const partsOutOfSight = async (page: Page): Promise<string[]> => {
  const { canvas, overlays, parts } = await canvasLayout(page);
  if (!canvas) throw new Error("no canvas on the page");
  return parts
    .filter(
      (p) =>
        p.x < canvas.x ||
        p.y < canvas.y ||
        p.x + p.width > canvas.x + canvas.width ||
        p.y + p.height > canvas.y + canvas.height ||
        overlays.some((o) => overlaps(p, o)),
    )
    .map((p) => {
      const under = overlays.find((o) => overlaps(p, o));
      return `${p.id}${under ? ` under ${under.name}` : " outside the canvas"}`;
    });
};

/** How far the page is wider than the window: 0 when nothing needs a sideways scroll. */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/** The zoom of the canvas's view, from its CSS transform. */
export const zoomOf = async (page: Page) => Number(/scale\(([-\d.e+]+)\)/.exec(await onScreenViewport(page))?.[1]);
