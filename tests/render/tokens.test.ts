import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "@mlsd/catalog";
import { isPlaced } from "@mlsd/core";
import { renderHandout } from "@mlsd/pdf/node";
import { MlsdDiagram } from "@mlsd/react";
import { type Scene, sceneFromDocument, THEMES, themeStyleSheet } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";
import { PNG } from "pngjs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tool } from "../pdf/tools.js";

// A look is decided in one place: change one token of @mlsd/scene's light theme (the
// label background) and the static SVG, the React viewer, the printed handout and the
// editor's style sheet all show the change. Pure green is nowhere else in a drawing.
const GREEN = "#00ff00";

let dir = "";
let scene: Scene;
const saved = { labelFill: THEMES.light.labelFill, labelOpacity: THEMES.light.labelOpacity };
const tokens = THEMES.light as { labelFill: string; labelOpacity: number };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mlsd-tokens-"));
  const document = await getDocument("trigger-word");
  if (!isPlaced(document)) throw new Error("trigger-word has no stored layout");
  scene = sceneFromDocument(document);
});
afterAll(async () => {
  Object.assign(tokens, saved);
  await rm(dir, { recursive: true, force: true });
});

/** Pixels of exactly `#00ff00` on page 1 of the trigger-word handout. */
const greenPixelsOnPage1 = async (name: string): Promise<number> => {
  const document = await getDocument("trigger-word");
  const { bytes } = await renderHandout({ document, scene });
  const pdf = join(dir, `${name}.pdf`);
  await writeFile(pdf, bytes);
  tool("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", pdf, join(dir, name)]);
  const png = PNG.sync.read(await readFile(join(dir, `${name}.png`)));
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 0 && png.data[i + 1] === 255 && png.data[i + 2] === 0) count++;
  return count;
};

const labelRects = (markup: string) =>
  [...markup.matchAll(/class="mlsd-edge-label"[^>]*>(?:<title>[^<]*<\/title>)?<rect [^>]*?fill="([^"]+)" fill-opacity="([^"]+)"/g)].map(
    (m) => [m[1], m[2]],
  );

it("a change to the label background token shows in SVG, React, PDF and the editor's CSS", async () => {
  const react = () => renderToStaticMarkup(createElement(MlsdDiagram, { scene, controls: false, caption: false }));
  expect(labelRects(renderSvg(scene))).toEqual([[saved.labelFill, String(saved.labelOpacity)]]);
  expect(await greenPixelsOnPage1("before")).toBe(0);

  Object.assign(tokens, { labelFill: GREEN, labelOpacity: 1 });
  expect(labelRects(renderSvg(scene))).toEqual([[GREEN, "1"]]);
  expect(labelRects(react())).toEqual([[GREEN, "1"]]);
  expect(await greenPixelsOnPage1("after")).toBeGreaterThan(50);
  expect(themeStyleSheet()).toContain(`--mlsd-label-fill: ${GREEN};`);
  expect(themeStyleSheet()).toContain("--mlsd-label-opacity: 100%;");
}, 60_000);
