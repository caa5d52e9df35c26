import { join } from "node:path";
import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { watchConsole } from "../../support/browser.js";
import { type Seed, seedStorage } from "./storage.js";
import { VIEWPORTS, type ViewportName } from "./viewports.js";

/**
 * The `test` every spec imports. Each test has its own browser context (a fresh profile:
 * empty IndexedDB and localStorage) and these fixtures:
 *
 * - `seed(seed)`: writes designs and localStorage entries before the app first loads.
 * - `newUser()`: a page in another fresh profile (someone else opening a link).
 * - `keepScreenshot(name, of?)`: a screenshot of the page (or of `of`, another window) to
 *   look at, under test-results/e2e/screens/.
 * - an automatic watcher that fails the test if any page of its contexts throws an
 *   uncaught error; with `test.use({ strictConsole: true })` also if one logs a console
 *   error or opens a dialog (alert, confirm).
 */
interface Options {
  strictConsole: boolean;
}

interface Fixtures {
  seed: (seed: Seed) => Promise<void>;
  newUser: () => Promise<Page>;
  keepScreenshot: (name: string, of?: Page) => Promise<void>;
  pageErrors: string[];
}

const watch = (context: BrowserContext, errors: string[], strictConsole: boolean) => {
  context.on("weberror", (e) => errors.push(`${e.page()?.url() ?? "a page"}: ${e.error().stack ?? e.error().message}`));
  if (strictConsole) watchConsole(context, errors);
};

export const test = base.extend<Fixtures & Options>({
  strictConsole: [false, { option: true }],

  pageErrors: [
    async ({ context, strictConsole }, use) => {
      const errors: string[] = [];
      watch(context, errors, strictConsole);
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],

  seed: async ({ page, baseURL }, use) => {
    await use((seed) => seedStorage(page, baseURL!, seed));
  },

  newUser: async ({ browser, baseURL, viewport, colorScheme, pageErrors, strictConsole }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ baseURL: baseURL!, viewport, colorScheme });
      watch(context, pageErrors, strictConsole);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },

  keepScreenshot: async ({ page }, use, testInfo) => {
    await use(async (name, of = page) => {
      await of.screenshot({ path: join(testInfo.project.outputDir, "screens", `${name}.png`) });
    });
  },
});

/**
 * Declares the tests of `body` once per screen size (phone, tablet, laptop, desktop), each
 * in a group named after the size; `only` narrows the sizes.
 */
export const forEachViewport = (body: (name: ViewportName) => void, only: ViewportName[] = Object.keys(VIEWPORTS) as ViewportName[]) => {
  for (const name of only) {
    const size = VIEWPORTS[name];
    test.describe(`${name} ${size.width}×${size.height}`, () => {
      test.use({ viewport: size });
      body(name);
    });
  }
};

export { expect };
