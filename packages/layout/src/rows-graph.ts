import { type Document, STAGE_IDS, type StageId } from "@mlsd/core";
import { estimateTextWidth, FRAME_METRICS, NODE_METRICS, splitBackEdges } from "@mlsd/scene";
import type { ElkExtendedEdge, ElkNode } from "./adapter.js";
import { layoutSize } from "./pins.js";

/** The ELK id of a stage's row: `#` cannot occur in a document id. */
export const rowId = (stage: StageId) => `#row:${stage}`;

/**
 * ELK options of one stage's row: layered, left to right, compact. Components that share
 * no edge (an objective and a constraint) go side by side (a wide aspect ratio), since a
 * row has width to spare and every level of boxes makes it taller.
 */
const rowOptions = (nodeCount: number): Record<string, string> => ({
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.randomSeed": "1",
  "elk.aspectRatio": "100",
  "elk.layered.thoroughness": nodeCount > 60 ? "3" : "7",
  "elk.spacing.nodeNode": "28",
  "elk.spacing.componentComponent": "36",
  "elk.layered.spacing.nodeNodeBetweenLayers": String(2 * FRAME_METRICS.stub + 12),
  "elk.spacing.edgeNode": "14",
  "elk.spacing.edgeEdge": "10",
  "elk.layered.spacing.edgeNodeBetweenLayers": "14",
  "elk.layered.spacing.edgeEdgeBetweenLayers": "10",
  "elk.spacing.edgeLabel": "4",
  "elk.edgeLabels.placement": "CENTER",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.nodePlacement.bk.fixedAlignment": "BALANCED",
  "elk.padding": "[top=0,left=0,bottom=0,right=0]",
});

/**
 * Document → the ELK graph of a "rows" layout (pure): one compound node per stage with
 * nodes, laid out on its own left to right with the forward edges inside the stage (and
 * their labels, so ELK leaves room for them between columns). Edges between stages and
 * feedback loops stay out: scene's router draws them between the rows. A pinned node keeps
 * its stored size.
 */
export const toRowsElkGraph = (document: Document, compact = false): ElkNode => {
  const stage = new Map(document.nodes.map((n) => [n.id as string, n.stage]));
  const { forward } = splitBackEdges(document.nodes, document.edges);
  const children: ElkNode[] = [];
  for (const s of STAGE_IDS) {
    const nodes = document.nodes.filter((n) => n.stage === s);
    if (!nodes.length) continue;
    const edges: ElkExtendedEdge[] = forward
      .filter((e) => e.source !== e.target && stage.get(e.source) === s && stage.get(e.target) === s)
      .map((e) => ({
        id: e.id,
        sources: [e.source],
        targets: [e.target],
        ...(e.label
          ? {
              labels: [
                {
                  id: `${e.id}#label`,
                  text: e.label,
                  width: Math.ceil(estimateTextWidth(e.label, NODE_METRICS.edgeLabelSize) + 8),
                  height: NODE_METRICS.edgeLabelSize + 6,
                },
              ],
            }
          : {}),
      }));
    children.push({
      id: rowId(s),
      layoutOptions: rowOptions(document.nodes.length),
      children: nodes.map((n) => ({ id: n.id, ...layoutSize(n, compact) })),
      edges,
    });
  }
  return { id: "root", layoutOptions: { "elk.algorithm": "fixed" }, children, edges: [] };
};
