import { mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, parseDocumentText, serializeDocument } from "@mlsd/core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileDocument, PAYLOADS } from "../security/hostile.js";
import { launchChromium, watchErrors } from "../support/browser.js";
import { inlineJsonOf, serveSnippetPage, squash } from "./embedPage.js";
import { buildWeb, type Preview, startPreview } from "./server.js";

/**
 * The editor end to end: one build, one `vite preview`, one Chromium for the whole file.
 * Tests run in order and share one browser profile (IndexedDB), as a user's session would.
 */
const ARTIFACTS = new URL("./artifacts/", import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const artifact = (name: string) => new URL(name, ARTIFACTS).pathname;

const UBER_TITLE = "Scaling Machine Learning at Uber with Michelangelo";

let preview: Preview;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

const nodes = () => page.locator(".react-flow__node-kind");
const edges = () => page.locator(".react-flow__edge");
const transformOf = (id: string) =>
  page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform);
const saved = () => expect.poll(() => page.locator(".save-state").textContent()).toBe("Saved");
const key = (combo: string) => page.keyboard.press(combo);

const openUber = async () => {
  await page.goto(preview.url);
  await page.getByRole("link", { name: `Open ${UBER_TITLE}` }).click();
  await page.waitForURL(/#\/edit\//);
  await nodes().first().waitFor();
};

const exportFile = async (item: string) => {
  await page.getByText("Export", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: item }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
};

beforeAll(async () => {
  await buildWeb();
  preview = await startPreview();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: "light", acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

describe("gallery", () => {
  it("lists every catalogue entry with a thumbnail", async () => {
    await page.goto(preview.url);
    const cards = page.getByRole("list", { name: "Catalogue entries" }).locator(":scope > li");
    await expect.poll(() => cards.count()).toBe(listCatalog().length);
    await expect.poll(() => page.locator(".thumbnail img").first().isVisible()).toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifact("gallery.png") });
  });

  it("filters by search, tag and stage", async () => {
    await page.goto(preview.url);
    const cards = page.getByRole("list", { name: "Catalogue entries" }).locator(":scope > li");
    await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("michelangelo");
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("");
    const entries = listCatalog();
    const tag = entries[1]!.tags[0]!;
    await page.getByRole("combobox", { name: "Filter by tag" }).selectOption(tag);
    await expect.poll(() => cards.count()).toBe(entries.filter((e) => e.tags.includes(tag)).length);
  });
});

describe("editing a case study", () => {
  it("opens the Uber case study as an editable copy with all its nodes", async () => {
    const entry = listCatalog().find((e) => e.title === UBER_TITLE);
    expect(entry).toBeDefined();
    const doc = await getDocument(entry!.id);
    await openUber();
    await expect.poll(() => nodes().count()).toBe(doc.nodes.length);
    await expect.poll(() => edges().count()).toBe(doc.edges.length);
    await expect(page.getByRole("button", { name: "Reset to original" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: artifact("case-study.png") });
  });

  it("drags a node, which pins it", async () => {
    const node = nodes().first();
    const id = (await node.getAttribute("data-id"))!;
    const before = await transformOf(id);
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 90, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => transformOf(id)).not.toBe(before);
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${id}"] .pin`).count()).toBe(1);
  });

  it("moves a node to another stage when it is dropped in that stage's frame", async () => {
    const node = page.locator('.react-flow__node-kind:has(.kind-node[data-stage="setup"])').first();
    const id = (await node.getAttribute("data-id"))!;
    const from = (await node.boundingBox())!;
    const frame = (await page.locator('.react-flow__node-frame[data-id="frame:data"]').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(frame.x + 40 + from.width / 2, frame.y + frame.height - 30, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${id}"] .kind-node`).getAttribute("data-stage")).toBe("data");
    await key("Control+z");
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${id}"] .kind-node`).getAttribute("data-stage")).toBe("setup");
  });

  it("lists review findings; clicking one selects its parts", async () => {
    // A fresh starter design leaves questions open, so the review has something to say.
    await page.goto(`${preview.url}#/new`);
    await page.waitForURL(/#\/edit\//);
    await nodes().first().waitFor();
    await page.getByRole("tab", { name: "Review" }).click();
    const finding = page.locator("button.finding-target:visible").first();
    await finding.waitFor();
    await finding.click();
    await expect.poll(() => page.locator(".react-flow__node-kind.selected").count()).toBeGreaterThan(0);
    expect(await page.locator(".finding-badge").count()).toBeGreaterThan(0);
    await page.getByRole("tab", { name: "Inspector" }).click();
    await openUber();
  });

  it("adds a node from the palette, connects it, and undoes and redoes", async () => {
    const count = await nodes().count();
    const edgeCount = await edges().count();
    await page.getByRole("button", { name: "Add Online prediction service" }).click();
    await expect.poll(() => nodes().count()).toBe(count + 1);
    await expect(page.getByLabel("Label", { exact: true }).inputValue()).resolves.toBe("Online prediction service");
    await page.waitForTimeout(500); // the view glides to the new node
    const added = page.locator(".react-flow__node-kind.selected");
    const addedId = (await added.getAttribute("data-id"))!;

    // Connect by dragging from another node's output handle onto the new node's input handle.
    const to = page.locator(`.react-flow__node[data-id="${addedId}"] .react-flow__handle.target`);
    const b = (await to.boundingBox())!;
    const canvas = (await page.getByRole("region", { name: "Canvas" }).boundingBox())!;
    const handles = page.locator(`.react-flow__node-kind:not([data-id="${addedId}"]) .react-flow__handle.source`);
    let a: { x: number; y: number; width: number; height: number } | undefined;
    for (const h of await handles.all()) {
      const box = await h.boundingBox();
      if (box && box.x > canvas.x + 20 && box.x < canvas.x + canvas.width - 20 && box.y > canvas.y + 20 && box.y < b.y - 40) {
        a = box;
        break;
      }
    }
    if (!a) throw new Error("no output handle in view to connect from");
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => edges().count()).toBe(edgeCount + 1);
    await expect(page.getByLabel("Kind", { exact: true }).isVisible()).resolves.toBe(true);

    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await key("Control+z");
    await expect.poll(() => edges().count()).toBe(edgeCount);
    await key("Control+z");
    await expect.poll(() => nodes().count()).toBe(count);
    await key("Control+Shift+z");
    await expect.poll(() => nodes().count()).toBe(count + 1);
    await key("Control+y");
    await expect.poll(() => edges().count()).toBe(edgeCount + 1);
  });

  it("shows core's message under a bad property value and keeps it out of the design", async () => {
    await page.getByRole("button", { name: "Add Online prediction service" }).click();
    const field = page.getByLabel("Latency budget (ms)");
    await field.fill("fast");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: /number/ })
        .isVisible(),
    ).resolves.toBe(true);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await field.fill("-3");
    await expect(page.getByRole("alert").filter({ hasText: /0/ }).isVisible()).resolves.toBe(true);
    await field.fill("120");
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);
    await expect.poll(() => page.locator(".react-flow__node-kind.selected .prop-badge").first().textContent()).toBe("120 ms");
  });

  it("runs auto layout in a worker, keeps pinned nodes and can undo it", async () => {
    const pinned = (await page.locator(".react-flow__node-kind:has(.pin)").first().getAttribute("data-id"))!;
    const pinnedAt = await transformOf(pinned);
    const free = (await page.locator(".react-flow__node-kind:not(:has(.pin))").first().getAttribute("data-id"))!;
    const freeAt = await transformOf(free);
    await page.getByRole("button", { name: "Auto layout" }).click();
    await expect
      .poll(
        () =>
          page
            .getByRole("status")
            .filter({ hasText: /Laid out/ })
            .count(),
        { timeout: 30_000 },
      )
      .toBe(1);
    expect(await transformOf(pinned)).toBe(pinnedAt);
    expect(await transformOf(free)).not.toBe(freeAt);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => transformOf(free)).toBe(freeAt);
    await page.getByRole("button", { name: "Redo" }).click();
    await expect.poll(() => transformOf(free)).not.toBe(freeAt);
  });

  it("restores exactly what was on screen after a reload", async () => {
    await saved();
    await page.waitForTimeout(400); // the viewport is saved shortly after it stops moving
    const ids = await nodes().evaluateAll((els) => els.map((e) => `${e.getAttribute("data-id")} ${(e as HTMLElement).style.transform}`));
    const viewport = await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
    await page.reload();
    await nodes().first().waitFor();
    await expect
      .poll(() => nodes().evaluateAll((els) => els.map((e) => `${e.getAttribute("data-id")} ${(e as HTMLElement).style.transform}`)))
      .toEqual(ids);
    expect(await page.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform)).toBe(viewport);
  });
});

