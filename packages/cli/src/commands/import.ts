import { basename, extname } from "node:path";
import { formatProblems, serializeDocument } from "@mlsd/core";
import { review, reviewSummary } from "@mlsd/core/review";
import { formatImportReport, importMermaid } from "@mlsd/interop";
import { applyScene, layout } from "@mlsd/layout";
import type { Command } from "commander";
import type { Io } from "../io.js";
import { checkOutput, readText, writeFileAtomic } from "../io.js";
import { formatSummary } from "./review.js";

/** "ml-pipeline.mmd" → "ml-pipeline": the title when the diagram names none. */
const stem = (file: string) => basename(file, extname(file)) || "Imported Mermaid flowchart";

export const registerImport = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("import")
    .description("read a Mermaid flowchart (.mmd, or a Markdown file's ```mermaid block) into a laid-out, reviewed design")
    .argument("<file>", "a .mmd file or a Markdown file")
    .option("-o, --output <file>", "write the design here (default: standard output)")
    .option("--block <n>", "which ```mermaid block of a Markdown file, counted from 1 (default: the first flowchart)")
    .option("--direction <direction>", "lay out right or down (default: the flowchart's own direction)")
    .action(async (file: string, opts: { output?: string; block?: string; direction?: string }) => {
      const block = opts.block === undefined ? undefined : Number(opts.block);
      if (block !== undefined && (!Number.isInteger(block) || block < 1)) {
        io.err(`mlsd import: --block must be a whole number from 1, got "${opts.block}"\n`);
        return setCode(2);
      }
      if (opts.direction !== undefined && opts.direction !== "right" && opts.direction !== "down") {
        io.err(`mlsd import: --direction must be "right" or "down", got "${opts.direction}"\n`);
        return setCode(2);
      }
      if (opts.output) await checkOutput(opts.output);
      const text = await readText(file);
      const imported = text.ok ? importMermaid(text.value, { ...(block ? { block } : {}), title: stem(file) }) : text;
      // A failed import writes nothing: the problems go to standard error, the exit code says so.
      if (!imported.ok) {
        io.err(`${formatProblems(imported.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const { document, report } = imported.value;
      const direction = opts.direction === "right" || opts.direction === "down" ? opts.direction : undefined;
      const placed = applyScene(document, await layout(document, direction ? { direction } : {}));
      const summary = reviewSummary(review(placed));
      const lines = formatImportReport(report).map((l, i) => (i === 0 ? `${file}: ${l}` : `  ${l}`));
      lines.push(`  review: ${formatSummary(summary)}${opts.output ? ` (mlsd review ${opts.output} --explain for details)` : ""}`);
      io.err(`${lines.join("\n")}\n`);
      const json = serializeDocument(placed);
      if (opts.output) {
        await writeFileAtomic(opts.output, json);
        io.err(`wrote ${opts.output}\n`);
      } else io.out(json);
      setCode(0);
    });
