import { existsSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { formatProblems } from "@mlsd/core";
import { storedOrFreshScene } from "@mlsd/layout";
import { renderSvg } from "@mlsd/svg";
import { Resvg } from "@resvg/resvg-js";
import type { Command } from "commander";
import type { Io } from "../io.js";
import { readDocument, writeFileAtomic } from "../io.js";
import { parseDirection, parseTargetOption, shapeOptions } from "./layout.js";

const FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts", "C:\\Windows\\Fonts"];

const hasFonts = (dir: string, depth = 3): boolean => {
  if (depth < 0 || !existsSync(dir)) return false;
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? hasFonts(join(dir, e.name), depth - 1) : /\.(ttf|otf|ttc)$/i.test(e.name),
    );
  } catch {
    return false;
  }
};

/** SVG → PNG with resvg and the system's fonts (DejaVu Sans is the expected fallback). */
export const svgToPng = (svg: string, scale: number, warn: (text: string) => void): Uint8Array => {
  const fontDirs = FONT_DIRS.filter((d) => existsSync(d));
  if (!fontDirs.some((d) => hasFonts(d)))
    warn("mlsd render: no system fonts found, so the PNG will have no text; install e.g. fonts-dejavu-core\n");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { loadSystemFonts: true, fontDirs, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
};

export const registerRender = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("render")
    .description("draw a design as SVG or PNG (stored positions when complete, else a fresh layout)")
    .argument("<file>", "a .mlsd.json file")
    .option("-o, --output <file>", "out.svg or out.png (default: SVG on standard output)")
    .option("--theme <theme>", "light or dark", "light")
    .option("--direction <direction>", "lay out afresh in this arrangement: rows, right or down")
    .option("--target <shape>", "lay out afresh in rows fitted to: screen, a4-portrait, a4-landscape or W:H")
    .option("--scale <factor>", "PNG pixels per SVG unit", "2")
    .action(async (file: string, opts: { output?: string; theme: string; direction?: string; target?: string; scale: string }) => {
      const direction = parseDirection(opts.direction, io, "render");
      if (direction === null) return setCode(2);
      const target = parseTargetOption(opts.target, direction, io, "render");
      if (target === null) return setCode(2);
      if (opts.theme !== "light" && opts.theme !== "dark") {
        io.err(`mlsd render: --theme must be "light" or "dark", got "${opts.theme}"\n`);
        return setCode(2);
      }
      const scale = Number(opts.scale);
      if (!Number.isFinite(scale) || scale <= 0 || scale > 8) {
        io.err(`mlsd render: --scale must be a number above 0 and at most 8, got "${opts.scale}"\n`);
        return setCode(2);
      }
      const ext = opts.output ? extname(opts.output).toLowerCase() : ".svg";
      if (ext !== ".svg" && ext !== ".png") {
        io.err(`mlsd render: the output must end in .svg or .png, got "${opts.output}"\n`);
        return setCode(2);
      }
      const read = await readDocument(file);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const doc = read.value;
      const { scene, stored } = await storedOrFreshScene(doc, shapeOptions(direction, target));
      const svg = renderSvg(scene, { theme: opts.theme });
      if (!opts.output) {
        io.out(svg);
        return setCode(0);
      }
      await writeFileAtomic(opts.output, ext === ".png" ? svgToPng(svg, scale, io.err) : svg);
      io.err(`wrote ${opts.output}${stored ? " (stored positions)" : " (fresh layout)"}\n`);
      setCode(0);
    });
