import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, parseDocument } from "@mlsd/core";
import { exportMermaid } from "@mlsd/interop";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../scripts/check-packages.mjs";
import { hostileDocument } from "../security/hostile.js";
import { launchChromium, watchErrors } from "../support/browser.js";

// The real mermaid (12.3.0, which needs Node 22 and a DOM) parses and renders every export
// in Chromium: a string comparison could not tell whether GitHub would draw the file.
const MERMAID = join(createRequire(import.meta.url).resolve("mermaid/package.json"), "..", "dist", "mermaid.min.js");
const SCREENS = join(ROOT, "test-results", "interop");

interface Rendered {
  error?: string;
  nodes: number;
  clusters: number;
  links: number;
  labels: string[];
  scripts: number;
}

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  errors = watchErrors(page);
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
  await page.addScriptTag({ content: readFileSync(MERMAID, "utf8") });
  await page.evaluate(() =>
    (window as unknown as { mermaid: { initialize: (o: object) => void } }).mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
    }),
  );
  mkdirSync(SCREENS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** `mermaid.parse` then `mermaid.render` in the page; the SVG is put in the page to be counted. */
const render = (text: string): Promise<Rendered> =>
  page.evaluate(async (text) => {
    const mermaid = (
      window as unknown as {
        mermaid: { parse: (t: string) => Promise<unknown>; render: (id: string, t: string) => Promise<{ svg: string }> };
      }
    ).mermaid;
    const empty = { nodes: 0, clusters: 0, links: 0, labels: [], scripts: 0 };
    try {
      await mermaid.parse(text);
      const { svg } = await mermaid.render(`d${Math.random().toString(36).slice(2)}`, text);
      const out = document.getElementById("out")!;
      out.innerHTML = svg;
      const root = out.querySelector("svg")!;
      return {
        nodes: root.querySelectorAll("g.node").length,
        clusters: root.querySelectorAll("g.cluster").length,
        links: root.querySelectorAll("path.flowchart-link").length,
        labels: [...root.querySelectorAll("g.node .nodeLabel, g.node text")].map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim()),
        scripts: root.querySelectorAll("script, [onerror], [onload]").length,
      };
    } catch (e) {
      return { ...empty, error: String((e as Error).message ?? e) };
    }
  }, text);

const stagesOf = (doc: Document) => new Set(doc.nodes.map((n) => n.stage)).size;

describe("mlsd's Mermaid export in the real mermaid, in Chromium", () => {
  it.each(listCatalog().map((e) => e.id))("%s parses and renders with every part, stage and edge", async (id) => {
    const doc = await getDocument(id);
    const r = await render(exportMermaid(doc));
    expect(r.error).toBeUndefined();
    expect(r.nodes).toBe(doc.nodes.length);
    expect(r.clusters).toBe(stagesOf(doc));
    expect(r.links).toBe(doc.edges.length);
    expect(new Set(r.labels)).toEqual(new Set(doc.nodes.map((n) => n.label.replace(/\s+/g, " ").trim())));
    if (id === "uber-michelangelo") await page.locator("#out svg").screenshot({ path: join(SCREENS, "mermaid-uber-michelangelo.png") });
    expect(errors).toEqual([]);
  });

  it("draws hostile labels as text: no script, every label shown as written", async () => {
    const parsed = parseDocument(JSON.parse(JSON.stringify(hostileDocument())));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const doc = parsed.value;
    const r = await render(exportMermaid(doc));
    expect(r.error).toBeUndefined();
    expect(r.scripts).toBe(0);
    expect(r.nodes).toBe(doc.nodes.length);
    expect(new Set(r.labels)).toEqual(new Set(doc.nodes.map((n) => n.label.replace(/\s+/g, " ").trim())));
    expect(errors).toEqual([]);
  });
});
