import { extname } from "node:path";
import { formatProblems } from "@mlsd/core";
import { storedOrFreshScene } from "@mlsd/layout";
import type { Command } from "commander";
import type { Io } from "../io.js";
import { checkOutputFolder, readDocument } from "../io.js";
import { parseDirection, parseTargetOption, shapeOptions } from "./layout.js";

export const registerHandout = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("handout")
    .description("print a design as a PDF handout (stored positions when complete, else a fresh layout)")
    .argument("<file>", "a .mlsd.json file")
    .requiredOption("-o, --output <file>", "the PDF to write, e.g. design.pdf")
    .option("--direction <direction>", "lay out afresh in this arrangement: rows, right or down")
    .option("--target <shape>", "lay out afresh in rows fitted to: screen, a4-portrait, a4-landscape or W:H")
    .option("--no-review", "leave out the design-review section")
    .action(async (file: string, opts: { output: string; direction?: string; target?: string; review: boolean }) => {
      const direction = parseDirection(opts.direction, io, "handout");
      if (direction === null) return setCode(2);
      const target = parseTargetOption(opts.target, direction, io, "handout");
      if (target === null) return setCode(2);
      if (extname(opts.output).toLowerCase() !== ".pdf") {
        io.err(`mlsd handout: the output must end in .pdf, got "${opts.output}"\n`);
        return setCode(2);
      }
      const read = await readDocument(file);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const document = read.value;
      const { scene, stored } = await storedOrFreshScene(document, shapeOptions(direction, target));
      await checkOutputFolder(opts.output);
      // Loaded on demand: react-pdf would slow down every other mlsd command's start.
      const { writeHandout } = await import("@mlsd/pdf/node");
      // writeHandout renders fully in memory, then writes a temporary file and renames it.
      const { pages, bytes } = await writeHandout(opts.output, { document, scene, review: opts.review });
      io.err(
        `wrote ${opts.output}: ${pages} page${pages === 1 ? "" : "s"}, ${Math.round(bytes / 1024)} KB${stored ? " (stored positions)" : " (fresh layout)"}\n`,
      );
      setCode(0);
    });
