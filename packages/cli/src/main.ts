import { escapeControls } from "@mlsd/core";
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
import { type Io, UsageError } from "./io.js";

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Everything mlsd prints goes through this: control characters (ESC starts terminal escape
 * sequences) and bidi overrides from a file or an argument come out escaped (`\x1b`,
 * `\u202e`); line breaks and tabs stay. Data on standard output (JSON, SVG) is already
 * escaped by its writer, so this changes nothing there.
 */
const terminalSafe = (io: Io): Io => ({
  ...io,
  out: (text) => io.out(escapeControls(text, true)),
  err: (text) => io.err(escapeControls(text, true)),
});

/**
 * Runs `mlsd` with the given argv (node, script, ...args) and resolves to the exit code.
 * @public
 */
export const main = async (argv: readonly string[], rawIo: Io = processIo): Promise<number> => {
  const io = terminalSafe(rawIo);
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
    return e instanceof UsageError ? 2 : 1;
  }
  return code;
};
