import { type DocumentProps, pdf } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import { type CoursePackEntry, CoursePackFrontMatter, type CoursePackOptions, coursePackPlan } from "./course-pack.js";
import { FONT_FAMILY, type FontFiles, type FontMetrics, loadFonts, needsShaping, PLAIN_FONT_FAMILY, registerFonts } from "./fonts.js";
import { Handout } from "./handout.js";
import { type HandoutInput, handoutStrings } from "./prepare.js";

/**
 * The DejaVu Sans files for a browser build. A bundler (Vite, webpack 5, Rollup with the
 * asset plugin) turns `new URL(bare specifier, import.meta.url)` into an emitted asset.
 * @public
 */
export const browserFontFiles = (): FontFiles => ({
  regular: new URL("dejavu-fonts-ttf/ttf/DejaVuSans.ttf", import.meta.url).href,
  bold: new URL("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf", import.meta.url).href,
});

/**
 * Options of the browser render functions: the font files to embed.
 * @public
 */
export interface RenderOptions {
  /** Where the fonts are; defaults to the bundler-resolved package files. */
  fonts?: FontFiles;
}

/**
 * Registers and loads the fonts, then builds the element with the exact metrics of the family
 * to set it in: the plain faces when they are registered and none of `texts` needs shaping,
 * else the full ones (always, when `texts` is not given).
 */
export const withFonts = async <T>(
  fonts: FontFiles,
  build: (metrics: FontMetrics, fontFamily: string) => T,
  texts?: Iterable<string>,
): Promise<T> => {
  registerFonts(fonts);
  const family = fonts.plain && texts && !needsShaping(texts) ? PLAIN_FONT_FAMILY : FONT_FAMILY;
  return build(await loadFonts(family), family);
};

export const handoutElement = async (
  input: HandoutInput,
  fonts: FontFiles,
  onPageCount?: (n: number) => void,
): Promise<ReactElement<DocumentProps>> =>
  withFonts(
    fonts,
    (metrics, fontFamily) =>
      createElement(Handout, { ...input, metrics, fontFamily, ...(onPageCount ? { onPageCount } : {}) }) as ReactElement<DocumentProps>,
    handoutStrings(input),
  );

/** Renders a react-pdf document to bytes: `renderToBuffer` in Node, a Blob in a browser. */
export type RenderBytes = (element: ReactElement<DocumentProps>) => Promise<Uint8Array>;

/**
 * A course pack bound from its handouts' PDFs: each entry's `pdf` (rendered first where
 * missing), behind a cover, contents and part dividers rendered with react-pdf.
 */
export const bindCoursePack = async (
  entries: readonly CoursePackEntry[],
  options: CoursePackOptions,
  fonts: FontFiles,
  render: RenderBytes,
): Promise<{ bytes: Uint8Array; pages: number }> => {
  const counted: CoursePackEntry[] = [];
  // pdf-lib loads only when a pack is bound (a worker thread rendering handouts never needs it).
  const { bindPdfs, loadPdf } = await import("./bind.js");
  const pdfs = new Map<CoursePackEntry, Awaited<ReturnType<typeof loadPdf>>>();
  for (const e of entries) {
    const pdf = await loadPdf(e.pdf ?? (await render(await handoutElement(e, fonts))));
    const entry = { ...e, pages: pdf.getPageCount() };
    counted.push(entry);
    pdfs.set(entry, pdf);
  }
  const metrics = await withFonts(fonts, (m) => m);
  const front = await render(
    createElement(CoursePackFrontMatter, { entries: counted, ...options, metrics }) as ReactElement<DocumentProps>,
  );
  const plan = coursePackPlan(counted, options, metrics);
  return bindPdfs({
    ...plan,
    front: await loadPdf(front),
    parts: plan.parts.map((p) => ({ ...p, entries: p.entries.map((e) => ({ ...e, pdf: pdfs.get(e.entry)! })) })),
  });
};

const renderBlob: RenderBytes = async (element) => new Uint8Array(await (await pdf(element).toBlob()).arrayBuffer());

/**
 * The handout as a PDF Blob, for a browser download ("Export PDF").
 * @public
 */
export const renderHandoutToBlob = async (input: HandoutInput, options: RenderOptions = {}): Promise<Blob> =>
  pdf(await handoutElement(input, options.fonts ?? browserFontFiles())).toBlob();

/**
 * A course pack of many designs as a PDF Blob: a cover, contents (linked, with page numbers)
 * and part dividers, then each handout's own PDF bound in as printed, with its own running
 * header and "Page n of N" footer. Pass each entry's `pdf` (a handout already rendered) to
 * skip rendering it again.
 * @public
 */
export const renderCoursePackToBlob = async (
  entries: readonly CoursePackEntry[],
  options: CoursePackOptions & RenderOptions = {},
): Promise<Blob> => {
  const { bytes } = await bindCoursePack(entries, options, options.fonts ?? browserFontFiles(), renderBlob);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/pdf" });
};
