import { EDGE_KIND_INFO } from "@mlsd/core";
import { EDGE_DASH } from "@mlsd/scene";
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { labelPoint, roundedPath } from "../../lib/routes.js";
import { useRoute } from "./routeContext.js";
import type { KindFlowEdge } from "./toFlow.js";

/** An edge drawn along core's route (the same one exports draw), styled by its kind. */
export const KindEdge = memo(({ id, data, markerEnd, selected, sourceX, sourceY, targetX, targetY }: EdgeProps<KindFlowEdge>) => {
  const kind = data?.edge.kind ?? "data";
  const route = useRoute(id);
  const points = route?.points.length
    ? route.points
    : [
        { x: sourceX, y: sourceY },
        { x: targetX, y: targetY },
      ];
  const label = data?.edge.label;
  const at = (route && labelPoint({ ...route, ...(label ? { label } : {}) })) ?? { x: (sourceX + targetX) / 2, y: (sourceY + targetY) / 2 };
  return (
    <>
      <BaseEdge
        path={roundedPath(points)}
        markerEnd={markerEnd}
        className={`kind-edge edge-${kind}${selected ? " is-selected" : ""}`}
        style={{ stroke: `var(--mlsd-edge-${kind})`, strokeDasharray: EDGE_DASH[kind], strokeWidth: selected ? 3 : 1.6 }}
        interactionWidth={14}
      />
      {label ? (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-label-${kind}`}
            style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
            title={EDGE_KIND_INFO[kind].title}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
KindEdge.displayName = "KindEdge";
