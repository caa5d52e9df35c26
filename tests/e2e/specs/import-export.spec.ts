import { getDocument } from "@mlsd/catalog";
import { parseDocumentText, serializeDocument, starterDocument } from "@mlsd/core";
import { importMermaid } from "@mlsd/interop";
import type { Page } from "@playwright/test";
import {
  expectNothingSaved,
  exportFile,
  importFile,
  nodes,
  openCatalogDesign,
  openGallery,
  toolbarTitle,
  UBER,
} from "../support/editor.js";
import { expect, test } from "../support/test.js";

test.describe("import", () => {
  test("refuses a bad file with every problem listed and leaves the design alone", async ({ page }) => {
    const { doc } = await openCatalogDesign(page, UBER.id);
    const url = page.url();
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
    await importFile(page, "bad.mlsd.json", JSON.stringify(bad));
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
    expect(await nodes(page).count()).toBe(doc.nodes.length);
  });

  test("imports a file dropped on the window", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const before = page.url();
    const text = serializeDocument({ ...(await getDocument("project-flow")), title: "Dropped design" });
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], "dropped.mlsd.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForURL((u) => u.toString() !== before);
    await expect.poll(() => toolbarTitle(page).textContent()).toBe("Dropped design");
  });

  test("imports a Mermaid flowchart as a new laid-out design; a broken one changes nothing", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const before = page.url();
    const count = await nodes(page).count();
    const flowchart =
      "flowchart LR\n  raw[(Raw events)] --> fs[(Feature store)] --> train[Model training]\n  train --> api[Prediction service] --> mon[Monitoring]\n  mon --> raw";
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "Churn pipeline.mmd", mimeType: "text/plain", buffer: Buffer.from(flowchart) });
    await page.waitForURL((u) => u.toString() !== before);
    await expect.poll(() => toolbarTitle(page).textContent()).toBe("Churn pipeline");
    await expect.poll(() => nodes(page).count()).toBe(5);
    const imported = page.url();
    await page.getByTestId("import-input").setInputFiles({
      name: "broken.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# Doc\n```mermaid\nflowchart LR\n  A -- label B\n```\n"),
    });
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("line 4, column 5");
    await dialog.getByRole("button", { name: "OK" }).click();
    expect(page.url()).toBe(imported);
    expect(await nodes(page).count()).toBe(5);
    await page.goto(before);
    await expect.poll(() => nodes(page).count()).toBe(count);
  });
});

test.describe("imports refuse what the CLI refuses", () => {
  test.use({ strictConsole: true });
  /** Raw control characters and bidi overrides, which a message must never show. */
  const RAW = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
  const pick = (name: string, bytes: Buffer) => (page: Page) => importFile(page, name, bytes);
  /** A file made in the page and dropped on the window: sending 25 MB through the browser protocol is slow. */
  const dropLarge = (size: number) => (page: Page) =>
    page.evaluate((n) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(n).fill(0x20)], "huge.mlsd.json", { type: "application/json" }));
      window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, size);
  const cases: [string, (page: Page) => Promise<unknown>, RegExp][] = [
    [
      "a UTF-16 file",
      pick("utf16.mlsd.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(serializeDocument(starterDocument("x")), "utf16le")])),
      /UTF-16/,
    ],
    ["a 25 MB file", dropLarge(25 * 1024 * 1024), /more than the 20 MB limit/],
    ["binary garbage", pick("garbage.bin", Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 73 + 11) & 0xff))), /not UTF-8/],
    ["terminal escapes", pick("escapes.json", Buffer.from("\u001b[2J\u001b]0;pwned\u0007 {")), /not valid JSON/],
  ];
  for (const [what, put, message] of cases)
    test(`refuses ${what} with a readable message and leaves My designs alone`, async ({ page }) => {
      await openGallery(page);
      await put(page);
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      const text = (await dialog.textContent()) ?? "";
      expect(text).toMatch(message);
      expect(text).not.toMatch(/empty/);
      expect(text).not.toMatch(RAW);
      await dialog.getByRole("button", { name: "OK" }).click();
      await expectNothingSaved(page);
    });
});

test.describe("export", () => {
  test("exports JSON that parses back to the same document", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const first = await exportFile(page, "Export JSON (.mlsd.json)");
    expect(first.name).toMatch(/\.mlsd\.json$/);
    const parsed = parseDocumentText(first.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(serializeDocument(parsed.value)).toBe(first.text);
    expect(parsed.value.nodes.map((n) => n.id).sort()).toEqual(
      (await nodes(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort(),
    );
    // Importing the export and exporting again gives the same file.
    const before = page.url();
    await importFile(page, first.name, first.text);
    await page.waitForURL((u) => u.toString() !== before);
    await expect(nodes(page)).toHaveCount(parsed.value.nodes.length);
    const second = await exportFile(page, "Export JSON (.mlsd.json)");
    expect(second.text).toBe(first.text);
  });

  test("exports a valid SVG", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const svg = await exportFile(page, "Export SVG");
    expect(svg.name).toMatch(/\.svg$/);
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName("parsererror").length };
    }, svg.text);
    expect(check).toEqual({ root: "svg", errors: 0 });
    expect(svg.text).toContain(UBER.title.split(" ")[0]!);
  });

  test("exports a PNG picture", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const png = await exportFile(page, "Export PNG");
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(100); // width from the IHDR chunk
  });

  test("exports a PDF handout", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const pdf = await exportFile(page, "Export PDF handout", 60_000);
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
  test("exports Mermaid that imports back to the canvas's parts, and a well-formed draw.io file", async ({ page }) => {
    await openCatalogDesign(page, UBER.id);
    const ids = (await nodes(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort();
    const mermaid = await exportFile(page, "Export Mermaid (.mmd)");
    expect(mermaid.name).toMatch(/\.mmd$/);
    const back = importMermaid(mermaid.text);
    expect(back.ok && back.value.document.nodes.map((n) => n.id).sort()).toEqual(ids);
    const drawio = await exportFile(page, "Export draw.io (.drawio)");
    expect(drawio.name).toMatch(/\.drawio$/);
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName("parsererror").length,
        parts: doc.querySelectorAll("mxGraphModel > root > UserObject > mxCell[vertex='1']").length,
      };
    }, drawio.text);
    expect(check).toEqual({ root: "mxfile", errors: 0, parts: ids.length });
  });
});
