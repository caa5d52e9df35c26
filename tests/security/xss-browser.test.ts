import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import type { Browser } from "playwright-core";
import { build, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, previewBuild, watchErrors } from "../support/browser.js";
import { PAYLOADS } from "./hostile.js";

const PAGE = fileURLToPath(new URL("./page", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("hostile designs in Chromium", () => {
  let outDir: string;
  let server: PreviewServer;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "mlsd-xss-"));
    // Built from the workspace sources, the way the unit tests see them.
    const conditions = ["@mlsd/source", "module", "browser", "development|production"];
    await build({
      root: PAGE,
      configFile: false,
      logLevel: "warn",
      plugins: [react()],
      resolve: { conditions },
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
    });
    ({ server, origin } = await previewBuild(PAGE, outDir));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("no payload runs in the React embed or the web component, and each shows as text", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${origin}/`);

    await expect.poll(() => page.locator("#react-document svg[data-mlsd-scene] [data-node-id]").count()).toBeGreaterThan(20);
    await expect.poll(() => page.locator("#react-scene svg[data-mlsd-scene] [data-node-id]").count()).toBeGreaterThan(20);
    const shadowCount = (id: string, selector: string) =>
      page.evaluate(([id, selector]) => document.getElementById(id!)?.shadowRoot?.querySelectorAll(selector!).length ?? 0, [id, selector]);
    await expect.poll(() => shadowCount("el-inline", "g.mlsd-node")).toBeGreaterThan(20);
    await expect.poll(() => shadowCount("el-src", "g.mlsd-node")).toBeGreaterThan(20);
    await expect.poll(() => shadowCount("el-bad", "[role=alert] li")).toBeGreaterThan(0);

    // Move over and click every node, in case a payload waits for an event.
    for (const node of await page.locator("#react-document [data-node-id]").all()) await node.hover({ force: true });
    for (const node of await page.locator("#el-inline g.mlsd-node").all()) await node.hover({ force: true });
    await page.locator("#react-document [data-node-id]").first().click({ force: true });

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Nothing live was created anywhere: no script, embed or handler attribute in any diagram.
    const live = await page.evaluate(() => {
      const roots: ParentNode[] = [document.getElementById("react-document")!, document.getElementById("react-scene")!];
      for (const el of document.querySelectorAll("mlsd-diagram")) if (el.shadowRoot) roots.push(el.shadowRoot);
      const found: string[] = [];
      for (const root of roots) {
        for (const el of root.querySelectorAll("*")) {
          const tag = el.tagName.toLowerCase();
          if (
            ["script", "iframe", "img", "foreignobject", "object", "embed", "style"].includes(tag) &&
            !(tag === "style" && el.parentNode instanceof ShadowRoot)
          )
            found.push(`<${tag}>`);
          for (const attr of el.getAttributeNames()) if (attr.startsWith("on")) found.push(`${tag}[${attr}]`);
          const href = el.getAttribute("href");
          if (href !== null && !/^(https?:|#)/.test(href)) found.push(`${tag}[href=${href}]`);
        }
      }
      return found;
    });
    expect(live).toEqual([]);

    // The payloads are there, as text a reader can see.
    expect(await page.locator("#react-document").textContent()).toContain(PAYLOADS[0]);
    const errorText = await page.evaluate(() => document.getElementById("el-bad")!.shadowRoot!.textContent);
    expect(errorText).toContain("nodes[0]");
    expect(errorText).toContain("source.url");

    await page.screenshot({ path: join(ROOT, "test-results", "security", "hostile.png"), fullPage: true });
    expect(errors).toEqual([]);

    // Control: the same payload does run when put into markup unescaped, so the checks above can fail.
    await page.evaluate((payload) => {
      document.createElement("div").innerHTML = payload;
    }, PAYLOADS[1]);
    await expect.poll(() => page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(1);
    await page.close();
  });
});
