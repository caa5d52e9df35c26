import { addNode, createNode, isNodeKind, KINDS, type NodeKind } from "@mlsd/core";
import { useReactFlow } from "@xyflow/react";
import type { DragEvent } from "react";
import { useCallback } from "react";
import { frameAt, nodeSize, snap, stageFrames } from "../../lib/geometry.js";
import { useEditorContext } from "../../state/context.js";

/** The drag payload type of palette items. */
export const PALETTE_MIME = "application/x-mlsd-kind";

/** A kind dropped from the palette lands where it was dropped, in the stage whose frame is there. */
export const useDropKind = () => {
  const { store, actions } = useEditorContext();
  const flow = useReactFlow();
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PALETTE_MIME)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
  }, []);
  const addKindAt = useCallback(
    (kind: NodeKind, centre: { x: number; y: number }) => {
      const doc = store.get().history.present;
      const stage = frameAt(stageFrames(doc), centre)?.stage ?? KINDS[kind].stage;
      const probe = createNode(doc, kind, { stage });
      const size = nodeSize(probe);
      const position = snap({ x: centre.x - size.width / 2, y: centre.y - size.height / 2 });
      const node = { ...probe, position, size };
      actions.edit((d) => addNode(d, node), { select: { nodes: [node.id], edges: [] } });
    },
    [store, actions],
  );
  const onDrop = useCallback(
    (e: DragEvent) => {
      const kind = e.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeKind(kind)) return;
      e.preventDefault();
      e.stopPropagation();
      const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      addKindAt(kind, at);
    },
    [flow, addKindAt],
  );
  return { onDrop, onDragOver };
};
