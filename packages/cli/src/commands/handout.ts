import { extname } from "node:path";
import { EXERCISE_IDS, getDocument, getReference, getRubric, isExerciseId } from "@mlsd/catalog";
import { type Document, formatProblems, type Rubric } from "@mlsd/core";
import { layout, storedOrFreshScene } from "@mlsd/layout";
import type { Command } from "commander";
import { checkOutput, type Io, readDocument, writeFileAtomic } from "../io.js";
import { clean } from "../terminal.js";
import { parseDirection, parseTargetOption, shapeOptions } from "./layout.js";

interface HandoutOptions {
  output: string;
  direction?: string;
  target?: string;
  review: boolean;
  worksheet?: string;
  answerKey?: string;
}

type Variant = "handout" | "worksheet" | "answer-key";

/** What to print: the file's design, or a catalogue exercise's starter (worksheet) or reference (answer key); a message on bad usage. */
const source = (file: string | undefined, opts: HandoutOptions): { variant: Variant; exercise?: string } | string => {
  if (opts.worksheet !== undefined && opts.answerKey !== undefined)
    return "mlsd handout: give --worksheet or --answer-key, not both (run it twice for both)";
  const exercise = opts.worksheet ?? opts.answerKey;
  if (exercise === undefined)
    return file === undefined
      ? "mlsd handout: name the design file to print, e.g. mlsd handout fraud.mlsd.json -o fraud.pdf"
      : { variant: "handout" };
  const flag = opts.worksheet !== undefined ? "--worksheet" : "--answer-key";
  if (file !== undefined) return `mlsd handout: ${flag} prints a catalogue exercise; leave out the file "${clean(file)}"`;
  if (!isExerciseId(exercise)) return `mlsd handout: no exercise "${clean(exercise)}"; the exercises are ${EXERCISE_IDS.join(", ")}`;
  return { variant: opts.worksheet !== undefined ? "worksheet" : "answer-key", exercise };
};

export const registerHandout = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("handout")
    .description(
      "print a design as a PDF handout (stored positions when complete, else a fresh layout; laid out again for the page when the diagram would not print whole on one), or an exercise's worksheet or answer key",
    )
    .argument("[file]", "a .mlsd.json file (not with --worksheet or --answer-key)")
    .requiredOption("-o, --output <file>", "the PDF to write, e.g. design.pdf")
    .option("--direction <direction>", "lay out afresh in this arrangement: rows, right or down")
    .option("--target <shape>", "lay out afresh in rows fitted to: screen, a4-portrait, a4-landscape or W:H")
    .option("--no-review", "leave out the design-review section")
    .option("--worksheet <exercise>", "print a catalogue exercise's worksheet: the prompt, empty stage bands, the questions")
    .option("--answer-key <exercise>", "print a catalogue exercise's answer key: its reference design and rubric")
    .action(async (file: string | undefined, opts: HandoutOptions) => {
      const what = source(file, opts);
      if (typeof what === "string") {
        io.err(`${what}\n`);
        return setCode(2);
      }
      const direction = parseDirection(opts.direction, io, "handout");
      if (direction === null) return setCode(2);
      const target = parseTargetOption(opts.target, direction, io, "handout");
      if (target === null) return setCode(2);
      if (extname(opts.output).toLowerCase() !== ".pdf") {
        io.err(`mlsd handout: the output must end in .pdf, got "${opts.output}"\n`);
        return setCode(2);
      }
      await checkOutput(opts.output);
      let document: Document;
      let rubric: Rubric | undefined;
      if (what.exercise === undefined) {
        const read = await readDocument(file!, io.stdin);
        if (!read.ok) {
          io.err(`${formatProblems(read.error.problems, file!).join("\n")}\n`);
          return setCode(1);
        }
        document = read.value;
      } else if (what.variant === "worksheet") {
        document = await getDocument(what.exercise);
      } else {
        document = await getReference(what.exercise);
        rubric = await getRubric(what.exercise);
      }
      const shape = shapeOptions(direction, target);
      const fresh = await storedOrFreshScene(document, shape);
      // Loaded on demand: react-pdf would slow down every other mlsd command's start.
      const [{ renderHandout }, { printScene }] = await Promise.all([import("@mlsd/pdf/node"), import("@mlsd/pdf")]);
      // Without --direction or --target, laid out for the page when the drawing would not print whole on one
      // (as apps/pdf prints it); a worksheet draws no diagram.
      const asked = shape.direction !== undefined || shape.target !== undefined;
      const scene =
        asked || what.variant === "worksheet"
          ? fresh.scene
          : await printScene(document, fresh.scene, (options) => layout(document, options));
      const how = scene !== fresh.scene ? " (laid out for the page)" : fresh.stored ? " (stored positions)" : " (fresh layout)";
      // Rendered fully in memory, then written like every other output of mlsd.
      const { pages, bytes } = await renderHandout({
        document,
        scene,
        review: opts.review,
        variant: what.variant,
        ...(rubric ? { rubric } : {}),
      });
      await writeFileAtomic(opts.output, bytes);
      const kind = what.variant === "handout" ? "" : ` ${what.variant === "worksheet" ? "worksheet" : "answer key"} of ${what.exercise},`;
      io.err(`wrote ${opts.output}:${kind} ${pages} page${pages === 1 ? "" : "s"}, ${Math.round(bytes.length / 1024)} KB${how}\n`);
      setCode(0);
    });
