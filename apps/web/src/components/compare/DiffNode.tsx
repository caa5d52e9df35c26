import type { Edge, EdgeProps, Node, NodeProps } from "@xyflow/react";
import { EdgeLabelRenderer } from "@xyflow/react";
import { memo } from "react";
import type { PartStatus } from "../../lib/comparison.js";
import { labelPoint } from "../../lib/routes.js";
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
  // The middle of the route's longest run, where a label would go (a label's own spot is kept for the label).
  const at = route && labelPoint({ ...route, label: route.label ?? "·" });
  return (
    <>
      <KindEdge {...(props as unknown as EdgeProps<KindFlowEdge>)} />
      {status !== "same" && at ? (
        <EdgeLabelRenderer>
          <span
            className={`diff-edge-mark diff-badge-${status}`}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y - (props.data?.edge.label ? 18 : 0)}px)` }}
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
