import { extname } from "node:path";
import { formatProblems } from "@mlsd/core";
import { storedOrFreshScene } from "@mlsd/layout";
import type { Command } from "commander";
import { checkOutput, type Io, readDocument, writeFileAtomic } from "../io.js";
import { parseDirection } from "./layout.js";

export const registerHandout = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("handout")
    .description("print a design as a PDF handout (stored positions when complete, else a fresh layout)")
    .argument("<file>", "a .mlsd.json file")
    .requiredOption("-o, --output <file>", "the PDF to write, e.g. design.pdf")
    .option("--direction <direction>", "lay out afresh in this direction: right or down")
    .option("--no-review", "leave out the design-review section")
    .action(async (file: string, opts: { output: string; direction?: string; review: boolean }) => {
      const direction = parseDirection(opts.direction, io, "handout");
      if (direction === null) return setCode(2);
      if (extname(opts.output).toLowerCase() !== ".pdf") {
        io.err(`mlsd handout: the output must end in .pdf, got "${opts.output}"\n`);
        return setCode(2);
      }
      await checkOutput(opts.output);
      const read = await readDocument(file, io.stdin);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const document = read.value;
      const { scene, stored } = await storedOrFreshScene(document, direction ? { direction } : {});
      // Loaded on demand: react-pdf would slow down every other mlsd command's start.
      const { renderHandout } = await import("@mlsd/pdf/node");
      // Rendered fully in memory, then written like every other output of mlsd.
      const { pages, bytes } = await renderHandout({ document, scene, review: opts.review });
      await writeFileAtomic(opts.output, bytes);
      io.err(
        `wrote ${opts.output}: ${pages} page${pages === 1 ? "" : "s"}, ${Math.round(bytes.length / 1024)} KB${stored ? " (stored positions)" : " (fresh layout)"}\n`,
      );
      setCode(0);
    });
