import { type Document, STAGE_IDS, type StageId } from "@mlsd/core";
import { emptyStageExtent, estimateTextWidth, FRAME_METRICS, NODE_METRICS, titleGutter } from "@mlsd/scene";
import type { ElkExtendedEdge, ElkNode } from "./adapter.js";
import { resolveDirection, type ShapeOptions } from "./options.js";
import { layoutSize } from "./pins.js";
import { layerPlan } from "./stacking.js";

/** Ids ELK sees besides node ids; `#` cannot occur in a document id, so they never clash. */
export const emptyStageId = (stage: StageId) => `#empty:${stage}`;
export const sourcePortId = (edgeId: string) => `${edgeId}#out`;
export const targetPortId = (edgeId: string) => `${edgeId}#in`;

// Between stages the gap holds both frames' padding and a narrow seam between the frames.
const LAYER_GAP = 2 * FRAME_METRICS.pad + 4;

/**
 * ELK options. Interactive layering keeps the layers of `assignLayers`, so each stage has
 * its own run of layers, in lifecycle order (the bands). Fixed port sides (out on the far side, in on the near
 * side) keep edges reading in the flow's direction; an edge that still points backwards
 * inside a stage (a cycle) is routed around its nodes by ELK.
 */
export const elkLayoutOptions = (direction: "right" | "down", nodeCount = 0): Record<string, string> => {
  const right = direction === "right";
  const head = right ? FRAME_METRICS.titleBand : titleGutter();
  const pad = FRAME_METRICS.pad + 12;
  return {
    "elk.algorithm": "layered",
    "elk.direction": right ? "RIGHT" : "DOWN",
    "elk.edgeRouting": "ORTHOGONAL",
    // Layers come from assignLayers (stage bands); ELK keeps them and orders within them.
    "elk.layered.layering.strategy": "INTERACTIVE",
    "elk.layered.cycleBreaking.strategy": "INTERACTIVE",
    "elk.separateConnectedComponents": "false",
    "elk.randomSeed": "1",
    // Fewer crossing-minimisation sweeps on big designs: half the time, the same crossings
    // in the benchmark from 100 nodes up; small designs get the thorough default.
    "elk.layered.thoroughness": nodeCount > 60 ? "3" : "7",
    "elk.spacing.nodeNode": "28",
    "elk.layered.spacing.nodeNodeBetweenLayers": String(LAYER_GAP),
    "elk.spacing.edgeNode": "14",
    "elk.spacing.edgeEdge": "10",
    "elk.layered.spacing.edgeNodeBetweenLayers": "14",
    "elk.layered.spacing.edgeEdgeBetweenLayers": "10",
    "elk.spacing.edgeLabel": "4",
    "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    "elk.layered.nodePlacement.bk.fixedAlignment": "BALANCED",
    "elk.padding": right
      ? `[top=${pad + head},left=${pad},bottom=${pad},right=${pad}]`
      : `[top=${pad},left=${pad + head},bottom=${pad},right=${pad}]`,
  };
};

/**
 * Document → ELK graph (pure). Node sizes come from the measured label (a pinned node keeps
 * its stored size); a stage without nodes gets a small invisible placeholder so its band
 * keeps a place in the order.
 */
export const toElkGraph = (document: Document, options: ShapeOptions = {}): ElkNode => {
  // "rows" is laid out left to right, then folded into rows (rows.ts).
  const arranged = resolveDirection(document, options);
  const direction = arranged === "rows" ? "right" : arranged;
  const right = direction === "right";
  const out = right ? "EAST" : "SOUTH";
  const inn = right ? "WEST" : "NORTH";
  const ports = new Map<string, { id: string; width: number; height: number; layoutOptions: Record<string, string> }[]>();
  const addPort = (node: string, id: string, side: string) => {
    const list = ports.get(node) ?? [];
    list.push({ id, width: 0, height: 0, layoutOptions: { "elk.port.side": side } });
    ports.set(node, list);
  };
  // Back edges stay out of ELK: they are routed around the finished drawing (to-scene.ts);
  // so do stacked edges (both ends in one layer), drawn down their column (stacking.ts).
  const plan = layerPlan(document);
  const forward = plan.forward.filter((e) => !plan.stacked.has(e.id));
  for (const e of forward) {
    addPort(e.source, sourcePortId(e.id), out);
    addPort(e.target, targetPortId(e.id), inn);
  }
  const sizes = document.nodes.map((n) => layoutSize(n, options.compact));
  const layers = plan.layers;
  // Interactive layering reads layers from positions: one step per layer, wider than any box.
  const step = Math.max(0, ...sizes.map((s) => (right ? s.width : s.height))) + 100;
  const at = (layer: number) => (right ? { x: layer * step, y: 0 } : { x: 0, y: layer * step });
  const children: ElkNode[] = document.nodes.map((n, i) => ({
    id: n.id,
    ...at(layers.get(n.id) ?? 0),
    ...(sizes[i] as { width: number; height: number }),
    layoutOptions: { "elk.portConstraints": "FIXED_SIDE" },
    ports: ports.get(n.id) ?? [],
  }));
  for (const stage of STAGE_IDS) {
    if (document.nodes.some((n) => n.stage === stage)) continue;
    const extent = Math.max(8, emptyStageExtent(stage, direction) - 2 * FRAME_METRICS.pad);
    children.push({
      id: emptyStageId(stage),
      ...at(layers.get(emptyStageId(stage)) ?? 0),
      width: right ? extent : 8,
      height: right ? 8 : extent,
    });
  }
  const edges: ElkExtendedEdge[] = forward.map((e) => ({
    id: e.id,
    sources: [sourcePortId(e.id)],
    targets: [targetPortId(e.id)],
    // A label of an edge that skips a layer sits later on its long straight run (to-scene.ts):
    // only labels between neighbouring layers need ELK to widen the gap for them.
    ...(e.label && (layers.get(e.target) ?? 0) - (layers.get(e.source) ?? 0) === 1
      ? {
          labels: [
            {
              id: `${e.id}#label`,
              text: e.label,
              width: estimateTextWidth(e.label, NODE_METRICS.edgeLabelSize) + 8,
              height: NODE_METRICS.edgeLabelSize + 6,
              // An end label widens only the gap after its source: a centre label would
              // take a layer of its own, which interactive layering cannot place.
              layoutOptions: { "elk.edgeLabels.placement": "TAIL" },
            },
          ],
        }
      : {}),
  }));
  return { id: "root", layoutOptions: elkLayoutOptions(direction, document.nodes.length), children, edges };
};
