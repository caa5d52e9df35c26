import { EDGE_KIND_INFO, type EdgeKind, KINDS, type NodeKind, STAGES, type StageId } from "@mlsd/core";

/**
 * What both a Document and a Scene have: enough to describe a design in words.
 * @public
 */
export interface Describable {
  title: string;
  nodes: readonly { id: string; kind: NodeKind; stage: StageId; label: string }[];
  edges: readonly { source: string; target: string; kind: EdgeKind; label?: string }[];
}

/**
 * One stage of the outline: its title and the parts in it.
 * @public
 */
export interface OutlineStage {
  title: string;
  nodes: string[];
}

/**
 * The design in words: an accessible label and the stages with their parts and connections.
 * @public
 */
export interface DesignOutline {
  /** The one-line summary read as the diagram's accessible name. */
  label: string;
  stages: OutlineStage[];
  connections: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * A design in words, for screen readers: the stages in order with their components, then
 * every connection. The same text on the server and in the browser.
 * @public
 */
export const describeDesign = (design: Describable): DesignOutline => {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const stages = STAGES.map((stage) => ({
    title: stage.title,
    nodes: design.nodes.filter((n) => n.stage === stage.id).map((n) => `${n.label} (${KINDS[n.kind]?.title ?? n.kind})`),
  })).filter((s) => s.nodes.length > 0);
  const connections = design.edges.map((e) => {
    const from = byId.get(e.source)?.label ?? e.source;
    const to = byId.get(e.target)?.label ?? e.target;
    const kind = EDGE_KIND_INFO[e.kind]?.title.toLowerCase() ?? e.kind;
    return `${from} to ${to}: ${kind}${e.label ? `, ${e.label}` : ""}`;
  });
  const label = `${design.title || "Untitled design"}: ML system design diagram with ${plural(design.nodes.length, "component")} in ${plural(stages.length, "stage")} and ${plural(design.edges.length, "connection")}.`;
  return { label, stages, connections };
};
