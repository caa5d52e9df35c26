import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build as esbuild, type Metafile } from "esbuild";
import { build as vite } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWeb } from "../support/web.js";

/** Budgets in gzipped bytes (level 9) of what a page downloads first. */
const KB = 1024;
const BUDGETS = { svg: 10 * KB, react: 80 * KB };
/** The page brings React itself; it is not ours to count. */
const REACT = ["react", "react-dom", "react/jsx-runtime", "react-dom/client"];
/** Resolve as the tests package does: through node_modules to each package's built dist. */
const TESTS = fileURLToPath(new URL("..", import.meta.url));

const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

interface Measured {
  /** Gzipped bytes of the entry chunk and every chunk it imports statically. */
  initial: number;
  initialInputs: string[];
  /** Inputs found only in chunks behind a dynamic import(). */
  lazyInputs: string[];
}

/** esbuild, minified, split at dynamic imports: sizes and inputs from its metafile. */
const measureWithEsbuild = async (entry: string, external: string[]): Promise<Measured> => {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    splitting: true,
    outdir: "/mlsd-size",
    write: false,
    metafile: true,
    external,
    logLevel: "silent",
    absWorkingDir: TESTS,
  });
  const meta: Metafile = result.metafile;
  const code = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf("mlsd-size")), f.contents]));
  const at = (out: string) => out.slice(out.indexOf("mlsd-size"));
  const entryOut = Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint)!;
  const initial = new Set<string>();
  const walk = (out: string) => {
    if (initial.has(out)) return;
    initial.add(out);
    for (const imp of meta.outputs[out]!.imports) if (imp.kind === "import-statement" && !imp.external) walk(imp.path);
  };
  walk(entryOut);
  const inputs = (outs: string[]) => outs.flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
  return {
    initial: [...initial].reduce((sum, o) => sum + gz(code.get(at(o))!), 0),
    initialInputs: inputs([...initial]),
    lazyInputs: inputs(Object.keys(meta.outputs).filter((o) => !initial.has(o))),
  };
};

describe("size budgets", () => {
  it(`@mlsd/svg stays within ${kb(BUDGETS.svg)} gzipped`, async () => {
    const svg = await measureWithEsbuild("@mlsd/svg", []);
    console.log(`@mlsd/svg: ${kb(svg.initial)} gzipped (budget ${kb(BUDGETS.svg)})`);
    expect(svg.initial).toBeLessThanOrEqual(BUDGETS.svg);
    expect(svg.initialInputs.some((i) => i.includes("zod"))).toBe(false);
  });

  it(`@mlsd/react stays within ${kb(BUDGETS.react)} gzipped, React and the lazy layout chunk excluded (esbuild)`, async () => {
    const react = await measureWithEsbuild("@mlsd/react", [...REACT, "@mlsd/layout"]);
    console.log(`@mlsd/react (esbuild, layout external): ${kb(react.initial)} gzipped (budget ${kb(BUDGETS.react)})`);
    expect(react.initial).toBeLessThanOrEqual(BUDGETS.react);
    expect(react.initialInputs.some((i) => /node_modules\/(\.pnpm\/)?react/.test(i))).toBe(false);
  });

  it("keeps elkjs behind @mlsd/react's dynamic import of @mlsd/layout (esbuild)", async () => {
    const all = await measureWithEsbuild("@mlsd/react", REACT);
    expect(all.initialInputs.filter((i) => i.includes("elkjs"))).toEqual([]);
    expect(all.lazyInputs.some((i) => i.includes("elkjs"))).toBe(true);
  });

  it(`@mlsd/react as Vite 8 splits it: the first chunks stay within ${kb(BUDGETS.react)}, ELK and zod wait`, async () => {
    const entry = fileURLToPath(new URL("./fixtures/react-entry.js", import.meta.url));
    const result = await vite({
      root: TESTS,
      configFile: false,
      logLevel: "silent",
      build: { write: false, minify: true, lib: { entry, formats: ["es"] }, rollupOptions: { external: REACT } },
    });
    const chunks = [result]
      .flat()
      .flatMap((r) => ("output" in r ? r.output : []))
      .filter((c) => c.type === "chunk");
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const initial = new Set<string>();
    const walk = (name: string) => {
      const chunk = byName.get(name);
      if (!chunk || initial.has(name)) return;
      initial.add(name);
      for (const i of chunk.imports) walk(i);
    };
    for (const c of chunks) if (c.isEntry) walk(c.fileName);
    const bytes = [...initial].reduce((sum, n) => sum + gz(byName.get(n)!.code), 0);
    console.log(`@mlsd/react (Vite 8 lib build): ${kb(bytes)} gzipped before any layout`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.react);
    for (const n of initial) {
      expect(byName.get(n)!.code).not.toContain("org.eclipse.elk");
      expect(byName.get(n)!.code).not.toMatch(/ZodError|\$ZodType/);
    }
    expect(chunks.some((c) => !initial.has(c.fileName) && c.code.includes("org.eclipse.elk"))).toBe(true);
  });
});

describe("editor bundle budgets", () => {
  // The JavaScript a visit downloads before it can work (gzip), excluding the lazily loaded
  // layout engine and worker, PDF renderer, fonts and catalogue documents.
  const GALLERY_BUDGET_KB = 150;
  const EDITOR_BUDGET_KB = 240;
  let dist = "";

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "mlsd-web-size-"));
    await buildWeb(dist);
  }, 180_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it(`the gallery stays within ${GALLERY_BUDGET_KB} KB gzipped, and with the editor within ${EDITOR_BUDGET_KB} KB`, () => {
    type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;
    const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;
    const closure = (key: string, seen = new Set<string>()) => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const i of manifest[key]?.imports ?? []) closure(i, seen);
      return seen;
    };
    const gzipKb = (keys: Set<string>) =>
      [...keys].reduce((sum, k) => sum + gzipSync(readFileSync(join(dist, manifest[k]!.file))).length, 0) / KB;
    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const editor = Object.keys(manifest).find((k) => k.endsWith("EditorLoader.tsx"))!;
    expect(editor, "the editor is a lazily loaded chunk of its own").toBeDefined();
    const gallery = gzipKb(closure(entry));
    const withEditor = gzipKb(closure(editor, closure(entry)));
    console.log(`apps/web: ${gallery.toFixed(1)} KB gzip (gallery), ${withEditor.toFixed(1)} KB gzip with the editor`);
    expect(gallery).toBeLessThan(GALLERY_BUDGET_KB);
    expect(withEditor).toBeLessThan(EDITOR_BUDGET_KB);
  });
});
