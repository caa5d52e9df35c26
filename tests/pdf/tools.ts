import { execFileSync, spawnSync } from "node:child_process";

/** Runs a poppler or qpdf tool on a PDF file; returns stdout. */
export const tool = (name: string, args: readonly string[]): string =>
  execFileSync(name, [...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

export const qpdfCheck = (file: string): { status: number | null; output: string } => {
  const r = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
};

/** Every page's size in points, from `pdfinfo -f 1 -l N`. */
export const pageSizes = (file: string, pages: number): { width: number; height: number }[] =>
  [...tool("pdfinfo", ["-f", "1", "-l", String(pages), file]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));

export const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/.exec(tool("pdfinfo", [file]))?.[1] ?? Number.NaN);

/** `pdffonts` rows: font name and whether it is embedded. */
export const fonts = (file: string): { name: string; embedded: boolean }[] =>
  tool("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === "yes" };
    });

/** Text with all white space removed: labels and addresses wrap anywhere in a table cell. */
export const squash = (text: string): string => text.replace(/\s+/g, "");
