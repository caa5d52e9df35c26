import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocumentText } from "@mlsd/core";
import { renderHandout } from "@mlsd/pdf/node";
import type { Scene } from "@mlsd/scene";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tool } from "./tools.js";

// Page 1 of the framework's own figure, compared with a committed picture. The document
// and its Scene are frozen in fixtures/, so a change to the catalogue, the layout or the
// edge router does not move the picture: only the handout's own drawing does. Regenerate
// deliberately with UPDATE_PDF_BASELINE=1 after a wanted change, and look at the new
// picture before committing it.
const ID = "project-flow";
const HERE = dirname(fileURLToPath(import.meta.url));
const BASELINE = join(HERE, "baseline", `${ID}-page1.png`);
const DPI = "40";
/** Share of pixels allowed to differ (anti-aliasing): about 30; one changed word moves 160. */
const TOLERANCE = 0.0002;

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlsd-visual-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it(`page 1 of the ${ID} handout looks as it did`, async () => {
  const parsed = parseDocumentText(await readFile(join(HERE, "fixtures", `${ID}.mlsd.json`), "utf8"));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const scene = JSON.parse(await readFile(join(HERE, "fixtures", `${ID}.scene.json`), "utf8")) as Scene;
  const { bytes } = await renderHandout({ document: parsed.value, scene });
  const pdf = join(dir, "h.pdf");
  await writeFile(pdf, bytes);
  tool("pdftoppm", ["-png", "-r", DPI, "-f", "1", "-l", "1", "-singlefile", pdf, join(dir, "page")]);
  const actualBytes = await readFile(join(dir, "page.png"));
  if (process.env.UPDATE_PDF_BASELINE === "1") await writeFile(BASELINE, actualBytes);
  expect(existsSync(BASELINE), `no baseline at ${BASELINE}; run with UPDATE_PDF_BASELINE=1 once and look at it`).toBe(true);
  const expected = PNG.sync.read(await readFile(BASELINE));
  const actual = PNG.sync.read(actualBytes);
  expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing / (actual.width * actual.height) > TOLERANCE) {
    // Where to look when it fails (test-results/ is git-ignored).
    const results = join(HERE, "..", "..", "test-results", "pdf");
    await mkdir(results, { recursive: true });
    await writeFile(join(results, `${ID}-page1.actual.png`), actualBytes);
    await writeFile(join(results, `${ID}-page1.diff.png`), PNG.sync.write(diff));
  }
  expect(differing / (actual.width * actual.height)).toBeLessThanOrEqual(TOLERANCE);
}, 60_000);
