import { existsSync, readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { formatProblems, LIMITS } from "@mlsd/core";
import { storedOrFreshScene } from "@mlsd/layout";
import { renderSvg } from "@mlsd/svg";
import { Resvg } from "@resvg/resvg-js";
import type { Command } from "commander";
import { checkOutput, type Io, readDocument, writeFileAtomic } from "../io.js";
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

/**
 * Bidi and other invisible characters as XML character references (`&#x202e;`): the same
 * SVG, but nothing in it can reorder or rewrite a terminal it is printed to.
 */
const charRefs = (svg: string) =>
  svg.replace(/[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

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

/** The bounds of --scale: below 0.1 a design is a smudge of a few pixels. */
const SCALE = { min: 0.1, max: 8 } as const;

/** The SVG's size in its own units (its width and height attributes). */
const svgSize = (svg: string) => {
  const m = /^<svg[^>]*? width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
};

/**
 * Why a PNG at this scale would be too large (LIMITS.pngSide pixels on a side, as in the
 * editor), with the largest scale that fits; undefined when it fits. Checked before resvg
 * allocates anything: far-apart parts once took gigabytes.
 */
export const pngTooLarge = (svg: string, scale: number): string | undefined => {
  const { width, height } = svgSize(svg);
  const px = { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
  const max = LIMITS.pngSide;
  if (px.width <= max && px.height <= max) return undefined;
  const fits = Math.floor((max / Math.max(width, height)) * 100) / 100;
  const n = (v: number) => v.toLocaleString("en-US");
  const advice = fits >= SCALE.min ? `the largest scale that fits is ${fits} (--scale ${fits}); or` : "no scale of 0.1 or more fits, so";
  return `a PNG at --scale ${scale} would be ${n(px.width)} × ${n(px.height)} pixels, more than the ${n(max)}-pixel limit on a side; ${advice} write an SVG (-o design.svg), which has no size limit`;
};

export const registerRender = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("render")
    .description("draw a design as SVG or PNG (stored positions when complete, else a fresh layout)")
    .argument("<file>", "a .mlsd.json file (- reads standard input)")
    .option("-o, --output <file>", "out.svg or out.png (default: SVG on standard output)")
    .option("--theme <theme>", "light or dark", "light")
    .option("--direction <direction>", "lay out afresh in this arrangement: rows, right or down")
    .option("--target <shape>", "lay out afresh in rows fitted to: screen, a4-portrait, a4-landscape or W:H")
    .option("--scale <factor>", `PNG pixels per SVG unit, ${SCALE.min} to ${SCALE.max}; at most ${LIMITS.pngSide} pixels a side`, "2")
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
      if (!/^\s*[\d.]+\s*$/.test(opts.scale) || !Number.isFinite(scale) || scale < SCALE.min || scale > SCALE.max) {
        io.err(`mlsd render: --scale must be a number from ${SCALE.min} to ${SCALE.max} (PNG pixels per SVG unit), got "${opts.scale}"\n`);
        return setCode(2);
      }
      const ext = opts.output !== undefined ? extname(opts.output).toLowerCase() : ".svg";
      if (opts.output !== undefined) await checkOutput(opts.output);
      if (ext !== ".svg" && ext !== ".png") {
        io.err(`mlsd render: the output must end in .svg or .png, got "${opts.output}"\n`);
        return setCode(2);
      }
      const read = await readDocument(file, io.stdin);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const doc = read.value;
      const { scene, stored } = await storedOrFreshScene(doc, shapeOptions(direction, target));
      const svg = renderSvg(scene, { theme: opts.theme });
      if (opts.output === undefined) {
        io.out(charRefs(svg));
        return setCode(0);
      }
      const tooLarge = ext === ".png" ? pngTooLarge(svg, scale) : undefined;
      if (tooLarge) {
        io.err(`mlsd render: ${tooLarge}\n`);
        return setCode(1);
      }
      await writeFileAtomic(opts.output, ext === ".png" ? svgToPng(svg, scale, io.err) : svg);
      io.err(`wrote ${opts.output}${stored ? " (stored positions)" : " (fresh layout)"}\n`);
      setCode(0);
    });
