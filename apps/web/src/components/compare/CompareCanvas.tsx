import { THEMES } from "@mlsd/scene";
import {
  Background,
  BackgroundVariant,
  Controls,
  type EdgeChange,
  type EdgeSelectionChange,
  MarkerType,
  MiniMap,
  type NodeChange,
  type NodeSelectionChange,
  ReactFlow,
  useReactFlow,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { Comparison, PartStatus } from "../../lib/comparison.js";
import { fitView, unionOf } from "../../lib/fit.js";
import { GRID, nodeSize, stageFrames } from "../../lib/geometry.js";
import { routeDocument, routesExtent } from "../../lib/routes.js";
import { useTheme } from "../../lib/theme.js";
import { FrameNode } from "../canvas/FrameNode.js";
import { createRouteStore, RouteContext } from "../canvas/routeContext.js";
import { type FrameFlowNode, frameNode, isFrameId } from "../canvas/toFlow.js";
import { STATUS_TEXT } from "./DiffIcon.js";
import { DiffEdge, type DiffFlowEdge, type DiffFlowNode, DiffNode } from "./DiffNode.js";

const nodeTypes = { diff: DiffNode, frame: FrameNode };
const edgeTypes = { diff: DiffEdge };

export interface PartSelection {
  nodes: readonly string[];
  edges: readonly string[];
}

/** Arrowheads take the difference's colour (the CSS colours the line). */
const MARK_COLOR: Record<Exclude<PartStatus, "same" | "moved">, string> = {
  added: "var(--diff-added-line)",
  removed: "var(--diff-removed-line)",
  changed: "var(--diff-changed-line)",
};

const applySelect = (ids: readonly string[], changes: readonly (NodeSelectionChange | EdgeSelectionChange)[]): string[] => {
  const picked = new Set(ids);
  for (const c of changes) {
    if (c.selected) picked.add(c.id);
    else picked.delete(c.id);
  }
  return [...picked];
};

const describe = (status: PartStatus) => (status === "same" ? "the same in both" : STATUS_TEXT[status].toLowerCase());

const MINIMAP: Record<PartStatus, string> = { added: "#15803d", removed: "#b91c1c", changed: "#b45309", moved: "#64748b", same: "#94a3b8" };

/**
 * The comparison's one drawing, read-only: parts can be selected (the list follows), not
 * moved or connected. `focus` centres parts when the list asks.
 */
export const CompareCanvas = ({
  comparison,
  selected,
  onSelect,
  focus,
}: {
  comparison: Comparison;
  selected: PartSelection;
  onSelect: (update: (selection: PartSelection) => PartSelection) => void;
  focus?: { ids: readonly string[]; at: number } | undefined;
}) => {
  const { theme } = useTheme();
  const flow = useReactFlow<FrameFlowNode | DiffFlowNode, DiffFlowEdge>();
  const section = useRef<HTMLElement>(null);
  const { drawing, nodeStatus, edgeStatus } = comparison;
  const routes = useMemo(() => routeDocument(drawing), [drawing]);
  // Framed around the routes too: a comparison has loops of both designs, lanes above lanes,
  // and the frames' titles stay clear of them.
  const frames = useMemo(() => stageFrames(drawing, undefined, routesExtent(routes)), [drawing, routes]);
  const routeStore = useMemo(() => {
    const store = createRouteStore();
    store.set({ routes });
    return store;
  }, [routes]);

  const nodes = useMemo(() => {
    const picked = new Set(selected.nodes);
    return [
      ...frames.map(frameNode),
      ...drawing.nodes.map((node): DiffFlowNode => {
        const status = nodeStatus.get(node.id) ?? "same";
        return {
          id: node.id,
          type: "diff",
          position: node.position,
          data: { node, findings: 0, status },
          ...nodeSize(node),
          selected: picked.has(node.id),
          className: `diff-${status}`,
          draggable: false,
          connectable: false,
          // Above the edges, so no line crosses a part's mark.
          zIndex: 2,
          ariaLabel: `${node.label} (${node.kind}): ${describe(status)}`,
        };
      }),
    ];
  }, [frames, drawing, nodeStatus, selected.nodes]);

  const edges = useMemo(() => {
    const picked = new Set(selected.edges);
    return drawing.edges.map((edge): DiffFlowEdge => {
      const status = edgeStatus.get(edge.id) ?? "same";
      const color = status === "same" || status === "moved" ? THEMES[theme].edge[edge.kind] : MARK_COLOR[status];
      return {
        id: edge.id,
        type: "diff",
        source: edge.source,
        target: edge.target,
        data: { edge, status },
        selected: picked.has(edge.id),
        className: `diff-${status}`,
        markerEnd: { type: MarkerType.ArrowClosed, color, width: 18, height: 18 },
        ariaLabel: `${edge.kind} connection: ${describe(status)}`,
        // Differences are drawn over the parts that are the same.
        zIndex: status === "same" ? 0 : 1,
      };
    });
  }, [drawing, edgeStatus, selected.edges, theme]);

  // React Flow reports node and edge selection apart (one click can unselect an edge and
  // select a node): each applies its changes to the selection as it is by then.
  const onNodesChange = useCallback(
    (changes: NodeChange<FrameFlowNode | DiffFlowNode>[]) => {
      const select = changes.filter((c): c is NodeSelectionChange => c.type === "select" && !isFrameId(c.id));
      if (select.length) onSelect((s) => ({ ...s, nodes: applySelect(s.nodes, select) }));
    },
    [onSelect],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<DiffFlowEdge>[]) => {
      const select = changes.filter((c): c is EdgeSelectionChange => c.type === "select");
      if (select.length) onSelect((s) => ({ ...s, edges: applySelect(s.edges, select) }));
    },
    [onSelect],
  );

  useEffect(() => {
    if (!focus?.ids.length) return;
    // On a phone the list is below the drawing: bring the drawing back into view first.
    section.current?.scrollIntoView({ block: "nearest" });
    void flow.fitView({ nodes: focus.ids.map((id) => ({ id })), duration: 300, maxZoom: 1.2, padding: 0.4 });
  }, [focus, flow]);

  return (
    <RouteContext.Provider value={routeStore}>
      <section ref={section} className="compare-canvas" aria-label="Comparison drawing">
        <ReactFlow<FrameFlowNode | DiffFlowNode, DiffFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          colorMode={theme}
          nodesDraggable={false}
          nodesConnectable={false}
          deleteKeyCode={null}
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          minZoom={0.05}
          maxZoom={2.5}
          // Opens as the editor does: the whole drawing.
          onInit={(instance) => {
            const box = section.current?.getBoundingClientRect();
            if (box) void instance.setViewport(fitView(unionOf(frames), box, []));
          }}
          attributionPosition="top-right"
          ariaLabelConfig={{ "node.a11yDescription.default": "Press Enter or Space to select." }}
        >
          <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
          <MiniMap<FrameFlowNode | DiffFlowNode>
            pannable
            zoomable
            ariaLabel="Mini map"
            nodeColor={(n) => (n.type === "frame" ? "transparent" : MINIMAP[(n as DiffFlowNode).data.status])}
          />
          <Controls aria-label="Zoom controls" showInteractive={false} />
        </ReactFlow>
      </section>
    </RouteContext.Provider>
  );
};
