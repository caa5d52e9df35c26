import {
  compareStages,
  type DesignEdge,
  type DesignNode,
  type DesignNote,
  type Document,
  EdgeId,
  type EdgeKind,
  emptyDocument,
  err,
  freshId,
  ID_PATTERN,
  isNodeKind,
  KINDS,
  LIMITS,
  NodeId,
  type NodeKind,
  ok,
  parseDocument,
  type Result,
  type StageId,
  slugify,
} from "@mlsd/core";
import { type ImportError, plainError } from "../errors.js";
import type { Flowchart, FlowLink, FlowNode } from "../mermaid/ast.js";
import { parseFlowchart } from "../mermaid/parse.js";
import { plainText } from "../mermaid/text.js";
import { edgeKindOfLink, isMarker, readIdLine } from "../mlsd-flavour.js";
import { inferKind } from "./infer-kind.js";
import { stageNamedBy } from "./infer-stage.js";
import type { ImportedEdge, ImportedPart, ImportReport, ReportEntry } from "./report.js";
import { selectDiagram } from "./select.js";

/**
 * How `importMermaid` reads its input: which Markdown block, and the title and id when the diagram gives none.
 * @public
 */
export interface ImportOptions {
  /** Which ```mermaid block of a Markdown file to read, counted from 1; default: the first flowchart. */
  block?: number;
  /** The title when the diagram gives none (front matter `title:`, `accTitle:` or a Markdown heading). */
  title?: string;
  /** The document id; default: from the title. */
  id?: string;
}

/**
 * What `importMermaid` returns: the design with its import report, or why the input could not be read.
 * @public
 */
export type ImportOutcome = Result<{ document: Document; report: ImportReport }, ImportError>;

const SERVED_BY = new Set<NodeKind>(["online-service", "batch-prediction", "on-device-model", "ab-test", "prediction-cache"]);
const SHIPS = new Set<NodeKind>(["model", "model-registry", "training-job"]);
const TRIGGERS = /\btrigger|schedul|orchestrat|\bcron\b/;

const clip = (text: string, max: number, what: string, entries: ReportEntry[], line: number): string => {
  if (text.length <= max) return text;
  entries.push({ action: "repaired", message: `${what} cut to ${max} characters`, line });
  return `${text.slice(0, max - 1)}…`;
};

/** Letters and digits of a text as a slug ("" when it has none, e.g. a label in Chinese). */
const asciiSlug = (text: string): string => (/[a-z0-9]/i.test(text.normalize("NFKD")) ? slugify(text) : "");

/** mlsd ids for the source's ids: kept where valid, else a slug; unique either way. */
const assignIds = (nodes: readonly FlowNode[], aliases: ReadonlyMap<string, string>, entries: ReportEntry[]): Map<string, NodeId> => {
  const ids = new Map<string, NodeId>();
  const taken = new Set<string>();
  for (const n of nodes) {
    const wanted = aliases.get(n.id) ?? n.id;
    if (ID_PATTERN.test(wanted) && !taken.has(wanted)) {
      ids.set(n.id, NodeId(wanted));
      taken.add(wanted);
    }
  }
  for (const n of nodes) {
    if (ids.has(n.id)) continue;
    const id = freshId(asciiSlug(n.id) || asciiSlug(plainText(n.label ?? "")) || "node", taken);
    ids.set(n.id, NodeId(id));
    taken.add(id);
    entries.push({
      action: "repaired",
      message: `id "${n.id}" is not an mlsd id (letters, digits and _ . : -); it is "${id}" now`,
      line: n.at.line,
    });
  }
  return ids;
};

/** The stage named by the innermost group around a node that names one. */
const subgraphStage = (chart: Flowchart, node: FlowNode): StageId | null => {
  for (let id = node.subgraph; id !== undefined; id = chart.subgraphs.get(id)?.parent) {
    const sub = chart.subgraphs.get(id);
    const stage = sub ? (stageNamedBy(plainText(sub.title)) ?? stageNamedBy(sub.id)) : null;
    if (stage) return stage;
  }
  return null;
};

