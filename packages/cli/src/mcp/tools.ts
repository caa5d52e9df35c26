import { EXERCISE_IDS, getRubric, isExerciseId } from "@mlsd/catalog";
import {
  compareDesigns,
  type Document,
  formatProblems,
  gradeDesign,
  isSameDesign,
  parseDocument,
  parseDocumentText,
  serializeDocument,
} from "@mlsd/core";
import { review, reviewSummary } from "@mlsd/core/review";
import { exportDrawio, exportMermaid, formatImportReport, importMermaid } from "@mlsd/interop";
import { applyScene, layout, storedOrFreshScene } from "@mlsd/layout";
import type { Direction } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";
import { z } from "zod";
import { formatDiff } from "../commands/diff.js";
import { formatGrade } from "../commands/grade.js";
import { formatReview } from "../commands/review.js";

/** A failure the caller caused (a bad design, bad Mermaid): sent back as an error result, never a crash. */
export class ToolError extends Error {}

export interface ToolOutput {
  text: string;
  /** Also sent as structured content, for clients that read JSON. */
  data?: Record<string, unknown>;
}

export interface ToolDef<S extends z.ZodRawShape = z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  input: S;
  run: (args: z.infer<z.ZodObject<S>>) => ToolOutput | Promise<ToolOutput>;
}

/** Typed at each entry, stored as the common shape: adding a tool is adding one `tool({...})` to TOOLS. */
const tool = <S extends z.ZodRawShape>(def: ToolDef<S>): ToolDef => def as unknown as ToolDef;

const documentInput = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .describe("An mlsd design: the text of a .mlsd.json file, or the same JSON as an object");

const load = (input: string | Record<string, unknown>): Document => {
  const parsed = typeof input === "string" ? parseDocumentText(input) : parseDocument(input);
  if (!parsed.ok) throw new ToolError(`${parsed.error.message}\n${formatProblems(parsed.error.problems).join("\n")}`);
  return parsed.value;
};

const direction = z
  .enum(["rows", "right", "down"])
  .optional()
  .describe("How the stages are arranged: rows (stage rows fitted to a screen), right or down; default: the design's own, else rows");

export const TOOLS: readonly ToolDef[] = [
  tool({
    name: "validate",
    title: "Validate a design",
    description: "Checks an mlsd design against the schema and its references; lists every problem as `path: message`.",
    input: { document: documentInput },
    run: ({ document }) => {
      const parsed = typeof document === "string" ? parseDocumentText(document) : parseDocument(document);
      if (parsed.ok) {
        const { nodes, edges } = parsed.value;
        return { text: `valid: ${nodes.length} nodes, ${edges.length} edges`, data: { valid: true, problems: [] } };
      }
      return { text: formatProblems(parsed.error.problems).join("\n"), data: { valid: false, problems: parsed.error.problems } };
    },
  }),
  tool({
    name: "review",
    title: "Review a design",
    description:
      "Reviews a design against the ML design framework (monitoring, feedback loops, evaluation gates, label sources, training/serving skew, privacy…): findings by severity, with why and how to fix.",
    input: { document: documentInput },
    run: ({ document }) => {
      const doc = load(document);
      const findings = review(doc);
      return { text: formatReview(doc.title, findings, true), data: { summary: reviewSummary(findings), findings } };
    },
  }),
  tool({
    name: "layout",
    title: "Lay out a design",
    description: "Places every node (elkjs, the four stages as bands) and returns the design with positions and sizes stored.",
    input: { document: documentInput, direction },
    run: async ({ document, direction }) => {
      const doc = load(document);
      const scene = await layout(doc, direction ? { direction: direction as Direction } : {});
      return { text: serializeDocument(applyScene(doc, scene)) };
    },
  }),
  tool({
    name: "render",
    title: "Render a design to SVG",
    description: "Draws a design as a standalone SVG (stored positions, else a fresh layout).",
    input: { document: documentInput, theme: z.enum(["light", "dark"]).optional().describe("Colour theme; default light") },
    run: async ({ document, theme }) => {
      const { scene } = await storedOrFreshScene(load(document));
      return { text: renderSvg(scene, { theme: theme ?? "light" }) };
    },
  }),
  tool({
    name: "import_mermaid",
    title: "Import a Mermaid flowchart",
    description:
      "Reads a Mermaid flowchart (or Markdown with ```mermaid blocks) into a laid-out mlsd design: kinds and stages inferred from labels, shapes and subgraph titles, loops turned into feedback edges. Returns the design and a report of what was inferred, repaired or dropped.",
    input: {
      text: z.string().describe("Mermaid flowchart text, or Markdown holding ```mermaid blocks"),
      block: z.number().int().min(1).optional().describe("Which ```mermaid block of Markdown, from 1; default: the first flowchart"),
      title: z.string().optional().describe("Title when the diagram gives none"),
    },
    run: async ({ text, block, title }) => {
      const imported = importMermaid(text, { ...(block ? { block } : {}), ...(title ? { title } : {}) });
      if (!imported.ok) throw new ToolError(`${imported.error.message}\n${formatProblems(imported.error.problems).join("\n")}`);
      const { document, report } = imported.value;
      const placed = applyScene(document, await layout(document));
      return { text: `${formatImportReport(report).join("\n")}\n\n${serializeDocument(placed)}`, data: { report: { ...report } } };
    },
  }),
  tool({
    name: "export",
    title: "Export a design",
    description: "Writes a design as a Mermaid flowchart (stages as subgraphs, renders on GitHub) or a draw.io file (positions kept).",
    input: { document: documentInput, to: z.enum(["mermaid", "drawio"]).describe("mermaid or drawio") },
    run: async ({ document, to }) => {
      const doc = load(document);
      if (to === "mermaid") return { text: exportMermaid(doc) };
      const { scene, stored } = await storedOrFreshScene(doc);
      const drawio = exportDrawio(stored ? doc : applyScene(doc, scene));
      if (!drawio.ok) throw new ToolError(drawio.error.message);
      return { text: drawio.value };
    },
  }),
  tool({
    name: "diff",
    title: "Compare two designs",
    description:
      "Compares two designs: nodes, edges and notes added, removed and changed (each changed field named), nodes only moved listed apart; parts pair by id, then by kind and label.",
    input: { before: documentInput, after: documentInput },
    run: ({ before, after }) => {
      const diff = compareDesigns(load(before), load(after));
      return { text: formatDiff("before", "after", diff), data: { same: isSameDesign(diff), ...diff } };
    },
  }),
  tool({
    name: "grade",
    title: "Grade a design against an exercise",
    description:
      "Grades a design against the rubric of one of the catalogue's 27 exercises: a score, the maximum, and per item whether it passed with the parts that satisfied it or what is missing.",
    input: {
      document: documentInput,
      exercise: z.string().describe(`The exercise id, one of: ${EXERCISE_IDS.join(", ")}`),
    },
    run: async ({ document, exercise }) => {
      if (!isExerciseId(exercise)) throw new ToolError(`no exercise "${exercise}"; the exercises are ${EXERCISE_IDS.join(", ")}`);
      const doc = load(document);
      const grade = gradeDesign(doc, { rubric: await getRubric(exercise) });
      const items = grade.items.map(({ id, title, passed, evidence, points, earned }) => ({ id, title, passed, evidence, points, earned }));
      const row = { file: doc.title, exercise, score: grade.score, max: grade.max, items };
      return { text: formatGrade(row), data: row };
    },
  }),
];
