import { KINDS } from "@mlsd/core";
import { KIND_STYLES, NODE_METRICS, nodeBadgeEntries, nodeBoxParts } from "@mlsd/scene";
import { Handle, type NodeProps, NodeToolbar, Position } from "@xyflow/react";
import { Fragment, memo, useEffect, useRef, useState } from "react";
import { nodeSize } from "../../lib/geometry.js";
import { setPanel } from "../../lib/panels.js";
import { useEditorContextIfAny } from "../../state/context.js";
import { KindIcon } from "../common/KindIcon.js";
import type { KindFlowNode } from "./toFlow.js";

/** Whether the React Flow node around `el` has keyboard focus: its badges' full values then show. */
const useKeyboardFocus = (ref: React.RefObject<HTMLElement | null>) => {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const wrapper = ref.current?.closest<HTMLElement>(".react-flow__node");
    if (!wrapper) return;
    const on = () => setFocused(wrapper.matches(":focus-visible"));
    const off = () => setFocused(false);
    wrapper.addEventListener("focus", on);
    wrapper.addEventListener("blur", off);
    return () => {
      wrapper.removeEventListener("focus", on);
      wrapper.removeEventListener("blur", off);
    };
  }, [ref]);
  return focused;
};

/**
 * One part of the design, laid out with scene's node metrics (icon, wrapped label, badges)
 * so it matches the SVG and PDF drawings of the same design. A badge shortened to fit its
 * box shows "name: value" in full on hover and while the part has keyboard focus; the
 * number of review findings opens them in the inspector.
 */
export const KindNode = memo(({ data, selected }: NodeProps<KindFlowNode>) => {
  const { node, findings } = data;
  // Outside the editor (the comparison view) a part draws the same, and its findings badge has nowhere to open.
  const editor = useEditorContextIfAny();
  const def = KINDS[node.kind];
  const ref = useRef<HTMLDivElement>(null);
  const focused = useKeyboardFocus(ref);
  const [hovered, setHovered] = useState(false);
  // The same parts the SVG and PDF draw: wrapped label lines, badges shortened to fit.
  const entries = nodeBadgeEntries(node);
  const { lines, badges } = nodeBoxParts(
    nodeSize(node).width,
    node.label,
    entries.map((b) => b.text),
  );
  const full = entries.map((b) => `${b.label}: ${b.value}`);
  return (
    <div
      ref={ref}
      className={`kind-node${selected ? " is-selected" : ""}${node.kind === "note" ? " is-note" : ""}`}
      style={{ "--kind-color": KIND_STYLES[node.kind].color } as React.CSSProperties}
      data-kind={node.kind}
      data-stage={node.stage}
      title={`${def.title}: ${node.label}`}
    >
      <Handle type="target" position={Position.Left} />
      <div className="kind-node-main">
        <KindIcon kind={node.kind} size={NODE_METRICS.icon} />
        <div className="kind-node-label">
          {/* A space between the lines (not drawn in the flex column), so the label's text reads as words. */}
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label
            <Fragment key={i}>
              {i ? " " : null}
              <span>{line.text}</span>
            </Fragment>
          ))}
        </div>
      </div>
      {badges.length ? (
        // Hovering shows the values in full below the part (an empty title keeps the part's own tooltip off them).
        // biome-ignore lint/a11y/noStaticElementInteractions: hovering shows what focus shows (the part itself takes focus)
        <div className="kind-node-badges" title="" onMouseEnter={() => setHovered(true)} onMouseLeave={() => setHovered(false)}>
          {badges.map((badge, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: badges of one node
            <span key={i} className="prop-badge" data-full={full[i]}>
              {badge.text}
            </span>
          ))}
        </div>
      ) : null}
      {full.length ? (
        <NodeToolbar isVisible={hovered || focused} position={Position.Bottom} offset={6} className="badge-values">
          <ul aria-label={`Properties of ${node.label}`}>
            {full.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </NodeToolbar>
      ) : null}
      {node.pinned ? <span className="pin" title="Pinned: auto layout keeps it here" role="img" aria-label="Pinned" /> : null}
      {findings && editor ? (
        <button
          type="button"
          className="finding-badge nodrag"
          // Keyboard users select the part (Enter): its findings are in the inspector; one Tab stop per part.
          tabIndex={-1}
          title={`${findings} review finding${findings === 1 ? "" : "s"}: click to read`}
          aria-label={`${findings} review finding${findings === 1 ? "" : "s"} on ${node.label}: show`}
          onClick={(e) => {
            e.stopPropagation();
            setPanel("side", true);
            editor.actions.showFindings(node.id);
          }}
        >
          {findings}
        </button>
      ) : null}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
KindNode.displayName = "KindNode";
