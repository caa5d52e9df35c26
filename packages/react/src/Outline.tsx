import type { CSSProperties } from "react";
import type { DesignOutline } from "./describe.js";

/** Hidden from sight, not from screen readers. */
const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
};

/** The design as nested lists: stages with their components, then the connections. */
export function Outline({ id, outline }: { id: string; outline: DesignOutline }) {
  return (
    <div id={id} style={visuallyHidden}>
      <p>{outline.label}</p>
      <ul>
        {outline.stages.map((stage) => (
          <li key={stage.title}>
            {stage.title}
            <ul>
              {stage.nodes.map((node, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two components may share a label
                <li key={i}>{node}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {outline.connections.length ? (
        <>
          <p>Connections</p>
          <ul>
            {outline.connections.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two connections may read the same
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