/** Links between real parts: links to a subgraph go to its first part (from its last), the rest are dropped with a reason. */
const resolveLinks = (chart: Flowchart, entries: ReportEntry[]): FlowLink[] => {
  const members = (sub: string) =>
    [...chart.nodes.values()].filter((n) => {
      for (let id = n.subgraph; id !== undefined; id = chart.subgraphs.get(id)?.parent) if (id === sub) return true;
      return false;
    });
  const out: FlowLink[] = [];
  for (const link of chart.links) {
    if (link.stroke === "invisible") {
      entries.push({
        action: "dropped",
        message: `invisible link ${link.source} ~~~ ${link.target} (a layout hint, not a flow)`,
        line: link.at.line,
      });
      continue;
    }
    let sources = [link.source];
    let targets = [link.target];
    let moved = false;
    for (const end of ["source", "target"] as const) {
      const ref = end === "source" ? link.source : link.target;
      if (!chart.subgraphs.has(ref)) continue;
      const inside = members(ref);
      if (!inside.length) {
        entries.push({
          action: "dropped",
          message: `link ${link.source} → ${link.target}: subgraph "${ref}" holds no part`,
          line: link.at.line,
        });
        sources = [];
        break;
      }
      // A flow into a group enters at its parts nothing inside feeds; a flow out of it leaves from its last parts.
      const ids = new Set(inside.map((n) => n.id));
      const internal = chart.links.filter((l) => ids.has(l.source) && ids.has(l.target));
      const ends = inside.filter((n) => !internal.some((l) => (end === "source" ? l.source : l.target) === n.id)).map((n) => n.id);
      if (end === "source") sources = ends.length ? ends : [inside.at(-1)!.id];
      else targets = ends.length ? ends : [inside[0]!.id];
      moved = true;
    }
    if (!sources.length) continue;
    if (moved)
      entries.push({
        action: "repaired",
        message: `link ${link.source} → ${link.target} to a whole subgraph now joins ${sources.join(", ")} → ${targets.join(", ")} (mlsd has no groups)`,
        line: link.at.line,
      });
    for (const source of sources)
      for (const target of targets) {
        if (source === target) {
          entries.push({ action: "dropped", message: `link from ${source} to itself (mlsd has no self-loops)`, line: link.at.line });
          continue;
        }
        if (link.both)
          entries.push({
            action: "repaired",
            message: `two-way link ${source} ↔ ${target} kept as one edge ${source} → ${target}`,
            line: link.at.line,
          });
        out.push({ ...link, source, target });
      }
  }
  return out;
};

/** Links that close a cycle: a depth-first walk in the order the source declares them. */
const backLinks = (nodes: readonly string[], links: readonly FlowLink[]): Set<FlowLink> => {
  const out = new Map<string, FlowLink[]>();
  for (const l of links) out.set(l.source, [...(out.get(l.source) ?? []), l]);
  const state = new Map<string, 1 | 2>();
  const back = new Set<FlowLink>();
  for (const start of nodes) {
    if (state.has(start)) continue;
    // Iterative, so a long chain cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length) {
      const top = stack.at(-1)!;
      const link = out.get(top.id)?.[top.next++];
      if (!link) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const s = state.get(link.target);
      if (s === 1) back.add(link);
      else if (s === undefined) {
        state.set(link.target, 1);
        stack.push({ id: link.target, next: 0 });
      }
    }
  }
  return back;
};

/** True when `to` can be reached from `from` along the links. */
const reaches = (from: string, to: string, out: ReadonlyMap<string, readonly FlowLink[]>): boolean => {
  const seen = new Set([from]);
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (id === to) return true;
    for (const l of out.get(id) ?? [])
      if (!seen.has(l.target)) {
        seen.add(l.target);
        queue.push(l.target);
      }
  }
  return false;
};

/**
 * The links that close loops: first those on a cycle that go back to an earlier stage (the
 * framework's feedback loops), then, for loops left, the link a walk in source order meets last.
 */
const loopLinks = (nodes: readonly string[], links: readonly FlowLink[], parts: ReadonlyMap<string, ImportedPart>): Set<FlowLink> => {
  const drop = (l: FlowLink) => -compareStages(parts.get(l.target)!.stage, parts.get(l.source)!.stage);
  // Longest jumps back first: "monitoring → data" is the loop, not the step inside it.
  const candidates = links.filter((l) => drop(l) > 0).sort((a, b) => drop(b) - drop(a));
  const loops = new Set<FlowLink>();
  for (const link of candidates) {
    const out = new Map<string, FlowLink[]>();
    for (const l of links) if (!loops.has(l)) out.set(l.source, [...(out.get(l.source) ?? []), l]);
    if (reaches(link.target, link.source, out)) loops.add(link);
  }
  for (const l of backLinks(
    nodes,
    links.filter((l) => !loops.has(l)),
  ))
    loops.add(l);
  return loops;
};

