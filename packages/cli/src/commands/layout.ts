import { formatProblems, serializeDocument } from "@mlsd/core";
import { applyScene, isLayoutStale, type LayoutTarget, layout, parseTarget } from "@mlsd/layout";
import type { Direction } from "@mlsd/scene";
import type { Command } from "commander";
import { checkOutput, type Io, readDocument, writeFileAtomic } from "../io.js";

export const parseDirection = (value: string | undefined, io: Io, command: string): Direction | null | undefined => {
  if (value === undefined) return undefined;
  if (value === "right" || value === "down" || value === "rows") return value;
  io.err(`mlsd ${command}: --direction must be "rows", "right" or "down", got "${value}"\n`);
  return null;
};

/** Reads --target (and checks it goes with --direction): undefined when absent, null after printing an error. */
export const parseTargetOption = (
  value: string | undefined,
  direction: Direction | undefined,
  io: Io,
  command: string,
): LayoutTarget | null | undefined => {
  if (value === undefined) return undefined;
  const target = parseTarget(value);
  if (!target) {
    io.err(`mlsd ${command}: --target must be "screen", "a4-portrait", "a4-landscape" or a width:height such as 16:9, got "${value}"\n`);
    return null;
  }
  if (direction && direction !== "rows") {
    io.err(`mlsd ${command}: --target shapes the "rows" arrangement; it does not go with --direction ${direction}\n`);
    return null;
  }
  return target;
};

/** The layout options of --direction and --target. */
export const shapeOptions = (direction: Direction | undefined, target: LayoutTarget | undefined) => ({
  ...(direction ? { direction } : {}),
  ...(target ? { target } : {}),
});

export const registerLayout = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("layout")
    .description("lay out a design and store every node's position and size in it")
    .argument("<file>", "a .mlsd.json file (- reads standard input)")
    .option("-o, --output <file>", "write the laid-out design here (default: standard output)")
    .option("--direction <direction>", "rows (stage rows, the default), right or down")
    .option("--target <shape>", "the shape to fit: screen (16:10, the default), a4-portrait, a4-landscape or W:H")
    .option("--check", "write nothing; exit 1 when stored positions are missing or stale")
    .action(async (file: string, opts: { output?: string; direction?: string; target?: string; check?: boolean }) => {
      const direction = parseDirection(opts.direction, io, "layout");
      if (direction === null) return setCode(2);
      const target = parseTargetOption(opts.target, direction, io, "layout");
      if (target === null) return setCode(2);
      if (opts.output !== undefined && !opts.check) await checkOutput(opts.output);
      const read = await readDocument(file, io.stdin);
      if (!read.ok) {
        io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
        return setCode(1);
      }
      const options = shapeOptions(direction, target);
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
        io.err(
          `wrote ${opts.output} (${scene.nodes.length} nodes laid out ${scene.direction}${scene.target ? ` for ${scene.target}` : ""})\n`,
        );
      } else io.out(text);
      setCode(0);
    });
