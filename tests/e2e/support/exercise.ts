import { expect, type Page } from "@playwright/test";

/** Locators and steps for exercise mode and the comparison view. */

export const FRAUD = { id: "credit-card-fraud", title: "Credit card fraud detection" } as const;

export const exercisePanel = (page: Page) => page.getByRole("region", { name: "Exercise" });
export const diffNodes = (page: Page) => page.locator(".react-flow__node-diff");
export const diffNode = (page: Page, id: string) => page.locator(`.react-flow__node-diff[data-id="${id}"]`);
export const diffEdge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
export const differences = (page: Page) => page.getByRole("navigation", { name: "Differences" });

/** Ids of the parts selected on the canvas, sorted. */
export const selectedIds = (page: Page, which: "node" | "edge") =>
  page
    .locator(which === "node" ? ".react-flow__node.selected" : ".react-flow__edge.selected")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-id") ?? "").sort());

/**
 * Records every script the page loads, so a test can tell whether a module (a reference
 * design) has reached the browser: `holds(text)` fetches the scripts loaded so far and says
 * whether any contains the text.
 */
export const watchScripts = (page: Page) => {
  const urls = new Set<string>();
  page.on("request", (r) => {
    if (r.resourceType() === "script") urls.add(r.url());
  });
  return {
    holds: async (text: string) => {
      for (const url of urls) if ((await (await page.request.get(url)).text()).includes(text)) return true;
      return false;
    },
  };
};

/** The score the panel shows, as numbers. */
export const shownScore = async (page: Page) => {
  const text = (await exercisePanel(page).locator(".check-score").textContent()) ?? "";
  const m = /([\d.]+) \/ (\d+)/.exec(text);
  if (!m) throw new Error(`no score in “${text}”`);
  return { score: Number(m[1]), max: Number(m[2]) };
};

/** Starts an exercise from its gallery card and waits for the exercise panel. */
export const startExercise = async (page: Page, id: string, title: string) => {
  await page.goto("/");
  const start = page.getByRole("link", { name: `Start exercise: ${title}` });
  await start.click();
  await page.waitForURL(new RegExp(`#/edit/exercise-${id}$`));
  await expect(page.getByRole("tab", { name: "Exercise" })).toHaveAttribute("aria-selected", "true");
  await expect(exercisePanel(page).getByRole("button", { name: "Check my design" })).toBeEnabled();
};
