/**
 * Core's grading evidence, one clause a line: "none of the alternatives: (1) … (2) …" and
 * clauses joined with "; " read far easier broken up in a narrow panel. Only line breaks
 * are added, first letters raised and an alternative's own "missing: " dropped (its heading
 * says it); the rest of the words stay core's.
 */
export const evidenceLines = (evidence: string): string[] =>
  evidence
    .replace(/none of the alternatives: /g, "missing, any one of these would do:\n")
    .replace(/\s*\((\d+)\) (?:missing: )?/g, "\n($1) ")
    .split(/\n|; /)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line[0]!.toUpperCase() + line.slice(1));
