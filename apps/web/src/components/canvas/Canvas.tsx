import { type EdgeId, LIMITS, type NodeId, type Point } from "@mlsd/core";
import { STAGE_COLORS } from "@mlsd/scene";
import {
  Background,
  BackgroundVariant,
  type Connection,
  ControlButton,
  Controls,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from "@xyflow/react";
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { GRID, stageFrames } from "../../lib/geometry.js";
import { SMALL_QUERY, useMediaQuery } from "../../lib/media.js";
import { rerouteMoving, routeDocument } from "../../lib/routes.js";
import { useTheme } from "../../lib/theme.js";
import { useEditor, useEditorContext } from "../../state/context.js";
import { useReview } from "../../state/review.js";
import { saveViewport } from "../../state/storage.js";
import { CanvasLegend } from "../legend/CanvasLegend.js";
import { commitMoves } from "./commit.js";
import { FrameNode } from "./FrameNode.js";
import { KindEdge } from "./KindEdge.js";
import { KindNode } from "./KindNode.js";
import { createRouteStore, RouteContext } from "./routeContext.js";
import { createEdgeMapper, createNodeMapper, type FlowNode, isFrameId, type KindFlowEdge } from "./toFlow.js";
import { useConnect } from "./useConnect.js";
import { PALETTE_MIME, useDropKind } from "./useDropKind.js";
import { useFit } from "./useFit.js";

const nodeTypes = { kind: KindNode, frame: FrameNode };
const edgeTypes = { kind: KindEdge };

/** Parts cannot be dragged past the coordinates a document may store (the schema's bounds). */
const NODE_EXTENT: [[number, number], [number, number]] = [
  [-LIMITS.coordinate, -LIMITS.coordinate],
  [LIMITS.coordinate, LIMITS.coordinate],
];

const FitIcon = () => (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
  </svg>
);

const miniMapColor = (n: FlowNode) => (n.type === "frame" ? "transparent" : STAGE_COLORS[n.data.node.stage]);

/** `overlay`: drawn inside the flow (a live room's cursors and selections). */
export const Canvas = ({ initialViewport, overlay }: { initialViewport?: Viewport | undefined; overlay?: ReactNode }) => {
  const { store, actions } = useEditorContext();
  const { theme } = useTheme();
  const doc = useEditor((s) => s.history.present);
  const selection = useEditor((s) => s.selection);
  const snapToGrid = useEditor((s) => s.snapToGrid);
  const preview = useEditor((s) => s.preview);
  const focus = useEditor((s) => s.focus);
  const readOnly = useEditor((s) => s.readOnly ?? false);
  const findings = useReview().perNode;
  const key = useEditor((s) => s.key);
  const [drafts, setDrafts] = useState<ReadonlyMap<NodeId, Point>>();
  const { fitDesign, show } = useFit();
  const flow = useReactFlow();
  const small = useMediaQuery(SMALL_QUERY);
  const dragging = useRef(false);

  const frames = useMemo(() => stageFrames(doc), [doc]);
  const mapNodes = useMemo(createNodeMapper, []);
  const mapEdges = useMemo(createEdgeMapper, []);
  const selectedIds = useMemo(() => new Set<string>([...selection.nodes, ...selection.edges]), [selection]);
  const nodes = useMemo(
    () => mapNodes(doc, frames, selectedIds, drafts ?? preview, findings),
    [mapNodes, doc, frames, selectedIds, drafts, preview, findings],
  );
  const baseRoutes = useMemo(() => routeDocument(doc), [doc]);
  const routes = useMemo(() => rerouteMoving(doc, baseRoutes, drafts ?? preview), [doc, baseRoutes, drafts, preview]);
  const routeStore = useMemo(createRouteStore, []);
  // Routes go to the edges before the browser paints (a layout effect), so nothing lags a frame.
  useLayoutEffect(() => routeStore.set({ routes }), [routeStore, routes]);
  const edges = useMemo(() => mapEdges(doc, selectedIds, theme), [mapEdges, doc, selectedIds, theme]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const moving = new Map<NodeId, Point>();
      const done = new Map<NodeId, Point>();
      let selectionChanged = false;
      const picked = new Set<string>(store.get().selection.nodes);
      for (const c of changes) {
        if (c.type === "add" || isFrameId(c.id)) continue;
        if (c.type === "position" && c.position) (c.dragging ? moving : done).set(c.id as NodeId, c.position);
        if (c.type === "select") {
          selectionChanged = true;
          if (c.selected) picked.add(c.id);
          else picked.delete(c.id);
        }
      }
      if (moving.size) {
        dragging.current = true;
        setDrafts((d) => new Map([...(d ?? []), ...moving]));
      }
      if (done.size) {
        const current = store.get().history.present;
        // Arrow-key nudges (no drag before them) merge into one undo step.
        const options = dragging.current ? {} : { coalesce: "keyboard-move" };
        actions.edit((d) => commitMoves(d, done, stageFrames(current)), options);
        dragging.current = false;
        setDrafts(undefined);
      }
      if (selectionChanged) actions.select({ nodes: [...picked] as NodeId[], edges: store.get().selection.edges });
    },
    [store, actions],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<KindFlowEdge>[]) => {
      const picked = new Set<string>(store.get().selection.edges);
      let changed = false;
      for (const c of changes)
        if (c.type === "select") {
          changed = true;
          if (c.selected) picked.add(c.id);
          else picked.delete(c.id);
        }
      if (changed) actions.select({ nodes: store.get().selection.nodes, edges: [...picked] as EdgeId[] });
    },
    [store, actions],
  );

  const { onConnect, isValidConnection } = useConnect();
  const { onDrop, onDragOver } = useDropKind();

  // Show the parts the review panel asks for (zoomed to), or a part just added or pasted (panned to only if off screen).
  useEffect(() => {
    if (focus?.ids.length) show(focus.ids, focus.mode);
  }, [focus, show]);

  // A sheet opening over the canvas (narrow screens) must not hide the selected part: pan it into the free part.
  const sheet = useEditor((s) => s.sheet);
  useEffect(() => {
    const ids = store.get().selection.nodes;
    if (sheet !== "side" || !ids.length) return;
    const frame = requestAnimationFrame(() => show(ids, "reveal"));
    return () => cancelAnimationFrame(frame);
  }, [sheet, show, store]);

  const viewportTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => {
      clearTimeout(viewportTimer.current);
      // A preview is not in "My designs": its view is not kept either.
      viewportTimer.current = setTimeout(() => store.get().persisted && void saveViewport(key, viewport), 200);
    },
    [key, store],
  );
  // The first edit makes a preview a design, but the move that came with it (the glide to an
  // added part) may have ended before that write landed and been dropped above: keep the
  // view on screen once the design exists. A later move end writes after this, so it wins.
  const persisted = useEditor((s) => s.persisted);
  const wasPersisted = useRef(persisted);
  useEffect(() => {
    if (persisted && !wasPersisted.current) void saveViewport(key, flow.getViewport());
    wasPersisted.current = persisted;
  }, [persisted, key, flow]);

  return (
    <RouteContext.Provider value={routeStore}>
      <section
        className="canvas"
        data-region="canvas"
        aria-label="Canvas"
        onDrop={onDrop}
        onDragOver={onDragOver}
        data-dropzone={PALETTE_MIME}
      >
        <ReactFlow<FlowNode, KindFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={(c: Connection) => onConnect(c)}
          isValidConnection={(c) => isValidConnection(c as Connection)}
          colorMode={theme}
          snapToGrid={snapToGrid}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          snapGrid={[GRID, GRID]}
          nodeExtent={NODE_EXTENT}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          deleteKeyCode={null}
          // Large designs draw only what is in view: fewer elements to style, paint and hit-test.
          onlyRenderVisibleElements={doc.nodes.length > 150}
          minZoom={0.05}
          maxZoom={2.5}
          {...(initialViewport ? { defaultViewport: initialViewport } : {})}
          // A design opens whole, clear of the minimap, the controls and the legend; a saved view comes back as it was.
          onInit={() => {
            if (!initialViewport) fitDesign();
          }}
          onMoveEnd={onMoveEnd}
          attributionPosition="top-right"
          ariaLabelConfig={{ "node.a11yDescription.default": "Press Enter or Space to select, arrow keys to move." }}
        >
          <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.2} />
          {small ? null : <MiniMap<FlowNode> pannable zoomable nodeColor={miniMapColor} ariaLabel="Mini map" />}
          <Controls aria-label="Zoom controls" showFitView={false} showInteractive={false}>
            <ControlButton onClick={() => fitDesign(undefined, 300)} title="Fit the design in view (F)" aria-label="Fit the design in view">
              <FitIcon />
            </ControlButton>
          </Controls>
          <CanvasLegend />
          {overlay}
        </ReactFlow>
      </section>
    </RouteContext.Provider>
  );
};
