import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderToBuffer } from "@react-pdf/renderer";
import type { CoursePackEntry, CoursePackOptions } from "./course-pack.js";
import { type FontFiles, withoutShaping } from "./fonts.js";
import { type RenderHandoutsOptions, renderOnThreads, threadCount } from "./pool.js";
import type { HandoutInput } from "./prepare.js";
import { bindCoursePack, handoutElement, type RenderBytes } from "./render.js";
import { writeFileAtomic } from "./write.js";

let nodeFonts: FontFiles | undefined;

/**
 * The DejaVu Sans files as installed next to this package, with their plain variants
 * (`withoutShaping`) read and made once per thread.
 * @public
 */
export const nodeFontFiles = (): FontFiles => {
  if (nodeFonts) return nodeFonts;
  const require = createRequire(import.meta.url);
  const regular = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
  const bold = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");
  const plain = (file: string) => `data:font/ttf;base64,${Buffer.from(withoutShaping(readFileSync(file))).toString("base64")}`;
  nodeFonts = { regular, bold, plain: { regular: plain(regular), bold: plain(bold) } };
  return nodeFonts;
};

/**
 * Options of the Node render functions.
 * @public
 */
export interface NodeRenderOptions {
  fonts?: FontFiles;
}

/**
 * A rendered PDF and its page count.
 * @public
 */
export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/**
 * Renders one handout; also reports its page count.
 * @public
 */
export const renderHandout = async (input: HandoutInput, options: NodeRenderOptions = {}): Promise<RenderedPdf> => {
  let pages = 0;
  const element = await handoutElement(input, options.fonts ?? nodeFontFiles(), (n) => {
    pages = Math.max(pages, n);
  });
  const bytes = await renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
  return { bytes, pages };
};

/**
 * Renders many handouts on worker threads (one per core by default): react-pdf lays a
 * handout out on one thread, so a batch is only as fast as the cores it is spread over.
 * Resolves to the PDFs in the order of `inputs`; rejects with the first failure, naming
 * its document.
 * @public
 */
export const renderHandouts = async (inputs: readonly HandoutInput[], options: RenderHandoutsOptions = {}): Promise<RenderedPdf[]> => {
  const fonts = options.fonts ?? nodeFontFiles();
  const threads = threadCount(inputs.length, options.threads);
  if (threads > 1) return renderOnThreads(inputs, threads, fonts, options.onRendered);
  const out: RenderedPdf[] = [];
  for (const [i, input] of inputs.entries()) {
    out.push(await renderHandout(input, { fonts }));
    options.onRendered?.(i, out[i]!);
  }
  return out;
};

/**
 * A handout as a PDF in a Buffer.
 * @public
 */
export const renderHandoutToBuffer = async (input: HandoutInput, options: NodeRenderOptions = {}): Promise<Buffer> =>
  (await renderHandout(input, options)).bytes;

const renderBytes: RenderBytes = (element) => renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);

/**
 * Renders a course pack: a cover, contents (linked, with page numbers) and part dividers,
 * then each handout's own PDF bound in as printed, with its own running header and
 * "Page n of N" footer. Pass each entry's `pdf` (the `bytes` of `renderHandout`) to bind
 * those; entries without one are rendered first.
 * @public
 */
export const renderCoursePack = async (
  entries: readonly CoursePackEntry[],
  options: CoursePackOptions & NodeRenderOptions = {},
): Promise<RenderedPdf> => {
  const { bytes, pages } = await bindCoursePack(entries, options, options.fonts ?? nodeFontFiles(), renderBytes);
  return { bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages };
};

/**
 * Page count of a PDF written by react-pdf (pdfkit writes page objects uncompressed).
 * @public
 */
export const countPages = (bytes: Uint8Array): number => {
  const text = Buffer.from(bytes).toString("latin1");
  return text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
};

/**
 * Renders a handout and writes it to `file` atomically; resolves to its page count and size.
 * @public
 */
export const writeHandout = async (
  file: string,
  input: HandoutInput,
  options: NodeRenderOptions = {},
): Promise<{ pages: number; bytes: number }> => {
  const out = await renderHandout(input, options);
  await writeFileAtomic(file, out.bytes);
  return { pages: out.pages, bytes: out.bytes.length };
};

/**
 * Writes a course pack to a file (through a temporary file and a rename); resolves to its bytes and page count.
 * @public
 */
export const writeCoursePack = async (
  file: string,
  entries: readonly CoursePackEntry[],
  options: CoursePackOptions & NodeRenderOptions = {},
): Promise<{ pages: number; bytes: number }> => {
  const out = await renderCoursePack(entries, options);
  await writeFileAtomic(file, out.bytes);
  return { pages: out.pages, bytes: out.bytes.length };
};

export * from "./index.js";
export type { RenderHandoutsOptions } from "./pool.js";
export { writeFileAtomic } from "./write.js";
