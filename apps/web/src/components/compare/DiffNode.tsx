import { labelBoxOf } from "@mlsd/scene";
import type { Edge, EdgeProps, Node, NodeProps } from "@xyflow/react";
import { EdgeLabelRenderer } from "@xyflow/react";
import { memo } from "react";
import type { PartStatus } from "../../lib/comparison.js";
import { KindEdge } from "../canvas/KindEdge.js";
import { KindNode } from "../canvas/KindNode.js";
import { useRoute } from "../canvas/routeContext.js";
import type { KindEdgeData, KindFlowEdge, KindFlowNode, KindNodeData } from "../canvas/toFlow.js";
import { DiffBadge, DiffIcon, STATUS_TEXT } from "./DiffIcon.js";

export type DiffNodeData = KindNodeData & { status: PartStatus };
export type DiffEdgeData = KindEdgeData & { status: PartStatus };
export type DiffFlowNode = Node<DiffNodeData, "diff">;
export type DiffFlowEdge = Edge<DiffEdgeData, "diff">;

/** A part as the editor draws it, with its difference marked above it (the box's outline is the node's class, `diff-<status>`). */
export const DiffNode = memo((props: NodeProps<DiffFlowNode>) => (
  <>
    <KindNode {...(props as unknown as NodeProps<KindFlowNode>)} />
    {props.data.status === "same" ? null : <DiffBadge status={props.data.status} />}
  </>
));
DiffNode.displayName = "DiffNode";

/** A connection as the editor draws it, with a round mark of its difference at its middle. */
export const DiffEdge = memo((props: EdgeProps<DiffFlowEdge>) => {
  const status = props.data?.status ?? "same";
  const route = useRoute(props.id);
  const label = props.data?.edge.label;
  // Just before the edge's label, on its line (clear of the label and of the parts even on a
  // short run between two boxes); without a label, where one would go.
  const box = route && labelBoxOf({ ...route, label: label ?? "·" });
  const at = box && (label ? { x: box.x - 12, y: box.y + box.height / 2 } : { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  return (
    <>
      <KindEdge {...(props as unknown as EdgeProps<KindFlowEdge>)} />
      {status !== "same" && at ? (
        <EdgeLabelRenderer>
          <span
            className={`diff-edge-mark diff-badge-${status}`}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
            title={`${STATUS_TEXT[status]} connection`}
          >
            <DiffIcon status={status} size={13} />
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
DiffEdge.displayName = "DiffEdge";