const build = (
  chart: Flowchart,
  options: ImportOptions & { heading?: string },
): Result<{ document: Document; report: ImportReport }, ImportError> => {
  const entries: ReportEntry[] = [];
  const fromMlsd = chart.comments.some(isMarker);
  const aliases = new Map(chart.comments.map(readIdLine).filter((p): p is [string, string] => p !== null));
  // A subgraph id used as a node (`A --> group`) means the group, not a new part.
  const flowNodes = [...chart.nodes.values()].filter((n) => !(chart.subgraphs.has(n.id) && n.label === undefined));
  if (!flowNodes.length) return err(plainError("noDiagram", "The flowchart has no nodes to import."));
  if (flowNodes.length > LIMITS.nodes)
    return err(plainError("tooLarge", `The flowchart has ${flowNodes.length} nodes; a design holds at most ${LIMITS.nodes}.`));
  const ids = assignIds(flowNodes, aliases, entries);

  // Kinds, then stages.
  const parts: ImportedPart[] = flowNodes.map((n) => {
    const label = clip(plainText(n.label ?? n.id) || n.id, LIMITS.labelLength, `label of "${n.id}"`, entries, n.at.line);
    // An mlsd export names kinds in classes; elsewhere a class such as "model" is only a colour
    // someone chose, so it counts only when the label says nothing.
    const classKind = n.classes.find(isNodeKind);
    const inferred = inferKind(label, n.shape);
    const { kind, reason } =
      classKind && (fromMlsd || inferred.reason === "unknown") ? { kind: classKind, reason: "class" as const } : inferred;
    const named = subgraphStage(chart, n);
    return {
      id: ids.get(n.id)!,
      sourceId: n.id,
      label,
      kind,
      kindFrom: reason,
      stage: named ?? KINDS[kind].stage,
      stageFrom: named ? "subgraph" : "kind",
      line: n.at.line,
    };
  });
  const links = resolveLinks(chart, entries).filter((l) => ids.has(l.source) && ids.has(l.target));
  const bySource = new Map(parts.map((p) => [p.sourceId, p]));
  settleUnknownStages(parts, links, bySource);

  // Edges: link styles of an mlsd export are taken as written; anything else is inferred.
  const back = fromMlsd
    ? new Set<FlowLink>()
    : loopLinks(
        flowNodes.map((n) => n.id),
        links,
        bySource,
      );
  const edges: DesignEdge[] = [];
  const edgeReport: ImportedEdge[] = [];
  const seen = new Map<string, DesignEdge>();
  const takenEdges = new Set<string>();
  for (const link of links) {
    const s = bySource.get(link.source)!;
    const t = bySource.get(link.target)!;
    let kind: EdgeKind;
    let kindFrom: ImportedEdge["kindFrom"];
    const words = plainText(link.label ?? "").toLowerCase();
    if (fromMlsd) [kind, kindFrom] = [edgeKindOfLink(link.stroke, link.head), "style"];
    else if (back.has(link)) [kind, kindFrom] = ["feedback", "cycle"];
    else if (link.stroke === "dotted" && compareStages(t.stage, s.stage) < 0) [kind, kindFrom] = ["feedback", "dotted"];
    else if ((SHIPS.has(s.kind) && SERVED_BY.has(t.kind)) || /\bdeploy/.test(words)) [kind, kindFrom] = ["deploy", "rule"];
    else if (TRIGGERS.test(s.label.toLowerCase()) || /\btrigger/.test(words)) [kind, kindFrom] = ["control", "rule"];
    else [kind, kindFrom] = ["data", "default"];
    const key = JSON.stringify([s.id, t.id, kind]);
    const label = link.label
      ? clip(plainText(link.label), LIMITS.labelLength, `label of link ${link.source} → ${link.target}`, entries, link.at.line)
      : "";
    const twin = seen.get(key);
    if (twin) {
      if (label && !twin.label?.split(" / ").includes(label))
        twin.label = clip(twin.label ? `${twin.label} / ${label}` : label, LIMITS.labelLength, "merged label", entries, link.at.line);
      entries.push({
        action: "repaired",
        message: `second ${kind} link ${link.source} → ${link.target} merged into the first`,
        line: link.at.line,
      });
      continue;
    }
    const id = EdgeId(freshId(`${s.id}-${t.id}`, takenEdges));
    takenEdges.add(id);
    const edge: DesignEdge = { id, kind, source: s.id, target: t.id, ...(label ? { label } : {}) };
    seen.set(key, edge);
    edges.push(edge);
    edgeReport.push({ id, kind, kindFrom, line: link.at.line });
  }
  if (edges.length > LIMITS.edges)
    return err(plainError("tooLarge", `The flowchart has ${edges.length} links; a design holds at most ${LIMITS.edges}.`));

  for (const what of new Set(chart.ignored.map((i) => i.what))) {
    const lines = chart.ignored.filter((i) => i.what === what).map((i) => i.at.line);
    entries.push({
      action: "ignored",
      message: `${lines.length} ${IGNORED[what]} (line${lines.length === 1 ? "" : "s"} ${lines.join(", ")})`,
    });
  }

  // Front matter and accTitle are plain text to Mermaid too: only white space is tidied.
  const title = clip(
    (chart.title ?? "").replace(/\s+/g, " ").trim() || options.heading || options.title || "Imported Mermaid flowchart",
    LIMITS.titleLength,
    "title",
    entries,
    1,
  );
  const base = emptyDocument(title, {
    ...(options.id ? { id: options.id } : {}),
    summary: clip(plainText(chart.description ?? ""), LIMITS.summaryLength, "description", entries, 1),
  });
  const direction = chart.direction === "LR" || chart.direction === "RL" ? "right" : "down";
  const document: Document = {
    ...base,
    layout: { direction },
    nodes: parts.map((p) => ({ id: p.id, kind: p.kind, stage: p.stage, label: p.label, props: {} }) as DesignNode),
    edges,
    notes: groupNotes(chart, parts, entries),
  };
  // The import builds documents itself; check them like any file, so a bug shows as an error, never as a bad design.
  const checked = parseDocument(JSON.parse(JSON.stringify(document)));
  if (!checked.ok) return err(plainError("invalid", `The imported design is not valid: ${checked.error.message}`, checked.error.problems));
  return ok({ document: checked.value, report: { direction, fromMlsd, parts, edges: edgeReport, entries } });
};

