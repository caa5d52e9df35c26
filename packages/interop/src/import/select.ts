import { err, LIMITS, ok, type Result } from "@mlsd/core";
import { type ImportError, plainError } from "../errors.js";
import { diagramKeyword, isFlowchartKeyword, otherDiagramName } from "../mermaid/diagram-type.js";
import { mermaidBlocks } from "../mermaid/markdown.js";
import type { Origin } from "../mermaid/scanner.js";

export interface SelectedDiagram {
  text: string;
  origin: Origin;
  /** The Markdown heading above the block. */
  heading?: string;
  block?: { index: number; line: number; count: number };
}

const describeType = (type: string) => otherDiagramName(type) ?? (type ? `"${type}"` : "empty");

/**
 * The diagram to read: the text itself (a .mmd file), or one ```mermaid block of a
 * Markdown file: number `block` (1-based), else the first flowchart.
 */
export const selectDiagram = (text: string, block?: number): Result<SelectedDiagram, ImportError> => {
  if (text.length > LIMITS.textBytes)
    return err(
      plainError(
        "tooLarge",
        `The file is ${(text.length / 1024 / 1024).toFixed(1)} MB, more than the ${LIMITS.textBytes / 1024 / 1024} MB limit.`,
      ),
    );
  const blocks = mermaidBlocks(text);
  if (!blocks.length) {
    if (block !== undefined && block !== 1)
      return err(
        plainError("noDiagram", `There is no Mermaid block ${block}: the text is one diagram, not Markdown with \`\`\`mermaid blocks.`),
      );
    const keyword = diagramKeyword(text);
    if (isFlowchartKeyword(keyword) || otherDiagramName(keyword)) return ok({ text, origin: { line: 1, column: 1 } });
    return err(
      plainError(
        "noDiagram",
        text.trim()
          ? "No Mermaid diagram found: expected a flowchart that starts with `flowchart` or `graph`, or Markdown with ```mermaid blocks."
          : "The file is empty.",
      ),
    );
  }
  const count = blocks.length;
  let chosen = blocks[0]!;
  if (block !== undefined) {
    const picked = blocks[block - 1];
    if (!Number.isInteger(block) || !picked)
      return err(plainError("noDiagram", `There is no Mermaid block ${block}: the file has ${count} (number them 1 to ${count}).`));
    chosen = picked;
  } else {
    const flowchart = blocks.find((b) => isFlowchartKeyword(b.type));
    if (!flowchart) {
      const list = blocks.map((b) => `block ${b.index} (line ${b.line}) is ${describeType(b.type)}`).join("; ");
      const message = `None of the ${count} Mermaid block${count === 1 ? "" : "s"} is a flowchart: ${list}. mlsd imports flowcharts (\`flowchart\` or \`graph\`).`;
      return err({ kind: "unsupportedDiagram", message, problems: [{ path: "", message }], diagram: blocks[0]!.type });
    }
    chosen = flowchart;
  }
  return ok({
    text: chosen.text,
    origin: { line: chosen.line, column: chosen.indent + 1 },
    ...(chosen.heading ? { heading: chosen.heading } : {}),
    block: { index: chosen.index, line: chosen.line, count },
  });
};
