import { formatProblems } from "@mlsd/core";
import { exportDrawio, exportMermaid } from "@mlsd/interop";
import { applyScene, storedOrFreshScene } from "@mlsd/layout";
import { type Command, Option } from "commander";
import type { Io } from "../io.js";
import { checkOutput, readDocument, writeFileAtomic } from "../io.js";

export const registerExport = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("export")
    .description("write a design as a Mermaid flowchart or a draw.io file")
    .argument("<file>", "a .mlsd.json file")
    .addOption(new Option("--to <format>", "mermaid (.mmd) or drawio (.drawio)").choices(["mermaid", "drawio"]).makeOptionMandatory())
    .option("-o, --output <file>", "write here (default: standard output)")
    .action(async (file: string, opts: { to: "mermaid" | "drawio"; output?: string }) => {
      if (opts.output) await checkOutput(opts.output);
      const read = await readDocument(file);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      let text: string;
      if (opts.to === "mermaid") text = exportMermaid(read.value);
      else {
        // draw.io keeps every box where it is drawn: a design without stored positions is laid out first.
        const { scene, stored } = await storedOrFreshScene(read.value);
        const drawio = exportDrawio(stored ? read.value : applyScene(read.value, scene));
        if (!drawio.ok) {
          io.err(`mlsd export: ${drawio.error.message}\n`);
          return setCode(1);
        }
        text = drawio.value;
      }
      if (opts.output) {
        await writeFileAtomic(opts.output, text);
        io.err(`wrote ${opts.output}\n`);
      } else io.out(text);
      setCode(0);
    });
