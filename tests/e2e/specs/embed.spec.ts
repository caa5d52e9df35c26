import { readFileSync } from "node:fs";
import { type Document, parseDocumentText, serializeDocument } from "@mlsd/core";
import type { Page } from "@playwright/test";
import { watchErrors } from "../../support/browser.js";
import { exportFile, openCatalogDesign, UBER } from "../support/editor.js";
import { inlineJsonOf, serveSnippetPage, squash } from "../support/snippetPage.js";
import { expect, test } from "../support/test.js";

const embedDialog = (page: Page) => page.getByRole("dialog", { name: "Embed" });

/** Opens the Uber case study, exports it (the design the snippets must carry), and opens the Embed dialog. */
const openEmbed = async (page: Page) => {
  await openCatalogDesign(page, UBER.id);
  const exported = parseDocumentText((await exportFile(page, "Export JSON (.mlsd.json)")).text);
  if (!exported.ok) throw new Error("the editor exported a file its own loader refuses");
  await page.getByRole("button", { name: "Embed", exact: true }).click();
  const dialog = embedDialog(page);
  await dialog.waitFor();
  const snippet = (name: string) => dialog.getByRole("textbox", { name }).inputValue();
  return {
    design: exported.value as Document,
    react: await snippet("React snippet"),
    element: await snippet("Web component snippet"),
    svg: await snippet("Static SVG snippet"),
  };
};

test.describe("embed dialog", () => {
  test("gives React, web-component and static SVG snippets of the design on screen", async ({ page, context, baseURL, keepScreenshot }) => {
    const { design, react, element, svg } = await openEmbed(page);
    const dialog = embedDialog(page);
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    expect(react).toContain("npm install @mlsd/react");
    expect(react).toMatch(/import design from "\.\/[a-z0-9-]+\.mlsd\.json"/);
    expect(react).toContain("<MlsdDiagram document={design} />");
    expect(element).toContain('import "@mlsd/element/define"');
    expect(svg.startsWith("<svg")).toBe(true);

    // The file the React snippet imports: the design with every node placed.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "Download .mlsd.json for React" }).click(),
    ]);
    expect(react).toContain(`./${download.suggestedFilename()}`);
    const saved = parseDocumentText(readFileSync(await download.path(), "utf8"));
    expect(saved.ok && saved.value).toEqual(design);
    expect(design.nodes.every((n) => n.position)).toBe(true);

    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL!).origin });
    await dialog.getByRole("button", { name: "Copy Web component snippet" }).click();
    await expect.poll(() => dialog.getByRole("status").allTextContents()).toContain("Copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(element);

    await keepScreenshot("embed-dialog");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
  });

  test("the web-component snippet draws every node on a plain HTML page, from JSON equal to the design", async ({ page, context }) => {
    const { design, element } = await openEmbed(page);
    const json = inlineJsonOf(element);
    expect(json).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeDocument(design)));
    const served = await serveSnippetPage(element);
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
  });

  test("the static SVG snippet parses as SVG with every node label", async ({ page }) => {
    const { design, svg } = await openEmbed(page);
    const check = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName("parsererror").length,
        text: doc.documentElement.textContent ?? "",
      };
    }, svg);
    expect(check.root).toBe("svg");
    expect(check.errors).toBe(0);
    for (const n of design.nodes) expect(squash(check.text)).toContain(squash(n.label));
  });
});