describe("files and links", () => {
  it("refuses a bad file with every problem listed and leaves the design alone", async () => {
    const url = page.url();
    const count = await nodes().count();
    const bad = {
      format: "mlsd",
      version: 1,
      id: "bad",
      title: "Bad",
      summary: "",
      nodes: [
        { id: "a", kind: "online-service", stage: "serving", label: "A", props: { latencyMs: "fast" } },
        { id: "b", kind: "no-such-kind", stage: "serving", label: "B", props: {} },
      ],
      edges: [{ id: "e", kind: "data", source: "a", target: "zzz" }],
      notes: [],
    };
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "bad.mlsd.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const problems = dialog.getByRole("list", { name: "Problems" }).locator("li");
    expect(await problems.count()).toBeGreaterThanOrEqual(3);
    const text = await dialog.textContent();
    expect(text).toContain("nodes[0].props.latencyMs");
    expect(text).toContain("nodes[1].kind");
    expect(text).toContain("edges[0].target");
    await dialog.getByRole("button", { name: "OK" }).click();
    expect(page.url()).toBe(url);
    expect(await nodes().count()).toBe(count);
  });

  it("exports JSON that parses back to the same document", async () => {
    const first = await exportFile("Export JSON (.mlsd.json)");
    expect(first.name).toMatch(/\.mlsd\.json$/);
    const parsed = parseDocumentText(first.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(serializeDocument(parsed.value)).toBe(first.text);
    expect(parsed.value.nodes.map((n) => n.id).sort()).toEqual(
      (await nodes().evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort(),
    );
    // Importing the export and exporting again gives the same file.
    const before = page.url();
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: first.name, mimeType: "application/json", buffer: Buffer.from(first.text) });
    await page.waitForURL((u) => u.toString() !== before);
    await nodes().first().waitFor();
    const second = await exportFile("Export JSON (.mlsd.json)");
    expect(second.text).toBe(first.text);
  });

  it("exports a valid SVG", async () => {
    const svg = await exportFile("Export SVG");
    expect(svg.name).toMatch(/\.svg$/);
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName("parsererror").length };
    }, svg.text);
    expect(check).toEqual({ root: "svg", errors: 0 });
    expect(svg.text).toContain(UBER_TITLE.split(" ")[0]!);
  });

  it("exports a PNG picture", async () => {
    await page.getByText("Export", { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export PNG" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100); // width from the IHDR chunk
  });

  it("imports a file dropped on the window", async () => {
    const before = page.url();
    const text = serializeDocument({ ...(await getDocument("project-flow")), title: "Dropped design" });
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "dropped.mlsd.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForURL((u) => u.toString() !== before);
    await expect.poll(() => page.locator(".toolbar-title").textContent()).toBe("Dropped design");
    await page.goto(before);
    await nodes().first().waitFor();
  });

  it("exports a PDF handout", async () => {
    await page.getByText("Export", { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByRole("button", { name: "Export PDF handout" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("copies parts from one design and pastes them into another", async () => {
    await page.locator(".react-flow__node-kind").first().click();
    await key("Control+c");
    await page.goto(`${preview.url}#/new`);
    await page.waitForURL(/#\/edit\//);
    await nodes().first().waitFor();
    const count = await nodes().count();
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await key("Control+v");
    await expect.poll(() => nodes().count()).toBe(count + 1);
    await key("Control+d");
    await expect.poll(() => nodes().count()).toBe(count + 2);
    await key("Delete");
    await expect.poll(() => nodes().count()).toBe(count + 1);
    await openUber();
  });

  it("round-trips a design through a share link", async () => {
    const title = await page.locator(".toolbar-title").textContent();
    const count = await nodes().count();
    await page.getByRole("button", { name: "Share link" }).click();
    // The link is made on demand (its compression code loads with it).
    await expect.poll(() => page.getByRole("textbox", { name: "Share link" }).inputValue(), { timeout: 20_000 }).toContain("#share=");
    const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
    await page.keyboard.press("Escape");
    const other = await context.newPage();
    await other.goto(link);
    // A share link opens as a preview on its own address (saved on the first edit: see first-edit.test.ts).
    await expect.poll(() => other.locator(".react-flow__node-kind").count()).toBe(count);
    expect(await other.locator(".toolbar-title").textContent()).toBe(title);
    await other.close();
  });

  it("shows an error, not a blank page, for a damaged share link", async () => {
    await page.goto(`${preview.url}#share=N4IgdghgtgpiBcIDCAbA9gYwNYAIDKAlgF4zYCu`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/share link/i);
    await page.goto(`${preview.url}#share=`);
    await page.getByRole("alert").waitFor();
  });
});

describe("my designs", () => {
  it("lists saved designs, renames one and deletes one after asking", async () => {
    await page.goto(preview.url);
    const list = page.getByRole("list", { name: "My designs" });
    await list.waitFor();
    const rows = list.locator(":scope > li");
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
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
    expect(await rows.count()).toBe(count);
    await page.getByRole("button", { name: "Delete Renamed in the test" }).click();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect.poll(() => rows.count()).toBe(count - 1);
    expect(await list.locator(".design-title").allTextContents()).not.toContain("Renamed in the test");
  });
});

describe("embed", () => {
  let design: Document;
  const snippets = { react: "", element: "", svg: "" };

  it("gives React, web-component and static SVG snippets of the design on screen", async () => {
    await openUber();
    const exported = parseDocumentText((await exportFile("Export JSON (.mlsd.json)")).text);
    if (!exported.ok) throw new Error("the editor exported a file its own loader refuses");
    design = exported.value;
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Embed" });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    snippets.react = await dialog.getByRole("textbox", { name: "React snippet" }).inputValue();
    snippets.element = await dialog.getByRole("textbox", { name: "Web component snippet" }).inputValue();
    snippets.svg = await dialog.getByRole("textbox", { name: "Static SVG snippet" }).inputValue();
    expect(snippets.react).toContain("npm install @mlsd/react");
    expect(snippets.react).toMatch(/import design from "\.\/[a-z0-9-]+\.mlsd\.json"/);
    expect(snippets.react).toContain("<MlsdDiagram document={design} />");
    expect(snippets.element).toContain('import "@mlsd/element/define"');
    expect(snippets.svg.startsWith("<svg")).toBe(true);

    // The file the React snippet imports: the design with every node placed.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download .mlsd.json for React" }).click(),
    ]);
    expect(snippets.react).toContain(`./${download.suggestedFilename()}`);
    const saved = parseDocumentText(readFileSync(await download.path(), "utf8"));
    expect(saved.ok && saved.value).toEqual(design);
    expect(design.nodes.every((n) => n.position)).toBe(true);

    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(preview.url).origin });
    await dialog.getByRole("button", { name: "Copy Web component snippet" }).click();
    await expect.poll(() => dialog.getByRole("status").allTextContents()).toContain("Copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippets.element);

    await page.screenshot({ path: artifact("embed-dialog.png") });
    await key("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it("the web-component snippet draws every node on a plain HTML page, from JSON equal to the design", async () => {
    const json = inlineJsonOf(snippets.element);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeDocument(design)));
    const served = await serveSnippetPage(snippets.element);
    const p = await context.newPage();
    try {
      const errors = watchErrors(p);
      await p.goto(`${served.origin}/`);
      const shadow = () =>
        p.evaluate(() => {
          const root = document.querySelector("mlsd-diagram")?.shadowRoot;
          return { nodes: root?.querySelectorAll("g.mlsd-node").length ?? 0, text: root?.textContent ?? "" };
        });
      await expect.poll(async () => (await shadow()).nodes).toBe(design.nodes.length);
      const { text } = await shadow();
      for (const n of design.nodes) expect(squash(text)).toContain(squash(n.label));
      expect(errors).toEqual([]);
    } finally {
      await p.close();
      await served.close();
    }
  }, 120_000);

  it("the static SVG snippet parses as SVG with every node label", async () => {
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName("parsererror").length,
        text: doc.documentElement.textContent ?? "",
      };
    }, snippets.svg);
    expect(check.root).toBe("svg");
    expect(check.errors).toBe(0);
    for (const n of design.nodes) expect(squash(check.text)).toContain(squash(n.label));
  });
});

