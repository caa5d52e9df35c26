import { Command, CommanderError } from "commander";
import { registerDiff } from "./commands/diff.js";
import { registerExport } from "./commands/export.js";
import { registerGrade } from "./commands/grade.js";
import { registerHandout } from "./commands/handout.js";
import { registerImport } from "./commands/import.js";
import { registerKinds } from "./commands/kinds.js";
import { registerLayout } from "./commands/layout.js";
import { registerMcp } from "./commands/mcp.js";
import { registerNew } from "./commands/new.js";
import { registerRender } from "./commands/render.js";
import { registerReview } from "./commands/review.js";
import { registerServe } from "./commands/serve.js";
import { registerValidate } from "./commands/validate.js";
import type { Io } from "./io.js";

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs `mlsd` with the given argv (node, script, ...args) and resolves to the exit code.
 * @public
 */
export const main = async (argv: readonly string[], io: Io = processIo): Promise<number> => {
  let code = 0;
  const setCode = (c: number) => {
    code = Math.max(code, c);
  };
  const program = new Command("mlsd")
    .description("Draw, check and print machine-learning system designs (.mlsd.json).")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerValidate(program, io, setCode);
  registerNew(program, io, setCode);
  registerLayout(program, io, setCode);
  registerRender(program, io, setCode);
  registerKinds(program, io, setCode);
  registerReview(program, io, setCode);
  registerHandout(program, io, setCode);
  registerImport(program, io, setCode);
  registerExport(program, io, setCode);
  registerMcp(program, io, setCode);
  registerDiff(program, io, setCode);
  registerGrade(program, io, setCode);
  registerServe(program, io, setCode);
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    io.err(`mlsd: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  return code;
};
