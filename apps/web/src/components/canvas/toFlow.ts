import { type DesignEdge, type DesignNode, type Document, KINDS, type NodeId, type Point } from "@mlsd/core";
import { nodeBadgeEntries, THEMES } from "@mlsd/scene";
import { type Edge, MarkerType, type Node } from "@xyflow/react";
import { type Frame, nodeSize } from "../../lib/geometry.js";

export type KindNodeData = { node: DesignNode; findings: number };
export type FrameNodeData = { frame: Frame };
export type KindEdgeData = { edge: DesignEdge };
export type KindFlowNode = Node<KindNodeData, "kind">;
export type FrameFlowNode = Node<FrameNodeData, "frame">;
export type FlowNode = KindFlowNode | FrameFlowNode;
export type KindFlowEdge = Edge<KindEdgeData, "kind">;

export const FRAME_PREFIX = "frame:";

/** What a screen reader says for a part: its label, kind, badge values in full and findings. */
const nodeAriaLabel = (node: DesignNode, findings: number) =>
  [
    `${node.label} (${KINDS[node.kind].title})`,
    ...nodeBadgeEntries(node).map((b) => `${b.label}: ${b.value}`),
    ...(findings ? [`${findings} review finding${findings === 1 ? "" : "s"}`] : []),
  ].join("; ");

export const frameNode = (frame: Frame): FrameFlowNode => ({
  id: `${FRAME_PREFIX}${frame.stage}`,
  type: "frame",
  position: { x: frame.x, y: frame.y },
  data: { frame },
  width: frame.width,
  height: frame.height,
  style: { width: frame.width, height: frame.height },
  selectable: false,
  draggable: false,
  focusable: false,
  connectable: false,
  zIndex: -1,
  className: "frame-node",
  ariaRole: "group",
  ariaLabel: `${frame.title} stage`,
});

/**
 * Builds React Flow nodes from the document, reusing the previous object for every node
 * whose inputs did not change: on a 1,000-node design a drag then re-renders one node.
 */
export const createNodeMapper = () => {
  let cache = new Map<string, { node: DesignNode; selected: boolean; at: Point | undefined; findings: number; out: KindFlowNode }>();
  return (
    doc: Document,
    frames: readonly Frame[],
    selected: ReadonlySet<string>,
    overrides: ReadonlyMap<NodeId, Point> | undefined,
    findings: ReadonlyMap<string, number>,
  ): FlowNode[] => {
    const next = new Map<string, { node: DesignNode; selected: boolean; at: Point | undefined; findings: number; out: KindFlowNode }>();
    const out: FlowNode[] = frames.map(frameNode);
    for (const node of doc.nodes) {
      const at = overrides?.get(node.id);
      const isSelected = selected.has(node.id);
      const count = findings.get(node.id) ?? 0;
      const hit = cache.get(node.id);
      if (hit && hit.node === node && hit.selected === isSelected && hit.at === at && hit.findings === count) {
        next.set(node.id, hit);
        out.push(hit.out);
        continue;
      }
      const size = nodeSize(node);
      const flowNode: KindFlowNode = {
        id: node.id,
        type: "kind",
        position: at ?? node.position ?? { x: 0, y: 0 },
        data: { node, findings: count },
        selected: isSelected,
        width: size.width,
        height: size.height,
        ariaLabel: nodeAriaLabel(node, count),
      };
      next.set(node.id, { node, selected: isSelected, at, findings: count, out: flowNode });
      out.push(flowNode);
    }
    cache = next;
    return out;
  };
};

export const createEdgeMapper = () => {
  type Entry = { edge: DesignEdge; selected: boolean; theme: string; out: KindFlowEdge };
  let cache = new Map<string, Entry>();
  return (doc: Document, selected: ReadonlySet<string>, theme: "light" | "dark"): KindFlowEdge[] => {
    const next = new Map<string, Entry>();
    const out = doc.edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const hit = cache.get(edge.id);
      if (hit && hit.edge === edge && hit.selected === isSelected && hit.theme === theme) {
        next.set(edge.id, hit);
        return hit.out;
      }
      const flowEdge: KindFlowEdge = {
        id: edge.id,
        type: "kind",
        source: edge.source,
        target: edge.target,
        data: { edge },
        selected: isSelected,
        markerEnd: { type: MarkerType.ArrowClosed, color: THEMES[theme].edge[edge.kind], width: 18, height: 18 },
        ariaLabel: `${edge.kind} edge from ${edge.source} to ${edge.target}`,
        ...(edge.kind === "feedback" ? { zIndex: 1 } : {}),
      };
      next.set(edge.id, { edge, selected: isSelected, theme, out: flowEdge });
      return flowEdge;
    });
    cache = next;
    return out;
  };
};

export const isFrameId = (id: string) => id.startsWith(FRAME_PREFIX);