describe("hostile designs", () => {
  const pwned = () => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

  it("runs no payload from an imported design in any panel and shows each one as text", async () => {
    const hostile = hostileDocument();
    await openUber();
    const before = page.url();
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "hostile.mlsd.json", mimeType: "application/json", buffer: Buffer.from(serializeDocument(hostile)) });
    await page.waitForURL((u) => u.toString() !== before);
    await expect.poll(() => nodes().count()).toBe(hostile.nodes.length);
    expect(await page.locator(".toolbar-title").textContent()).toBe(hostile.title);
    // On the canvas the label wraps (and may be cut short); its full text is the box's tooltip.
    const box = page.locator('.react-flow__node[data-id="n1"] .kind-node');
    expect(await box.getAttribute("title")).toContain(PAYLOADS[1]);
    expect(squash(PAYLOADS[1])).toContain(squash((await box.locator(".kind-node-label").textContent())!).replace(/…$/, ""));

    // The design's notes, in the design inspector.
    await page.getByText(`Notes (${hostile.notes.length})`).click();
    const notes = await page.locator(".doc-notes").textContent();
    expect(notes).toContain(hostile.notes[0]!.title);
    for (const payload of PAYLOADS) expect(notes).toContain(payload);

    // A node in the inspector: its label and notes as field values.
    await page.locator('.react-flow__node[data-id="n2"]').click();
    const inspector = page.getByRole("region", { name: "Part inspector" });
    await inspector.waitFor();
    expect(await inspector.locator("#node-notes").inputValue()).toBe(hostile.nodes[2]!.notes);
    expect(await inspector.locator("#node-label").inputValue()).toBe(hostile.nodes[2]!.label);

    await page.getByRole("tab", { name: "Review" }).click();
    await page.getByRole("region", { name: "Review" }).waitFor();
    for (const finding of await page.locator("button.finding-target:visible").all()) await finding.hover();
    await page.getByRole("tab", { name: "Inspector" }).click();

    await page.getByRole("button", { name: "Embed", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Embed" });
    const element = await dialog.getByRole("textbox", { name: "Web component snippet" }).inputValue();
    expect(inlineJsonOf(element)).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(inlineJsonOf(element)).title).toBe(hostile.title);
    expect(await dialog.getByRole("textbox", { name: "Static SVG snippet" }).inputValue()).toContain("&lt;script&gt;window.__pwned=1");
    await key("Escape");

    await page.getByRole("link", { name: /Gallery/ }).click();
    const mine = page.getByRole("list", { name: "My designs" });
    await expect.poll(() => mine.locator(".design-title").allTextContents()).toContain(hostile.title);
    for (const row of await mine.locator(":scope > li").all()) await row.hover();

    expect(await pwned()).toBeUndefined();
    // Nothing live came out of the design: no handler attribute anywhere on the page.
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap((el) =>
        el
          .getAttributeNames()
          .filter((a) => a.startsWith("on"))
          .map((a) => `${el.tagName}[${a}]`),
      ),
    );
    expect(handlers).toEqual([]);

    // Control: the same payload does run here when put into markup unescaped, so the checks above can fail.
    await page.evaluate((payload) => {
      document.createElement("div").innerHTML = payload;
    }, PAYLOADS[1]);
    await expect.poll(pwned).toBe(1);
  });
});

