import { escapeJsonControls, formatProblems, type Problem } from "@mlsd/core";
import { type Finding, type ReviewSummary, RULES, review, reviewSummary, type Severity } from "@mlsd/core/review";
import { type Command, Option } from "commander";
import type { Io } from "../io.js";
import { readDocument } from "../io.js";
import { clean } from "../terminal.js";

type FileResult =
  | { file: string; valid: true; summary: ReviewSummary; findings: Finding[] }
  | { file: string; valid: false; problems: Problem[] };

const HEADINGS: Record<Severity, string> = { error: "errors", warning: "warnings", info: "info" };
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 || word === "info" ? "" : "s"}`;

export const formatSummary = (s: ReviewSummary): string =>
  [plural(s.error, "error"), plural(s.warning, "warning"), plural(s.info, "info"), `${s.suppressed} suppressed`].join(", ");

const findingLines = (f: Finding, explain: boolean): string[] => {
  const nodes = f.nodes.length ? `  [${f.nodes.join(", ")}]` : "";
  // Suppressed findings are listed together, so each says its own severity.
  const rule = f.suppressed ? `${f.rule} (${f.severity})` : f.rule;
  const lines = [`    ${rule}: ${clean(f.message)}${nodes}`];
  if (f.suppressed) lines.push(`      reason: ${clean(f.suppressed.reason)}`);
  if (explain) lines.push(`      why: ${f.why}`, `      fix: ${f.hint}`);
  return lines;
};

/** Errors, then warnings, then info; suppressed findings last, apart, with their reasons. */
export const formatReview = (path: string, findings: readonly Finding[], explain = false): string => {
  const file = clean(path);
  const summary = reviewSummary(findings);
  if (!findings.length) return `${file}: no findings\n`;
  const lines = [`${file}: ${formatSummary(summary)}`];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity && !f.suppressed);
    if (group.length) lines.push(`  ${HEADINGS[severity]}`, ...group.flatMap((f) => findingLines(f, explain)));
  }
  const kept = findings.filter((f) => f.suppressed);
  if (kept.length) lines.push("  suppressed", ...kept.flatMap((f) => findingLines(f, explain)));
  return `${lines.join("\n")}\n`;
};

const formatRules = (): string =>
  `${RULES.map((r) => `${r.id} (${r.severity}): ${r.title}\n    why: ${r.why}\n    fix: ${r.hint}`).join("\n")}\n`;

export const registerReview = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("review")
    .description("review designs against the ML design framework; exits 1 on any unsuppressed error-severity finding")
    .argument("[file...]", "one or more .mlsd.json files")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--explain", "say why each finding matters and how to fix it")
    .option("--rules", "list the review rules and exit")
    .action(async (files: string[], opts: { format: "text" | "json"; explain?: boolean; rules?: boolean }) => {
      if (opts.rules) {
        io.out(opts.format === "json" ? `${JSON.stringify(RULES, null, 2)}\n` : formatRules());
        return setCode(0);
      }
      if (!files.length) {
        io.err("mlsd review: name at least one .mlsd.json file (or --rules to list the rules)\n");
        return setCode(2);
      }
      const results: FileResult[] = [];
      for (const file of files) {
        const read = await readDocument(file, io.stdin);
        if (!read.ok) {
          io.err(`${formatProblems(read.error.problems, file).join("\n")}\n`);
          results.push({ file, valid: false, problems: read.error.problems });
          continue;
        }
        const findings = review(read.value);
        results.push({ file, valid: true, summary: reviewSummary(findings), findings });
      }
      const failed = results.some((r) => !r.valid || r.summary.error > 0);
      if (opts.format === "json") io.out(`${escapeJsonControls(JSON.stringify(results, null, 2))}\n`);
      else {
        const reviewed = results.filter((r) => r.valid);
        io.out(reviewed.map((r) => formatReview(r.file, r.findings, opts.explain)).join("\n"));
        if (results.length > 1) {
          const total = reviewed.reduce(
            (sum, r) => ({
              error: sum.error + r.summary.error,
              warning: sum.warning + r.summary.warning,
              info: sum.info + r.summary.info,
              suppressed: sum.suppressed + r.summary.suppressed,
            }),
            { error: 0, warning: 0, info: 0, suppressed: 0 },
          );
          const invalid = results.length - reviewed.length;
          io.out(`\n${results.length} files${invalid ? ` (${invalid} invalid)` : ""}: ${formatSummary(total)}\n`);
        }
      }
      setCode(failed ? 1 : 0);
    });
