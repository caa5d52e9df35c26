import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build, type PreviewServer } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium, previewBuild } from "../support/browser.js";

// The browser entry, bundled by Vite as the web editor bundles it, run in real Chromium:
// the fonts must arrive through `new URL(…, import.meta.url)` and land embedded in the PDF.
const root = join(dirname(fileURLToPath(import.meta.url)), "browser-fixture");
let outDir = "";
let server: PreviewServer | undefined;
let browser: Browser | undefined;
let url = "";

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "mlsd-pdf-vite-"));
  await build({ root, configFile: false, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const previewed = await previewBuild(root, outDir, "error");
  server = previewed.server;
  url = `${previewed.origin}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
});

it("renderHandoutToBlob gives a PDF with the fonts embedded, and renderCoursePackToBlob binds handouts, in a Vite bundle", async () => {
  const page = await browser!.newPage();
  await page.goto(url);
  const result = await page.evaluate(() => (window as unknown as { mlsdResult: Promise<unknown> }).mlsdResult);
  expect(result).toMatchObject({ type: "application/pdf", head: "%PDF-", embedded: 2, helvetica: false });
  expect((result as { size: number }).size).toBeGreaterThan(20_000);
  // The pack: cover, contents, one divider, then both handouts bound in, links resolved by name.
  const { handoutPages, pack } = result as { handoutPages: number; pack: unknown };
  expect(handoutPages).toBeGreaterThan(0);
  expect(pack).toEqual({ type: "application/pdf", head: "%PDF-", pages: 3 + 2 * handoutPages, dests: true });
}, 60_000);
