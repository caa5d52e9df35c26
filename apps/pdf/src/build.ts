import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { renderHandout, writeCoursePack, writeFileAtomic } from "@mlsd/pdf/node";
import { inCoursePack, type LoadedEntry, loadCatalog } from "./catalog.js";

export interface BuiltFile {
  file: string;
  pages: number;
  bytes: number;
}

export interface BuildResult {
  files: BuiltFile[];
  seconds: number;
}

export interface BuildOptions {
  outDir: string;
  /** Only these catalogue ids (default: all). */
  only?: readonly string[];
  /** Called after each file: done so far, total, the file's name. */
  onProgress?: (done: number, total: number, name: string) => void;
}

export const COURSE_PACK = "course-pack.pdf";

/**
 * Writes one handout per catalogue document and the course pack into `outDir`. Each file is
 * written through a temporary name, so an interrupted run leaves no half-written PDF.
 */
export const buildHandouts = async (options: BuildOptions): Promise<BuildResult> => {
  const started = performance.now();
  await mkdir(options.outDir, { recursive: true });
  const entries: LoadedEntry[] = await loadCatalog(options.only);
  const total = entries.length + 1;
  const files: BuiltFile[] = [];
  let done = 0;
  for (const entry of entries) {
    const file = join(options.outDir, `${entry.document.id}.pdf`);
    const out = await renderHandout(entry);
    await writeFileAtomic(file, out.bytes);
    entry.pages = out.pages;
    files.push({ file, pages: out.pages, bytes: out.bytes.length });
    options.onProgress?.(++done, total, `${entry.document.id}.pdf`);
  }
  const packFile = join(options.outDir, COURSE_PACK);
  const pack = await writeCoursePack(packFile, entries.filter(inCoursePack), {
    subtitle: "Twelve case studies of production ML systems and twenty-seven design exercises, one handout each.",
  });
  files.push({ file: packFile, ...pack });
  options.onProgress?.(++done, total, COURSE_PACK);
  return { files, seconds: (performance.now() - started) / 1000 };
};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The closing line(s) of `pnpm handouts`. */
export const summarize = (result: BuildResult, outDir: string): string => {
  const pages = result.files.reduce((a, f) => a + f.pages, 0);
  const bytes = result.files.reduce((a, f) => a + f.bytes, 0);
  const pack = result.files.find((f) => f.file.endsWith(COURSE_PACK));
  return [
    `wrote ${result.files.length} files to ${outDir}: ${pages} pages, ${mb(bytes)}, in ${result.seconds.toFixed(1)} s`,
    pack ? `course pack: ${pack.file} (${pack.pages} pages, ${mb(pack.bytes)})` : "",
  ]
    .filter(Boolean)
    .join("\n");
};
