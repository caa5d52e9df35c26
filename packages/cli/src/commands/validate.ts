import { formatProblems } from "@mlsd/core";
import type { Command } from "commander";
import type { Io } from "../io.js";
import { readDocument } from "../io.js";

export const registerValidate = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("validate")
    .description("check design files; prints every problem as `file: path: message`")
    .argument("<file...>", "one or more .mlsd.json files (- reads standard input)")
    .option("-q, --quiet", "print only problems")
    .action(async (files: string[], opts: { quiet?: boolean }) => {
      let bad = 0;
      for (const file of files) {
        const result = await readDocument(file, io.stdin);
        if (result.ok) {
          if (!opts.quiet) io.out(`${file}: ok (${result.value.nodes.length} nodes, ${result.value.edges.length} edges)\n`);
          continue;
        }
        bad++;
        const lines = formatProblems(result.error.problems, file);
        io.err(`${lines.join("\n")}\n`);
      }
      if (files.length > 1 && !opts.quiet) io.out(`${files.length - bad} of ${files.length} files valid\n`);
      setCode(bad > 0 ? 1 : 0);
    });
