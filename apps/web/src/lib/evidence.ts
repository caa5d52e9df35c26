/**
 * Core's grading evidence, one clause a line: "none of the alternatives: (1) … (2) …" and
 * clauses joined with "; " read far easier broken up in a narrow panel. Only line breaks
 * are added, first letters raised and an alternative's own "missing: " dropped (its heading
 * says it); the rest of the words stay core's.
 */
export interface EvidenceLine {
  text: string;
  /** "alternative": one way to meet the item, numbered; "more": a detail of the alternative above it. */
  kind: "clause" | "alternative" | "more";
}

/** Clauses that start a statement of their own (core's "all" joins its parts' evidence with "; "). */
const OWN_CLAUSE = /^(missing|none of the alternatives|review|found)\b/i;

export const evidenceLines = (evidence: string): EvidenceLine[] => {
  const lines: EvidenceLine[] = [];
  for (const raw of evidence
    .replace(/none of the alternatives: /g, "none of the alternatives:\n")
    .replace(/\s*\((\d+)\) (?:missing: )?/g, "\n($1) ")
    .split(/\n|; /)) {
    const line = raw.trim();
    if (!line) continue;
    const text = (line.startsWith("none of the alternatives:") ? "missing, any one of these would do:" : line).replace(/^./, (c) =>
      c.toUpperCase(),
    );
    const previous = lines.at(-1)?.kind;
    const kind = /^\(\d+\) /.test(line) ? "alternative" : previous && previous !== "clause" && !OWN_CLAUSE.test(line) ? "more" : "clause";
    lines.push({ text, kind });
  }
  return lines;
};
