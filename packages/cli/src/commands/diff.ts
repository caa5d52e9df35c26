import {
  type ChangedPart,
  compareDesigns,
  type DesignDiff,
  type DiffPart,
  type FieldChange,
  formatProblems,
  isSameDesign,
  type MovedPart,
} from "@mlsd/core";
import { type Command, Option } from "commander";
import type { Io } from "../io.js";
import { readDocument } from "../io.js";
import { clean, shown } from "../terminal.js";

type Section = "nodes" | "edges" | "notes";

/** `"Scoring API" [api]`, `"Scoring" → "Monitor" [api-mon]`, `"Why" [why]`. */
const name = (section: Section, p: DiffPart): string => {
  const id = `[${clean(p.id)}]`;
  if (section === "edges") {
    const label = p.label ? ` "${clean(p.label)}"` : "";
    return `${shown(p.sourceLabel)} → ${shown(p.targetLabel)}${label} ${id} (${p.kind})`;
  }
  if (section === "nodes") return `${shown(p.label)} ${id} (${p.kind}, ${p.stage})`;
  return p.label ? `${shown(p.label)} ${id}` : id;
};

const field = (f: FieldChange): string => {
  // Long free text (note texts, node notes) is named rather than quoted in full.
  const long = [f.before, f.after].some((v) => typeof v === "string" && v.length > 60);
  if (long) return `${f.field} changed`;
  return `${f.field} ${shown(f.before, 40)} → ${shown(f.after, 40)}`;
};

const changedLine = (section: Section, c: ChangedPart): string => {
  const was = c.beforeId && !c.fields.some((f) => f.field === "id") ? ` (was [${clean(c.beforeId)}])` : "";
  const moved = c.moved ? "; also moved" : "";
  return `  ~ ${name(section, c)}${was}: ${c.fields.map(field).join("; ")}${moved}`;
};

const movedLine = (m: MovedPart): string => `  > ${name("nodes", m)}: moved (${m.fields.join(", ")})`;

const counts = (diff: DesignDiff, section: Section): string | undefined => {
  const d = diff[section];
  const parts = [
    d.added.length && `${d.added.length} added`,
    d.removed.length && `${d.removed.length} removed`,
    d.changed.length && `${d.changed.length} changed`,
    section === "nodes" && diff.nodes.moved.length && `${diff.nodes.moved.length} moved`,
  ].filter(Boolean);
  return parts.length ? `${section}: ${parts.join(", ")}` : undefined;
};

/** A summary line, then per section: added (+), removed (-), changed (~) and moved (>) parts by label and id. */
export const formatDiff = (before: string, after: string, diff: DesignDiff): string => {
  const head = `${clean(before)} → ${clean(after)}`;
  if (isSameDesign(diff)) return `${head}: no differences\n`;
  const lines = [`${head}: ${(["nodes", "edges", "notes"] as const).flatMap((s) => counts(diff, s) ?? []).join("; ")}`];
  for (const section of ["nodes", "edges", "notes"] as const) {
    const d = diff[section];
    const moved = section === "nodes" ? diff.nodes.moved : [];
    if (!d.added.length && !d.removed.length && !d.changed.length && !moved.length) continue;
    lines.push(section);
    for (const p of d.added) lines.push(`  + ${name(section, p)}`);
    for (const p of d.removed) lines.push(`  - ${name(section, p)}`);
    for (const c of d.changed) lines.push(changedLine(section, c));
    for (const m of moved) lines.push(movedLine(m));
  }
  return `${lines.join("\n")}\n`;
};

export const registerDiff = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("diff")
    .description(
      "compare two designs: nodes, edges and notes added, removed, changed or moved; exits 0 when the same, 1 when different, 2 on bad input",
    )
    .argument("<before>", "the first .mlsd.json file")
    .argument("<after>", "the second .mlsd.json file")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (before: string, after: string, opts: { format: "text" | "json" }) => {
      const reads = await Promise.all([readDocument(before), readDocument(after)]);
      let bad = false;
      reads.forEach((read, i) => {
        if (read.ok) return;
        io.err(`${formatProblems(read.error.problems, i === 0 ? before : after).join("\n")}\n`);
        bad = true;
      });
      if (bad || !reads[0].ok || !reads[1].ok) return setCode(2);
      const diff = compareDesigns(reads[0].value, reads[1].value);
      io.out(opts.format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : formatDiff(before, after, diff));
      setCode(isSameDesign(diff) ? 0 : 1);
    });
