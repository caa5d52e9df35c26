import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs a poppler/qpdf tool on PDF bytes (written to a temporary file) and returns stdout. */
export const pdfTool = (tool: string, args: string[], bytes: Uint8Array): string => {
  const dir = mkdtempSync(join(tmpdir(), "mlsd-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, bytes);
    return execFileSync(tool, [...args.map((a) => (a === "$PDF" ? file : a))], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const pdftotext = (bytes: Uint8Array, ...args: string[]) => pdfTool("pdftotext", [...args, "$PDF", "-"], bytes);

/** `qpdf --check` exit status and output. */
export const qpdfCheck = (bytes: Uint8Array): { status: number | null; output: string } => {
  const dir = mkdtempSync(join(tmpdir(), "mlsd-pdf-"));
  try {
    const file = join(dir, "in.pdf");
    writeFileSync(file, bytes);
    const r = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

/** The PDF's outline (bookmarks) as qpdf reads it. */
export const outline = (bytes: Uint8Array): OutlineItem[] => {
  const json = JSON.parse(pdfTool("qpdf", ["--json", "--json-key=outlines", "$PDF"], bytes)) as {
    outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[];
  };
  const map = (items: { title: string; destpageposfrom1: number; kids: unknown[] }[]): OutlineItem[] =>
    items.map((i) => ({ title: i.title, page: i.destpageposfrom1, kids: map(i.kids as typeof items) }));
  return map(json.outlines);
};

/** Names of the fonts and whether each is embedded, from `pdffonts`. */
export const fonts = (bytes: Uint8Array): { name: string; embedded: boolean }[] =>
  pdfTool("pdffonts", ["$PDF"], bytes)
    .split("\n")
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      // name, type (1-2 words), encoding, emb, sub, uni, object, ID
      return { name: cols[0]!, embedded: cols[cols.length - 5] === "yes" };
    });

/** Named destinations and the page each goes to (1-based), from `pdfinfo -dests`. */
export const namedDests = (bytes: Uint8Array): Map<string, number> =>
  new Map(
    pdfTool("pdfinfo", ["-dests", "$PDF"], bytes)
      .split("\n")
      .slice(1)
      .flatMap((l) => {
        const m = /^\s*(\d+)\s.*"(.*)"\s*$/.exec(l);
        return m ? [[m[2]!, Number(m[1])] as const] : [];
      }),
  );