describe("bundle", () => {
  // Budgets for the JavaScript a visit downloads before it can work (gzip), excluding the
  // lazily loaded layout engine and worker, PDF renderer, fonts and catalogue documents.
  const GALLERY_BUDGET_KB = 150;
  const EDITOR_BUDGET_KB = 240;

  it("keeps the main bundle under its budget", () => {
    const dist = new URL("../../apps/web/dist/", import.meta.url);
    const manifest = JSON.parse(readFileSync(new URL(".vite/manifest.json", dist), "utf8")) as Record<
      string,
      { file: string; imports?: string[]; isEntry?: boolean }
    >;
    const closure = (key: string, seen = new Set<string>()) => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const i of manifest[key]?.imports ?? []) closure(i, seen);
      return seen;
    };
    const gzipKb = (keys: Set<string>) =>
      [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(new URL(manifest[k]!.file, dist))).length, 0) / 1024;
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const editor = Object.keys(manifest).find((k) => k.endsWith("EditorLoader.tsx"))!;
    const gallery = gzipKb(closure(entry));
    const withEditor = gzipKb(closure(editor, closure(entry)));
    console.log(`main bundle: ${gallery.toFixed(1)} KB gzip (gallery), ${withEditor.toFixed(1)} KB gzip with the editor`);
    expect(gallery).toBeLessThan(GALLERY_BUDGET_KB);
    expect(withEditor).toBeLessThan(EDITOR_BUDGET_KB);
  });
});

