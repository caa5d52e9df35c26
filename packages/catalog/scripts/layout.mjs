// Stores fresh positions in documents (in place), then regenerates src/generated/ and README.md.
// Run: pnpm --filter @mlsd/catalog layout [--direction rows|right|down] [--target screen|a4-portrait|a4-landscape|W:H] [id ...]
// (after building core and layout: it uses their dist). Without --direction or --target each
// document keeps the arrangement it stores.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { serializeDocument } from "@mlsd/core";
import { applyScene, layout, parseTarget } from "@mlsd/layout";
import { checkScene, sceneProblems } from "@mlsd/layout/testing";
import { DOCUMENTS_DIR, PACKAGE_DIR, readDocuments } from "./documents.mjs";
import { writeGenerated } from "./generate.mjs";
import { renderReadme } from "./readme.mjs";

/**
 * Lays out the documents whose ids are given (all when none) and writes back those whose
 * positions changed. A file edited by someone else while its layout ran is left alone.
 */
export const layoutDocuments = async (ids = [], options = {}) => {
  const items = readDocuments().filter((i) => ids.length === 0 || ids.includes(i.document.id));
  const unknown = ids.filter((id) => !items.some((i) => i.document.id === id));
  if (unknown.length) throw new Error(`no catalogue document with id ${unknown.map((id) => `"${id}"`).join(", ")}`);
  const report = { written: [], unchanged: [], skipped: [], problems: [] };
  for (const { file, document } of items) {
    const path = join(DOCUMENTS_DIR, file);
    const before = readFileSync(path, "utf8");
    const scene = await layout(document, options);
    for (const p of sceneProblems(checkScene(scene))) report.problems.push(`${file}: ${p}`);
    const text = serializeDocument(applyScene(document, scene));
    if (text === before) report.unchanged.push(file);
    else if (readFileSync(path, "utf8") !== before) report.skipped.push(file);
    else {
      writeFileSync(path, text);
      report.written.push(file);
    }
  }
  return report;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const args = process.argv.slice(2);
    const options = {};
    const ids = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === "--direction") {
        const value = args[++i];
        if (value !== "rows" && value !== "right" && value !== "down")
          throw new Error(`--direction must be "rows", "right" or "down", got "${value}"`);
        options.direction = value;
      } else if (arg === "--target") {
        const target = parseTarget(args[++i] ?? "");
        if (!target) throw new Error(`--target must be "screen", "a4-portrait", "a4-landscape" or W:H, got "${args[i]}"`);
        options.target = target;
      } else ids.push(arg);
    }
    const report = await layoutDocuments(ids, options);
    console.log(`laid out ${report.written.length} documents, ${report.unchanged.length} already up to date`);
    for (const file of report.skipped) console.warn(`skipped ${file}: it changed while its layout ran; run again`);
    for (const p of report.problems) console.warn(`layout problem: ${p}`);
    writeGenerated();
    writeFileSync(join(PACKAGE_DIR, "README.md"), renderReadme());
    console.log("regenerated src/generated/ and README.md");
    if (report.problems.length) process.exitCode = 1;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
