import type { DesignNode, NodeId } from "@mlsd/core";
import { useState } from "react";
import { useEditor } from "../../state/context.js";
import { useConnect } from "../canvas/useConnect.js";

/** Connecting without a pointer: pick the target from a list (keyboard users, screen readers). */
export const ConnectTo = ({ node }: { node: DesignNode }) => {
  const nodes = useEditor((s) => s.history.present.nodes);
  const { connectNodes } = useConnect();
  const [target, setTarget] = useState("");
  const others = nodes.filter((n) => n.id !== node.id);
  if (!others.length) return null;
  return (
    <form
      className="field connect-to"
      onSubmit={(e) => {
        e.preventDefault();
        if (target) connectNodes(node.id, target as NodeId);
        setTarget("");
      }}
    >
      <label htmlFor="connect-target">Connect to</label>
      <div className="inline">
        <select id="connect-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Choose a part…</option>
          {others.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label} ({n.id})
            </option>
          ))}
        </select>
        <button type="submit" disabled={!target}>
          Connect
        </button>
      </div>
    </form>
  );
};
