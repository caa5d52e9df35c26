import { KINDS } from "@mlsd/core";
import { KIND_STYLES, NODE_METRICS, nodeBadges, nodeBoxParts } from "@mlsd/scene";
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { nodeSize } from "../../lib/geometry.js";
import { KindIcon } from "../common/KindIcon.js";
import type { KindFlowNode } from "./toFlow.js";

/**
 * One part of the design, laid out with core's node metrics (icon, wrapped label, badges)
 * so it matches the SVG and PDF drawings of the same design.
 */
export const KindNode = memo(({ data, selected }: NodeProps<KindFlowNode>) => {
  const { node, findings } = data;
  const def = KINDS[node.kind];
  // The same parts the SVG and PDF draw: wrapped label lines, badges shortened to fit.
  const { lines, badges } = nodeBoxParts(nodeSize(node).width, node.label, nodeBadges(node));
  return (
    <div
      className={`kind-node${selected ? " is-selected" : ""}${node.kind === "note" ? " is-note" : ""}`}
      style={{ "--kind-color": KIND_STYLES[node.kind].color } as React.CSSProperties}
      data-kind={node.kind}
      data-stage={node.stage}
      title={`${def.title}: ${node.label}`}
    >
      <Handle type="target" position={Position.Left} aria-label={`Connect into ${node.label}`} />
      <div className="kind-node-main">
        <KindIcon kind={node.kind} size={NODE_METRICS.icon} />
        <div className="kind-node-label">
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label
            <span key={i}>{line.text}</span>
          ))}
        </div>
      </div>
      {badges.length ? (
        <div className="kind-node-badges">
          {badges.map((badge, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: badges of one node
            <span key={i} className="prop-badge">
              {badge.text}
            </span>
          ))}
        </div>
      ) : null}
      {node.pinned ? <span className="pin" title="Pinned: auto layout keeps it here" role="img" aria-label="Pinned" /> : null}
      {findings ? (
        <span className="finding-badge" title={`${findings} review finding${findings === 1 ? "" : "s"}`}>
          {findings}
        </span>
      ) : null}
      <Handle type="source" position={Position.Right} aria-label={`Connect from ${node.label}`} />
    </div>
  );
});
KindNode.displayName = "KindNode";
