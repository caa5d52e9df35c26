import { getDocument, getReference } from "@mlsd/catalog";
import { compareDesigns, type Document, KINDS, type NodeKind, relabel, removeNodes } from "@mlsd/core";
import type { Page } from "@playwright/test";
import { UBER } from "../support/editor.js";
import { diffEdge, differences, diffNode, diffNodes, FRAUD, selectedIds } from "../support/exercise.js";
import { expect, forEachViewport, test } from "../support/test.js";

/** A name that starts with the text (labels may hold characters special in a RegExp). */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** A node's entry in the list: its status, label and kind (an edge's entry names its ends instead). */
const nodeEntry = (page: Page, status: "Added" | "Removed" | "Changed" | "Moved", label: string, kind: string) =>
  differences(page).getByRole("button", { name: `${status}: ${label} ${KINDS[kind as NodeKind].title}`, exact: false });

const STATUS_WORD = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** The Uber case study with one part removed (and its edges) and one relabelled: a second version to compare. */
const editedUber = async () => {
  const original = await getDocument(UBER.id);
  const gone = original.nodes.find((n) => n.stage === "modeling")!;
  const renamed = original.nodes.find((n) => n.stage === "serving")!;
  const edited: Document = relabel(removeNodes(original, [gone.id]), renamed.id, `${renamed.label} v2`);
  return { original, edited: { ...edited, title: "Uber, second version" }, gone, renamed };
};

forEachViewport(
  (size) => {
    test.describe("comparison view", () => {
      test("compares an exercise's copy with its reference: every difference marked in one drawing, and listed", async ({
        page,
        keepScreenshot,
      }) => {
        const [starter, reference] = await Promise.all([getDocument(FRAUD.id), getReference(FRAUD.id)]);
        const diff = compareDesigns(starter, reference);
        await page.goto(`/#/compare/design:exercise-${FRAUD.id}/reference:${FRAUD.id}`);
        await expect(page.getByRole("combobox", { name: "Before" })).toHaveValue(`design:exercise-${FRAUD.id}`);
        await expect(page.getByRole("combobox", { name: "After" })).toHaveValue(`reference:${FRAUD.id}`);
        // One drawing: the reference's parts plus the starter's removed ones, ghosted.
        expect(diff.nodes.removed.length).toBeGreaterThan(0);
        await expect(diffNodes(page)).toHaveCount(reference.nodes.length + diff.nodes.removed.length);
        for (const status of ["added", "removed", "changed"] as const)
          for (const part of diff.nodes[status]) {
            const node = diffNode(page, part.id);
            await expect(node).toHaveClass(new RegExp(`diff-${status}`));
            // Not by colour alone: the mark says it in words.
            await expect(node.locator(".diff-badge")).toHaveText(STATUS_WORD[status]);
          }
        for (const part of diff.edges.removed) await expect(diffEdge(page, part.id)).toHaveClass(/diff-removed/);
        for (const part of diff.edges.added) await expect(diffEdge(page, part.id)).toHaveClass(/diff-added/);

        // The list: parts, connections and notes, with the changed fields named.
        const list = differences(page);
        const count = (d: { added: unknown[]; removed: unknown[]; changed: unknown[] }) =>
          d.added.length + d.removed.length + d.changed.length;
        await expect(list.getByRole("heading", { name: `Parts (${count(diff.nodes)})` })).toBeVisible();
        await expect(list.getByRole("heading", { name: `Connections (${count(diff.edges)})` })).toBeVisible();
        await expect(list.getByRole("heading", { name: `Notes (${count(diff.notes)})` })).toBeVisible();
        const changed = diff.nodes.changed[0]!;
        const entry = nodeEntry(page, "Changed", changed.label!, changed.kind!);
        for (const f of changed.fields) await expect(entry).toContainText(f.field);
        await keepScreenshot(`compare-reference-${size}`);
      });

      test("choosing an entry selects its part in the drawing, and choosing a part marks its entry", async ({ page, keepScreenshot }) => {
        const [starter, reference] = await Promise.all([getDocument(FRAUD.id), getReference(FRAUD.id)]);
        const diff = compareDesigns(starter, reference);
        await page.goto(`/#/compare/design:exercise-${FRAUD.id}/reference:${FRAUD.id}`);
        const list = differences(page);
        const removed = diff.nodes.removed[0]!;
        const entry = nodeEntry(page, "Removed", removed.label!, removed.kind!);
        await entry.click();
        await expect(entry).toHaveAttribute("aria-pressed", "true");
        await expect.poll(() => selectedIds(page, "node")).toEqual([removed.id]);
        await expect(diffNode(page, removed.id)).toBeInViewport();
        await keepScreenshot(`compare-selected-${size}`);

        const edge = diff.edges.added[0]!;
        await list.getByRole("button", { name: startsWith(`Added: ${edge.sourceLabel} → ${edge.targetLabel}`) }).click();
        await expect.poll(() => selectedIds(page, "edge")).toEqual([edge.id]);
        await expect.poll(() => selectedIds(page, "node")).toEqual([]);

        // The other way: a part chosen in the drawing marks its entry.
        const added = diff.nodes.added[0]!;
        await diffNode(page, added.id).scrollIntoViewIfNeeded();
        await diffNode(page, added.id).focus();
        await page.keyboard.press("Enter");
        await expect(nodeEntry(page, "Added", added.label!, added.kind!)).toHaveAttribute("aria-pressed", "true");
      });
    });
  },
  ["desktop", "phone"],
);

