import { type DocumentProps, pdf } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import { CoursePack, type CoursePackEntry, type CoursePackOptions } from "./course-pack.js";
import { type FontFiles, loadFonts, registerFonts } from "./fonts.js";
import { Handout } from "./handout.js";
import type { HandoutInput } from "./prepare.js";

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

/** Registers and loads the fonts, then builds the element with their exact metrics. */
export const withFonts = async <T>(fonts: FontFiles, build: (metrics: Awaited<ReturnType<typeof loadFonts>>) => T): Promise<T> => {
  registerFonts(fonts);
  return build(await loadFonts());
};

export const handoutElement = async (
  input: HandoutInput,
  fonts: FontFiles,
  onPageCount?: (n: number) => void,
): Promise<ReactElement<DocumentProps>> =>
  withFonts(
    fonts,
    (metrics) => createElement(Handout, { ...input, metrics, ...(onPageCount ? { onPageCount } : {}) }) as ReactElement<DocumentProps>,
  );

export const coursePackElement = async (
  entries: readonly CoursePackEntry[],
  options: CoursePackOptions,
  fonts: FontFiles,
): Promise<ReactElement<DocumentProps>> =>
  withFonts(fonts, (metrics) => createElement(CoursePack, { entries, ...options, metrics }) as ReactElement<DocumentProps>);

/**
 * The handout as a PDF Blob, for a browser download ("Export PDF").
 * @public
 */
export const renderHandoutToBlob = async (input: HandoutInput, options: RenderOptions = {}): Promise<Blob> =>
  pdf(await handoutElement(input, options.fonts ?? browserFontFiles())).toBlob();

/**
 * A course pack of many designs as a PDF Blob.
 * @public
 */
export const renderCoursePackToBlob = async (
  entries: readonly CoursePackEntry[],
  options: CoursePackOptions & RenderOptions = {},
): Promise<Blob> => pdf(await coursePackElement(entries, options, options.fonts ?? browserFontFiles())).toBlob();
