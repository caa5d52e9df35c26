import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { EXERCISE_IDS, getRubric, isExerciseId } from "@mlsd/catalog";
import { formatProblems, type Grade, gradeDesign, parseRubric, type Rubric } from "@mlsd/core";
import { type Command, Option } from "commander";
import type { Io } from "../io.js";
import { readDocument } from "../io.js";
import { clean, plural } from "../terminal.js";

type Format = "text" | "json" | "csv";

/** One graded file, as JSON prints it. */
export interface GradeRow {
  file: string;
  exercise: string;
  score: number;
  max: number;
  items: { id: string; title: string; passed: boolean; evidence: string; points: number; earned: number }[];
}

const SUFFIX = ".mlsd.json";

/** Files as given; a folder stands for every *.mlsd.json directly inside it, in name order. */
const expand = async (paths: readonly string[], problem: (path: string, message: string) => void): Promise<string[]> => {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const inside = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith(SUFFIX))
      .map((e) => e.name)
      .sort();
    if (!inside.length) problem(path, `the folder holds no ${SUFFIX} file`);
    files.push(...inside.map((name) => join(path, name)));
  }
  return files;
};

/** The rubric of a catalogue exercise, or one read from a file; a message when neither works. */
const loadRubric = async (opts: { exercise?: string; rubric?: string }): Promise<Rubric | string> => {
  if (opts.rubric) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(opts.rubric, "utf8"));
    } catch (e) {
      return `${opts.rubric}: cannot read the rubric: ${e instanceof Error ? e.message : String(e)}`;
    }
    const parsed = parseRubric(value);
    return parsed.ok ? parsed.value : formatProblems(parsed.error.problems, opts.rubric).join("\n");
  }
  if (!opts.exercise) return "mlsd grade: name the exercise with --exercise <id> (or a rubric file with --rubric <file>)";
  if (!isExerciseId(opts.exercise))
    return `mlsd grade: no exercise "${clean(opts.exercise)}"; the exercises are ${EXERCISE_IDS.join(", ")}`;
  return getRubric(opts.exercise);
};

const row = (file: string, exercise: string, grade: Grade): GradeRow => ({
  file,
  exercise,
  score: grade.score,
  max: grade.max,
  items: grade.items.map(({ id, title, passed, evidence, points, earned }) => ({ id, title, passed, evidence, points, earned })),
});

/** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused so a spreadsheet never runs it. */
export const csvField = (value: string): string => {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A header (file, score, max, one column per item: the points it earned) and one row per file. */
export const formatCsv = (rows: readonly GradeRow[], rubric: Rubric): string => {
  const lines = [["file", "score", "max", ...rubric.items.map((i) => i.id)]];
  for (const r of rows) lines.push([r.file, String(r.score), String(r.max), ...r.items.map((i) => String(i.earned))]);
  return `${lines.map((cells) => cells.map(csvField).join(",")).join("\r\n")}\r\n`;
};

/** Per file: the score, then each item passed or missed with its points and evidence. */
export const formatGrade = (r: GradeRow): string => {
  const lines = [`${clean(r.file)}: ${r.score}/${r.max} on ${clean(r.exercise)}`];
  for (const i of r.items) {
    lines.push(`  ${i.passed ? "pass" : "MISS"}  ${i.id} (${i.earned}/${i.points})  ${i.title}`);
    lines.push(`        ${clean(i.evidence)}`);
  }
  return `${lines.join("\n")}\n`;
};

const summary = (rows: readonly GradeRow[], invalid: number): string => {
  const mean = rows.length ? rows.reduce((s, r) => s + r.score, 0) / rows.length : 0;
  const max = rows[0]?.max ?? 0;
  const graded = `${plural(rows.length, "file")} graded`;
  return `\n${graded}${invalid ? `, ${invalid} could not be read` : ""}${rows.length ? `: mean ${Math.round(mean * 10) / 10}/${max}` : ""}\n`;
};

export const registerGrade = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("grade")
    .description(
      "grade designs against an exercise's rubric; a folder grades every *.mlsd.json in it. Exits 0 when every file was graded, 1 when some could not be read (the rest are still graded), 2 on bad usage",
    )
    .argument("[file...]", "designs (.mlsd.json files) or folders of them")
    .option("-e, --exercise <id>", "the exercise whose rubric to grade against")
    .option("--rubric <file>", "grade against a rubric in a JSON file instead (the exercise's id is then only a label)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "csv"]).default("text"))
    .action(async (paths: string[], opts: { exercise?: string; rubric?: string; format: Format }) => {
      const rubric = await loadRubric(opts);
      if (typeof rubric === "string") {
        io.err(`${rubric}\n`);
        return setCode(2);
      }
      if (!paths.length) {
        io.err("mlsd grade: name at least one design file or folder\n");
        return setCode(2);
      }
      let invalid = 0;
      const problem = (path: string, message: string) => {
        io.err(`${clean(path)}: ${message}\n`);
        invalid++;
      };
      const exercise = opts.exercise ?? opts.rubric!;
      const rows: GradeRow[] = [];
      for (const file of await expand(paths, problem)) {
        const read = await readDocument(file);
        if (!read.ok) {
          io.err(`${formatProblems(read.error.problems, clean(file)).join("\n")}\n`);
          invalid++;
          continue;
        }
        rows.push(row(file, exercise, gradeDesign(read.value, { rubric })));
      }
      if (opts.format === "json") io.out(`${JSON.stringify(rows, null, 2)}\n`);
      else if (opts.format === "csv") io.out(formatCsv(rows, rubric));
      else io.out(rows.map(formatGrade).join("\n") + (rows.length + invalid > 1 ? summary(rows, invalid) : ""));
      setCode(invalid ? 1 : 0);
    });
