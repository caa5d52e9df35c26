import { formatProblems, parseDocument, SCHEMA_URL, serializeDocument, slugify, starterDocument } from "@mlsd/core";
import type { Command } from "commander";
import { checkOutput, type Io, writeFileAtomic } from "../io.js";

export const registerNew = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("new")
    .description("print a starter design with the four stages and their questions")
    .requiredOption("-t, --title <title>", "the design's title")
    .option("--id <id>", "document id (default: from the title)")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (opts: { title: string; id?: string; output?: string }) => {
      if (opts.output !== undefined) await checkOutput(opts.output);
      const title = opts.title.trim();
      if (!title) {
        io.err("mlsd new: --title must not be empty\n");
        setCode(2);
        return;
      }
      // The title and id come from the user: check the result like any other document.
      // "$schema" lets editors such as VS Code complete and check the file as it is typed.
      const checked = parseDocument({ $schema: SCHEMA_URL, ...starterDocument(title, { id: opts.id ?? slugify(title) }) });
      if (!checked.ok) {
        io.err(`${formatProblems(checked.error.problems, "mlsd new").join("\n")}\n`);
        setCode(1);
        return;
      }
      const text = serializeDocument(checked.value);
      if (opts.output !== undefined) {
        await writeFileAtomic(opts.output, text);
        io.err(`wrote ${opts.output}\n`);
      } else io.out(text);
      setCode(0);
    });
