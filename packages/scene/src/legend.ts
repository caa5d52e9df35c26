import {
  compareStages,
  EDGE_KIND_INFO,
  EDGE_KINDS,
  type EdgeKind,
  KINDS,
  NODE_KINDS,
  type NodeKind,
  STAGES,
  type StageName,
} from "@mlsd/core";
import { KIND_STYLES } from "./kind-styles.js";
import { EDGE_DASH, STAGE_COLORS, THEMES, type ThemeName } from "./theme.js";

/**
 * A kind of part in a legend: its title and how the drawing shows it (colour, icon).
 * @public
 */
export interface LegendPart {
  kind: NodeKind;
  title: string;
  stage: StageName;
  color: string;
  /** SVG path data on the `ICON_VIEWBOX` grid. */
  icon: string;
}

/**
 * A kind of connection in a legend: its title, what it means and how its line is drawn.
 * @public
 */
export interface LegendLine {
  kind: EdgeKind;
  title: string;
  description: string;
  color: string;
  /** SVG `stroke-dasharray`; absent for a solid line. */
  dash?: string;
}

/**
 * A stage in a legend: its title and colour (its frame, and the family of its kinds' colours).
 * @public
 */
export interface LegendStage {
  stage: StageName;
  title: string;
  color: string;
}

/**
 * What a key to a drawing lists, in the order to show it: the kinds of parts in lifecycle
 * order, the kinds of connections (data, trigger, deploy, feedback) and the four stages.
 * The PDF handout and the editor draw their legends from it.
 * @public
 */
export interface Legend {
  parts: LegendPart[];
  lines: LegendLine[];
  stages: LegendStage[];
}

/**
 * The legend of a drawing: only the kinds its nodes and edges use, or (`all`) every kind.
 * Colours are the theme's, so a dark editor shows the lines as it draws them.
 * @public
 */
export const legendOf = (
  drawing: { readonly nodes: readonly { kind: NodeKind }[]; readonly edges: readonly { kind: EdgeKind }[] },
  { theme = "light", all = false }: { theme?: ThemeName; all?: boolean } = {},
): Legend => {
  const nodeKinds = all ? NODE_KINDS : [...new Set(drawing.nodes.map((n) => n.kind))];
  const edgeKinds = new Set(all ? EDGE_KINDS : drawing.edges.map((e) => e.kind));
  const parts = nodeKinds
    .filter((k) => KINDS[k])
    .map((kind) => ({ kind, title: KINDS[kind].title, stage: KINDS[kind].stage, ...KIND_STYLES[kind] }))
    .sort((a, b) => compareStages(a.stage, b.stage) || a.title.localeCompare(b.title));
  const lines = EDGE_KINDS.filter((k) => edgeKinds.has(k)).map((kind) => {
    const dash = EDGE_DASH[kind];
    return { kind, ...EDGE_KIND_INFO[kind], color: THEMES[theme].edge[kind], ...(dash ? { dash } : {}) };
  });
  const stages = STAGES.map((s) => ({ stage: s.id, title: s.title, color: STAGE_COLORS[s.id] }));
  return { parts, lines, stages };
};