test.describe("comparison view: choosing the designs", () => {
  test("compares two of My designs, then a design with an imported file; a bad file changes nothing", async ({ page, seed }) => {
    const { original, edited, gone, renamed } = await editedUber();
    await seed({
      designs: [
        { key: "uber-one", doc: original, updatedAt: 1 },
        { key: "uber-two", doc: edited, updatedAt: 2 },
      ],
    });
    await page.goto("/");
    await page.getByRole("link", { name: `Compare ${original.title} with another design` }).click();
    await page.waitForURL(/#\/compare\/design:uber-one$/);
    await expect(page.getByText(/Choose the design to compare/)).toBeVisible();
    await page.getByRole("combobox", { name: "After" }).selectOption({ label: edited.title });
    await page.waitForURL(/#\/compare\/design:uber-one\/design:uber-two$/);
    await expect(diffNode(page, gone.id)).toHaveClass(/diff-removed/);
    await expect(nodeEntry(page, "Removed", gone.label, gone.kind)).toBeVisible();
    await expect(nodeEntry(page, "Changed", `${renamed.label} v2`, renamed.kind)).toContainText("label");

    // Swap: what was removed is now added.
    await page.getByRole("button", { name: "Swap before and after" }).click();
    await page.waitForURL(/#\/compare\/design:uber-two\/design:uber-one$/);
    await expect(diffNode(page, gone.id)).toHaveClass(/diff-added/);

    // A bad file opens the import error and leaves the comparison as it was.
    await page
      .getByTestId("compare-import-after")
      .setInputFiles({ name: "bad.mlsd.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
    await expect(page.getByRole("dialog", { name: /could not be imported/ })).toBeVisible();
    await page.getByRole("button", { name: "OK" }).click();
    await expect(page).toHaveURL(/#\/compare\/design:uber-two\/design:uber-one$/);

    // A good file becomes the after side.
    const third = { ...removeNodes(original, [renamed.id]), title: "Uber from a file" };
    await page.getByTestId("compare-import-after").setInputFiles({
      name: "uber.mlsd.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(third)),
    });
    await page.waitForURL(/#\/compare\/design:uber-two\/file:[\w]+$/);
    await expect(page.getByRole("combobox", { name: "After" })).toContainText("Uber from a file (imported file)");
    await expect(diffNode(page, renamed.id)).toHaveClass(/diff-removed/);
    await expect(diffNode(page, gone.id)).toHaveClass(/diff-added/);
  });
});