const IGNORED: Readonly<Record<Flowchart["ignored"][number]["what"], string>> = {
  class: "class line(s) (classes that name an mlsd kind set the kind)",
  classDef: "classDef line(s) (colours are mlsd's own)",
  style: "style line(s)",
  linkStyle: "linkStyle line(s)",
  click: "click line(s) (no links or callbacks in a design)",
  direction: "subgraph direction line(s) (mlsd lays out the whole design)",
  directive: "%%{init}%% directive(s)",
  "edge-id": "link id(s) (mlsd names edges itself)",
};

/**
 * Components the words could not place take the stage of the parts they sit between:
 * after their predecessors, else before their successors; alone, their kind's stage.
 */
const settleUnknownStages = (parts: ImportedPart[], links: readonly FlowLink[], bySource: ReadonlyMap<string, ImportedPart>) => {
  const open = new Set(parts.filter((p) => p.kindFrom === "unknown" && p.stageFrom === "kind"));
  const latest = (stages: StageId[]) => stages.sort(compareStages).at(-1);
  for (let changed = true; changed && open.size; ) {
    changed = false;
    for (const p of open) {
      const placed = (id: string) => {
        const q = bySource.get(id);
        return q && !open.has(q) ? q.stage : null;
      };
      const before = links.filter((l) => l.target === p.sourceId).map((l) => placed(l.source));
      const after = links.filter((l) => l.source === p.sourceId).map((l) => placed(l.target));
      const stage =
        latest(before.filter((s): s is StageId => s !== null)) ?? after.filter((s): s is StageId => s !== null).sort(compareStages)[0];
      if (!stage) continue;
      p.stage = stage;
      p.stageFrom = "neighbours";
      open.delete(p);
      changed = true;
    }
  }
};

/** Groups whose titles name no stage are kept as notes on their parts, so the grouping is not lost. */
const groupNotes = (chart: Flowchart, parts: readonly ImportedPart[], entries: ReportEntry[]): DesignNote[] => {
  const notes: DesignNote[] = [];
  const taken = new Set<string>();
  for (const sub of chart.subgraphs.values()) {
    const title = plainText(sub.title);
    if (stageNamedBy(title) ?? stageNamedBy(sub.id)) continue;
    const nodes = parts.filter((p) => chart.nodes.get(p.sourceId)?.subgraph === sub.id).map((p) => p.id);
    if (!nodes.length || notes.length >= LIMITS.notes) continue;
    const id = freshId(`group-${slugify(title || sub.id)}`, taken);
    taken.add(id);
    const shown = title.slice(0, LIMITS.titleLength);
    notes.push({ id, title: shown, text: `Grouped as "${shown}" in the Mermaid source.`, nodes });
    entries.push({
      action: "repaired",
      message: `subgraph "${shown}" names no stage; kept as a note on its ${nodes.length} part(s)`,
      line: sub.at.line,
    });
  }
  return notes;
};

/**
 * Reads a Mermaid flowchart (or a Markdown file's ```mermaid block) into a valid design
 * without positions, and reports what it inferred, repaired and set aside. Never throws:
 * other diagram types, syntax errors (with line and column) and empty input are errors.
 * @public
 */
export const importMermaid = (text: string, options: ImportOptions = {}): ImportOutcome => {
  const selected = selectDiagram(text, options.block);
  if (!selected.ok) return selected;
  const { text: diagram, origin, heading, block } = selected.value;
  const parsed = parseFlowchart(diagram, origin);
  if (!parsed.ok) return parsed;
  const built = build(parsed.value, { ...options, ...(heading ? { heading } : {}) });
  if (!built.ok) return built;
  if (block) built.value.report.block = block;
  return built;
};
