import { KINDS, NODE_KINDS, type PropSpec } from "@mlsd/core";
import type { Command } from "commander";
import type { Io } from "../io.js";

const describeSpec = (s: PropSpec): string => {
  switch (s.type) {
    case "number":
      return `number${s.unit ? ` (${s.unit})` : ""}${s.min !== undefined ? `, ≥ ${s.min}` : ""}${s.max !== undefined ? `, ≤ ${s.max}` : ""}`;
    case "enum":
      return s.options.join(" | ");
    default:
      return s.type;
  }
};

export const registerKinds = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("kinds")
    .description("list the node kinds with their stage, description and typed properties")
    .option("--json", "print as JSON")
    .action((opts: { json?: boolean }) => {
      if (opts.json) io.out(`${JSON.stringify(KINDS, null, 2)}\n`);
      else
        for (const kind of NODE_KINDS) {
          const def = KINDS[kind];
          io.out(`${kind} (${def.stage}): ${def.title}. ${def.description}\n`);
          for (const [name, s] of Object.entries(def.props as Record<string, PropSpec>)) io.out(`    ${name}: ${describeSpec(s)}\n`);
        }
      setCode(0);
    });
