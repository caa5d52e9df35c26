import { formatProblems, type Problem } from "@mlsd/core";

/**
 * A layout that could not be made: `invalid` when the document was refused before ELK ran
 * (see `problems`, as core reports them), `engine` when ELK itself failed (see `cause`).
 * @public
 */
export class LayoutError extends Error {
  override readonly name = "LayoutError";
  constructor(
    readonly kind: "invalid" | "engine",
    readonly documentId: string,
    message: string,
    readonly problems: readonly Problem[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const invalidDocument = (documentId: string, problems: readonly Problem[]) =>
  new LayoutError(
    "invalid",
    documentId,
    `cannot lay out "${documentId}": ${problems.length} problem${problems.length === 1 ? "" : "s"}\n${formatProblems(problems).join("\n")}`,
    problems,
  );
