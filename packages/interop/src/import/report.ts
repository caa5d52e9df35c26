import type { EdgeId, EdgeKind, NodeId, NodeKind, StageId } from "@mlsd/core";
import type { Direction } from "@mlsd/scene";
import type { KindReason } from "./infer-kind.js";

/**
 * One part of the imported design and how its kind and stage were decided.
 * @public
 */
export interface ImportedPart {
  id: NodeId;
  /** The id in the Mermaid source. */
  sourceId: string;
  label: string;
  kind: NodeKind;
  /** `class`: a class named after the kind (as mlsd exports write); `label`/`shape`: inferred; `unknown`: a component. */
  kindFrom: KindReason;
  stage: StageId;
  /** `subgraph`: a group whose title names the stage; `kind`: the kind's own stage; `neighbours`: next to parts of that stage. */
  stageFrom: "subgraph" | "kind" | "neighbours";
  line: number;
}

/**
 * One edge of the imported design and how its kind was decided.
 * @public
 */
export interface ImportedEdge {
  id: EdgeId;
  kind: EdgeKind;
  /** `style`: read from the link style of an mlsd export; `cycle`: closes a loop back; `dotted`: a dotted link to an earlier stage; `rule`: from the two ends' kinds; `default`: data. */
  kindFrom: "style" | "cycle" | "dotted" | "rule" | "default";
  line: number;
}

/**
 * Something the import changed, left out or set aside, in the spirit of a lenient restore.
 * @public
 */
export interface ReportEntry {
  action: "repaired" | "dropped" | "ignored";
  message: string;
  line?: number;
}

/**
 * What an import made of its input: the block read, the direction, each part and edge with
 * the reason for its kind, and every repair, drop and ignored line.
 * @public
 */
export interface ImportReport {
  /** The Markdown block that was read, when the input was Markdown. */
  block?: { index: number; line: number; count: number };
  /** The flowchart's main direction, stored as the design's layout direction. */
  direction: Direction;
  /** True when the source is an mlsd export: link styles then give edge kinds exactly. */
  fromMlsd: boolean;
  parts: ImportedPart[];
  edges: ImportedEdge[];
  entries: ReportEntry[];
}

const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;

/**
 * A few lines a person reads after an import: what was inferred, then each repair or drop.
 * @public
 */
export const formatImportReport = (report: ImportReport): string[] => {
  const by = (from: ImportedPart["kindFrom"]) => report.parts.filter((p) => p.kindFrom === from).length;
  const feedback = report.edges.filter((e) => e.kindFrom === "cycle" || e.kindFrom === "dotted");
  const lines = [
    `${count(report.parts.length, "part")} and ${count(report.edges.length, "edge")}${report.block ? ` from Mermaid block ${report.block.index} of ${report.block.count} (line ${report.block.line})` : ""}`,
  ];
  if (report.fromMlsd) lines.push("an mlsd export: kinds read from classes, edge kinds from link styles");
  else {
    const kinds = [`${by("label")} from labels`];
    if (by("shape")) kinds.push(`${by("shape")} from shapes`);
    if (by("class")) kinds.push(`${by("class")} from classes`);
    lines.push(`kinds: ${kinds.join(", ")}; ${count(by("unknown"), "unknown part")} kept as component`);
    const grouped = report.parts.filter((p) => p.stageFrom === "subgraph").length;
    if (grouped) lines.push(`stages: ${grouped} from subgraph titles, the rest from kinds and neighbours`);
    if (feedback.length) lines.push(`${count(feedback.length, "loop")} back to an earlier part turned into feedback edges`);
  }
  for (const e of report.entries) lines.push(`${e.line ? `line ${e.line}: ` : ""}${e.action}: ${e.message}`);
  return lines;
};
