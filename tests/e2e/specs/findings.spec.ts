import { starterDocument } from "@mlsd/core";
import { review } from "@mlsd/core/review";
import { nodeById, openNewDesign } from "../support/editor.js";
import { expect, forEachViewport, test } from "../support/test.js";

/** A fresh starter design leaves questions open: the review has findings on its parts. */
const starter = starterDocument("Untitled design", { id: "untitled-design" });
const open = review(starter).filter((f) => !f.suppressed);
const onPart = (id: string) => open.filter((f) => (f.nodes as readonly string[]).includes(id));
/** The part with the most findings. */
const target = starter.nodes.map((n) => n.id).sort((a, b) => onPart(b).length - onPart(a).length)[0]!;

forEachViewport(
  (name) => {
    const narrow = name === "phone" || name === "tablet";

    test("the badge on a part opens its findings in its inspector, with why and how to fix; the Review tab counts them all", async ({
      page,
      keepScreenshot,
    }) => {
      expect(onPart(target).length).toBeGreaterThan(0);
      await openNewDesign(page);
      // The count on the Review tab (or the dock's Review button) is the number of open findings.
      const reviewButton = narrow ? page.getByRole("button", { name: /^Review/ }) : page.getByRole("tab", { name: /^Review/ });
      await expect(reviewButton).toHaveAccessibleName(`Review ${open.length} open finding${open.length === 1 ? "" : "s"}`);

      const badge = nodeById(page, target).locator(".finding-badge");
      await expect(badge).toHaveText(String(onPart(target).length));
      await badge.click();
      await expect(nodeById(page, target)).toHaveClass(/selected/);
      const inspector = page.getByRole("region", { name: "Part inspector" });
      await expect(inspector).toBeVisible();
      const list = inspector.getByRole("region", { name: /Review findings/ });
      await expect(list).toBeInViewport();
      for (const f of onPart(target)) {
        const item = list.getByRole("listitem").filter({ hasText: f.message });
        await expect(item).toBeVisible();
        await expect(item).toContainText(f.why);
        await expect(item).toContainText(f.hint);
      }
      await keepScreenshot(`findings-${name}`);

      // The review panel lists every open finding.
      if (!narrow) await reviewButton.click();
      else {
        await page.keyboard.press("Escape");
        await reviewButton.click();
      }
      await expect(page.getByRole("region", { name: "Review" }).locator(".finding-target")).toHaveCount(open.length);
    });
  },
  ["phone", "desktop"],
);
