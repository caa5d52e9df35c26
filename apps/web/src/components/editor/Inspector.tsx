import { useEditor } from "../../state/context.js";
import { DocumentInspector } from "../inspector/DocumentInspector.js";
import { EdgeInspector } from "../inspector/EdgeInspector.js";
import { NodeInspector } from "../inspector/NodeInspector.js";
import { SelectionInspector } from "../inspector/SelectionInspector.js";

/**
 * Shows the editor for whatever is selected: one part, one connection, several, or the
 * design. A shared design opened to look at shows its fields without letting them change.
 */
export const Inspector = () => {
  const viewing = useEditor((s) => s.viewing ?? false);
  return (
    <fieldset className="plain-fieldset" disabled={viewing}>
      <SelectedInspector />
    </fieldset>
  );
};

const SelectedInspector = () => {
  const doc = useEditor((s) => s.history.present);
  const { nodes, edges } = useEditor((s) => s.selection);
  if (nodes.length === 1 && edges.length === 0) {
    const node = doc.nodes.find((n) => n.id === nodes[0]);
    if (node) return <NodeInspector key={node.id} node={node} />;
  }
  if (edges.length === 1 && nodes.length === 0) {
    const edge = doc.edges.find((e) => e.id === edges[0]);
    if (edge) return <EdgeInspector key={edge.id} edge={edge} />;
  }
  if (nodes.length + edges.length > 1) return <SelectionInspector nodes={nodes} edges={edges} />;
  return <DocumentInspector />;
};
