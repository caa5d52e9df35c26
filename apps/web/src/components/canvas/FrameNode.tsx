import { STAGE_COLORS } from "@mlsd/scene";
import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import type { FrameFlowNode } from "./toFlow.js";

/** A stage drawn as a tinted band behind its nodes; it lets clicks and drags through. */
export const FrameNode = memo(({ data }: NodeProps<FrameFlowNode>) => (
  <div
    className="stage-frame"
    style={{ "--stage-color": STAGE_COLORS[data.frame.stage] } as React.CSSProperties}
    data-stage={data.frame.stage}
  >
    <div className="stage-frame-title">{data.frame.title}</div>
  </div>
));
FrameNode.displayName = "FrameNode";
