import { serializeDocument } from "@mlsd/core";
import { hostileDocument, PAYLOADS } from "../../security/hostile.js";
import { importFile, nodes, openCatalogDesign, toolbarTitle, UBER } from "../support/editor.js";
import { inlineJsonOf, squash } from "../support/snippetPage.js";
import { expect, test } from "../support/test.js";

test.describe("hostile strings", () => {
  test("runs no payload from an imported design in any panel and shows each one as text", async ({ page }) => {
    const pwned = () => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
    const hostile = hostileDocument();
    await openCatalogDesign(page, UBER.id);
    const before = page.url();
    await importFile(page, "hostile.mlsd.json", serializeDocument(hostile));
    await page.waitForURL((u) => u.toString() !== before);
    await expect(nodes(page)).toHaveCount(hostile.nodes.length);
    await expect.poll(() => toolbarTitle(page).textContent()).toBe(hostile.title);
    // On the canvas the label wraps (and may be cut short); its full text is the box's tooltip.
    const box = page.locator('.react-flow__node[data-id="n1"] .kind-node');
    expect(await box.getAttribute("title")).toContain(PAYLOADS[1]);
    expect(squash(PAYLOADS[1]!)).toContain(squash((await box.locator(".kind-node-label").textContent())!).replace(/…$/, ""));

    // The design's notes, in the design inspector.
    await page.getByText(`Notes (${hostile.notes.length})`).click();
    const notes = await page.locator(".doc-notes").textContent();
    expect(notes).toContain(hostile.notes[0]!.title);
    for (const payload of PAYLOADS) expect(notes).toContain(payload);

    // A node in the inspector: its label and notes as field values.
    await page.locator('.react-flow__node[data-id="n2"]').click();
    const inspector = page.getByRole("region", { name: "Part inspector" });
    await expect(inspector.locator("#node-notes")).toHaveValue(hostile.nodes[2]!.notes!);
    await expect(inspector.locator("#node-label")).toHaveValue(hostile.nodes[2]!.label);

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
    await page.keyboard.press("Escape");

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
    }, PAYLOADS[1]!);
    await expect.poll(pwned).toBe(1);
  });
});