describe("look and feel", () => {
  it("follows a dark system theme and can be toggled", async () => {
    const dark = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: "dark" });
    const p = await dark.newPage();
    await p.goto(preview.url);
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await p.getByRole("link", { name: `Open ${UBER_TITLE}` }).click();
    await p.locator(".react-flow__node-kind").first().waitFor();
    await p.waitForTimeout(300);
    await p.screenshot({ path: artifact("dark-mode.png") });
    await p.getByRole("button", { name: "Switch to light mode" }).click();
    expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    await dark.close();
  });

  it("opens the shortcut help on ?", async () => {
    await openUber();
    await page.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Undo");
    await page.keyboard.press("Escape");
  });

  it("can be worked with the keyboard alone", async () => {
    await openUber();
    await page.getByRole("button", { name: "Skip to the canvas" }).focus();
    await key("Enter");
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-id"));
    expect(id).toBeTruthy();
    const before = await transformOf(id!);
    await key("Enter");
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${id}"].selected`).count()).toBe(1);
    for (let i = 0; i < 3; i++) await key("ArrowRight");
    await expect.poll(() => transformOf(id!)).not.toBe(before);
    await page.locator(".react-flow__pane").focus();
    await key("Control+z"); // three nudges are one step
    await expect.poll(() => transformOf(id!)).toBe(before);
  });

  it("raised no uncaught errors in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
