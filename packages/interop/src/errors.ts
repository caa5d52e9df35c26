import type { Problem } from "@mlsd/core";

/**
 * Why an import failed. Like core's `LoadError` every variant has a message and a list of
 * problems, so the same dialogs and `file: where: what` lines show it.
 * @public
 */
export type ImportError =
  | { kind: "syntax"; message: string; problems: Problem[]; line: number; column: number }
  | { kind: "unsupportedDiagram"; message: string; problems: Problem[]; diagram: string }
  | { kind: "noDiagram"; message: string; problems: Problem[] }
  | { kind: "tooLarge"; message: string; problems: Problem[] }
  | { kind: "invalid"; message: string; problems: Problem[] };

export const syntaxError = (line: number, column: number, what: string): ImportError => {
  const where = `line ${line}, column ${column}`;
  return {
    kind: "syntax",
    message: `Mermaid syntax error at ${where}: ${what}.`,
    problems: [{ path: where, message: what }],
    line,
    column,
  };
};

export const plainError = (kind: "noDiagram" | "tooLarge" | "invalid", message: string, problems?: Problem[]): ImportError => ({
  kind,
  message,
  problems: problems ?? [{ path: "", message: message.replace(/\.$/, "") }],
});
