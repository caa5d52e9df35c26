import { diagramKeyword } from "./diagram-type.js";
import { plainText } from "./text.js";

/**
 * One ```mermaid block of a Markdown file.
 * @public
 */
export interface MermaidBlock {
  /** 1-based place among the file's Mermaid blocks (what `--block N` names). */
  index: number;
  /** The file line of the block's first line of diagram text. */
  line: number;
  /** How many characters of indentation were taken off each line (a block inside a list). */
  indent: number;
  text: string;
  /** The diagram's first keyword: "flowchart", "graph", "sequenceDiagram"…; "" when empty. */
  type: string;
  /** The nearest Markdown heading above the block, as plain text. */
  heading?: string;
}

const FENCE = /^( *)(`{3,}|~{3,})[ \t]*\{?([\w-]*)\}?.*$/;
const COLON_FENCE = /^( *):{3,}[ \t]*mermaid[ \t]*$/i;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * The Mermaid blocks of a Markdown file: fenced with ``` or ~~~ and the info string
 * `mermaid` (or MyST's `{mermaid}`), or Azure DevOps' `::: mermaid … :::`. Fences of other
 * languages are skipped whole, so a Mermaid example quoted inside one is not taken.
 * @public
 */
export const mermaidBlocks = (markdown: string): MermaidBlock[] => {
  const lines = markdown.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: MermaidBlock[] = [];
  let heading: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    const colon = fence ? null : COLON_FENCE.exec(line);
    if (!fence && !colon) {
      const h = HEADING.exec(line);
      if (h) heading = plainText(h[1]!) || heading;
      continue;
    }
    const indent = (fence ?? colon)![1]!.length;
    const marker = fence ? fence[2]! : ":::";
    const closes = (l: string) =>
      fence ? new RegExp(`^ *${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`).test(l) : /^ *:{3,}[ \t]*$/.test(l);
    let end = i + 1;
    while (end < lines.length && !closes(lines[end]!)) end++;
    if (colon || fence![3]!.toLowerCase() === "mermaid") {
      const body = lines.slice(i + 1, end).map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)));
      const text = body.join("\n");
      blocks.push({
        index: blocks.length + 1,
        line: i + 2,
        indent,
        text,
        type: diagramKeyword(text),
        ...(heading ? { heading } : {}),
      });
    }
    i = end;
  }
  return blocks;
};
