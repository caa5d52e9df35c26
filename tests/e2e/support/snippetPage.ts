import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { previewBuild, type StaticPreview } from "../../support/browser.js";

/**
 * A plain HTML page holding a snippet copied from the editor's Embed dialog, built by
 * vite the way the security page is (workspace sources through `@mlsd/source`) and served
 * by `previewBuild`. The page lives under tests/ so `@mlsd/element` resolves from there.
 */
const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));

export interface SnippetPage extends StaticPreview {
  close: () => Promise<void>;
}

export const serveSnippetPage = async (bodyHtml: string): Promise<SnippetPage> => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const root = mkdtempSync(join(ARTIFACTS, "embed-page-"));
  const outDir = join(root, "dist");
  writeFileSync(
    join(root, "index.html"),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Embedded design</title></head>\n<body>\n${bodyHtml}\n</body>\n</html>\n`,
  );
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    resolve: { conditions: ["@mlsd/source", "module", "browser", "development|production"] },
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
  });
  const preview = await previewBuild(root, outDir);
  return {
    ...preview,
    close: async () => {
      await preview.server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
};

/** The JSON inside the web-component snippet's `<script type="application/json">`, as written. */
export const inlineJsonOf = (snippet: string): string => {
  const m = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet);
  if (!m) throw new Error('the web-component snippet has no <script type="application/json">');
  return m[1]!;
};

/** Text compared without whitespace: SVG labels wrap into lines (tspans) with no spaces between them. */
export const squash = (text: string) => text.replace(/\s+/g, "");
