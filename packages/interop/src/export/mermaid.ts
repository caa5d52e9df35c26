import { type Document, EDGE_KINDS, type EdgeKind, type NodeKind, STAGES } from "@mlsd/core";
import { KIND_STYLES, STAGE_COLORS, THEMES } from "@mlsd/scene";
import { idLine, LINKS, markerComment } from "../mlsd-flavour.js";
import { KIND_SHAPES, MERMAID_BRACKETS, tint } from "./shapes.js";

/** Words Mermaid reads as statements when they start a line (see CONTEXT.md for how this was found). */
const KEYWORDS = new Set([
  "graph",
  "flowchart",
  "subgraph",
  "end",
  "style",
  "class",
  "classDef",
  "click",
  "linkStyle",
  "direction",
  "accTitle",
  "accDescr",
]);
/** Ids Mermaid reads as they are: words joined by single hyphens, not starting with a keyword. */
const SAFE_ID = /^[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*$/;

const isSafeId = (id: string): boolean => SAFE_ID.test(id) && !KEYWORDS.has(id.split("-")[0]!);

/**
 * A label inside Mermaid's double quotes: characters that would end or change it become
 * Mermaid's entity codes, so "Fraud #1 <b>" reads back as written and renders as text.
 */
export const escapeMermaidLabel = (text: string): string =>
  text
    .replace(/\s+/g, " ")
    .replace(/#/g, "#35;")
    .replace(/&/g, "#38;")
    .replace(/"/g, "#quot;")
    // HTML's own entities: mermaid loses a final "#gt;" after "{…}" (found with a hostile label).
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "#124;")
    .replace(/`/g, "#96;");

const STAGE_PREFIX = "stage_";

/**
 * A design as a Mermaid flowchart that GitHub, GitLab and mermaid itself render: each stage
 * a subgraph, each kind a shape and a colour class, feedback edges dotted (deploy thick,
 * triggers with a circle end), labels escaped. Importing it back gives the same parts and
 * edges: a marker comment tells the import to read link styles and classes as written.
 * @public
 */
export const exportMermaid = (doc: Document): string => {
  const stageIds = new Set(STAGES.map((s) => `${STAGE_PREFIX}${s.id}`));
  const taken = new Set<string>(stageIds);
  const alias = new Map<string, string>();
  const aliasLines: string[] = [];
  for (const n of doc.nodes) if (isSafeId(n.id) && !stageIds.has(n.id)) taken.add(n.id);
  for (const n of doc.nodes) {
    if (isSafeId(n.id) && !stageIds.has(n.id)) {
      alias.set(n.id, n.id);
      continue;
    }
    const stem = `id_${n.id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let a = stem;
    for (let i = 2; taken.has(a); i++) a = `${stem}_${i}`;
    taken.add(a);
    alias.set(n.id, a);
    aliasLines.push(`%% ${idLine(a, n.id)}`);
  }
  const lines = ["---", `title: ${JSON.stringify(doc.title.replace(/\s+/g, " "))}`, "---", `%% ${markerComment()}`, ...aliasLines];
  lines.push(`flowchart ${doc.layout?.direction === "down" ? "TB" : "LR"}`);

  for (const stage of STAGES) {
    const nodes = doc.nodes.filter((n) => n.stage === stage.id);
    if (!nodes.length) continue;
    lines.push(`  subgraph ${STAGE_PREFIX}${stage.id}["${escapeMermaidLabel(stage.title)}"]`);
    for (const n of nodes) {
      const [open, close] = MERMAID_BRACKETS[KIND_SHAPES[n.kind]];
      lines.push(`    ${alias.get(n.id)}${open}"${escapeMermaidLabel(n.label)}"${close}`);
    }
    lines.push("  end");
  }

  const styled = new Map<EdgeKind, number[]>();
  doc.edges.forEach((e, i) => {
    const label = e.label?.trim() ? `|"${escapeMermaidLabel(e.label)}"|` : "";
    lines.push(`  ${alias.get(e.source)} ${LINKS[e.kind]}${label} ${alias.get(e.target)}`);
    if (e.kind !== "data") styled.set(e.kind, [...(styled.get(e.kind) ?? []), i]);
  });

  const theme = THEMES.light;
  const used = [...new Set(doc.nodes.map((n) => n.kind))] as NodeKind[];
  for (const kind of used) {
    const color = KIND_STYLES[kind].color;
    lines.push(`  classDef ${kind} fill:${tint(color, 0.12)},stroke:${color},stroke-width:2px,color:${theme.text}`);
    lines.push(
      `  class ${doc.nodes
        .filter((n) => n.kind === kind)
        .map((n) => alias.get(n.id))
        .join(",")} ${kind}`,
    );
  }
  for (const stage of STAGES)
    if (doc.nodes.some((n) => n.stage === stage.id)) {
      const color = STAGE_COLORS[stage.id];
      lines.push(`  style ${STAGE_PREFIX}${stage.id} fill:${tint(color, theme.frameTint)},stroke:${color},color:${theme.frameTitle}`);
    }
  for (const kind of EDGE_KINDS) {
    const indexes = styled.get(kind);
    if (indexes) lines.push(`  linkStyle ${indexes.join(",")} stroke:${theme.edge[kind]},color:${theme.edge[kind]}`);
  }
  return `${lines.join("\n")}\n`;
};
