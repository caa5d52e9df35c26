import { formatProblems, serializeDocument } from "@mlsd/core";
import { applyScene, isLayoutStale, layout } from "@mlsd/layout";
import type { Direction } from "@mlsd/scene";
import type { Command } from "commander";
import { checkOutput, type Io, readDocument, writeFileAtomic } from "../io.js";

export const parseDirection = (value: string | undefined, io: Io, command: string): Direction | null | undefined => {
  if (value === undefined) return undefined;
  if (value === "right" || value === "down") return value;
  io.err(`mlsd ${command}: --direction must be "right" or "down", got "${value}"\n`);
  return null;
};

export const registerLayout = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("layout")
    .description("lay out a design and store every node's position and size in it")
    .argument("<file>", "a .mlsd.json file (- reads standard input)")
    .option("-o, --output <file>", "write the laid-out design here (default: standard output)")
    .option("--direction <direction>", "main direction of the flow: right or down")
    .option("--check", "write nothing; exit 1 when stored positions are missing or stale")
    .action(async (file: string, opts: { output?: string; direction?: string; check?: boolean }) => {
      const direction = parseDirection(opts.direction, io, "layout");
      if (direction === null) return setCode(2);
      if (opts.output !== undefined && !opts.check) await checkOutput(opts.output);
      const read = await readDocument(file, io.stdin);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const options = direction ? { direction } : {};
      if (opts.check) {
        const missing = read.value.nodes.filter((n) => !n.position || !n.size).length;
        const stale = missing > 0 || (await isLayoutStale(read.value, options));
        if (stale)
          io.err(
            missing
              ? `${file}: ${missing} node${missing === 1 ? " has" : "s have"} no stored position; run \`mlsd layout ${file} -o ${file}\`\n`
              : `${file}: stored positions are stale; run \`mlsd layout ${file} -o ${file}\`\n`,
          );
        else io.out(`${file}: layout up to date\n`);
        return setCode(stale ? 1 : 0);
      }
      const scene = await layout(read.value, options);
      const text = serializeDocument(applyScene(read.value, scene));
      if (opts.output !== undefined) {
        await writeFileAtomic(opts.output, text);
        io.err(`wrote ${opts.output} (${scene.nodes.length} nodes laid out ${scene.direction})\n`);
      } else io.out(text);
      setCode(0);
    });
