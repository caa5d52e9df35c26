import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { getReference, getRubric } from "@mlsd/catalog";
import type { HandoutInput } from "@mlsd/pdf";
import { renderHandouts, writeCoursePack, writeFileAtomic } from "@mlsd/pdf/node";
import { inCoursePack, type LoadedEntry, loadCatalog } from "./catalog.js";
import { printScene } from "./scene.js";

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
/** The folder (inside `outDir`) of every exercise's worksheet and answer key. */
export const EXERCISES_DIR = "exercises";

/** An exercise's worksheet (from its starter) and answer key (its reference design and rubric), by file name. */
const exerciseSheets = async (entry: LoadedEntry): Promise<[string, HandoutInput][]> => {
  const id = entry.catalog.id;
  const reference = await getReference(id);
  return [
    [`${id}-worksheet.pdf`, { document: entry.document, scene: entry.scene, variant: "worksheet" }],
    [
      `${id}-answer-key.pdf`,
      { document: reference, scene: await printScene(reference), variant: "answer-key", rubric: await getRubric(id) },
    ],
  ];
};

/**
 * Writes one handout per catalogue document, a worksheet and an answer key per exercise (in
 * `exercises/`) and the course pack into `outDir`. Each file is
 * written through a temporary name, so an interrupted run leaves no half-written PDF.
 */
export const buildHandouts = async (options: BuildOptions): Promise<BuildResult> => {
  const started = performance.now();
  await mkdir(options.outDir, { recursive: true });
  const entries: LoadedEntry[] = await loadCatalog(options.only);
  const exercises = entries.filter((e) => e.catalog.kind === "exercise");
  const total = entries.length + 2 * exercises.length + 1;
  if (exercises.length > 0) await mkdir(join(options.outDir, EXERCISES_DIR), { recursive: true });
  const jobs: [string, HandoutInput][] = entries.map((e) => [`${e.document.id}.pdf`, e]);
  for (const entry of exercises) for (const [name, input] of await exerciseSheets(entry)) jobs.push([join(EXERCISES_DIR, name), input]);
  const files: BuiltFile[] = [];
  let done = 0;
  const writes: Promise<void>[] = [];
  // On worker threads (one per core); each PDF is written as soon as it is ready.
  const rendered = await renderHandouts(
    jobs.map(([, input]) => input),
    {
      onRendered: (i, out) => {
        const [name] = jobs[i]!;
        const file = join(options.outDir, name);
        writes.push(
          writeFileAtomic(file, out.bytes).then(() => {
            files[i] = { file, pages: out.pages, bytes: out.bytes.length };
            options.onProgress?.(++done, total, name);
          }),
        );
      },
    },
  );
  await Promise.all(writes);
  // The pack binds these very PDFs: keep the bytes with the page count.
  for (const [i, entry] of entries.entries()) ({ pages: entry.pages, bytes: entry.pdf } = rendered[i]!);
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
