import { connect, connectionProblem, EDGE_KIND_INFO, EdgeId, type NodeId, suggestEdgeKind } from "@mlsd/core";
import type { Connection } from "@xyflow/react";
import { useCallback } from "react";
import { useEditorContext } from "../../state/context.js";

/**
 * Connecting two parts: core decides the kind to propose (a link back to an earlier stage
 * is a feedback loop) and refuses duplicates; the new edge is selected so its kind can be
 * changed right away in the inspector.
 */
export const useConnect = () => {
  const { store, actions } = useEditorContext();
  const isValidConnection = useCallback(
    (c: Connection) => {
      const doc = store.get().history.present;
      const source = c.source as NodeId;
      const target = c.target as NodeId;
      return connectionProblem(doc, source, target, suggestEdgeKind(doc, source, target)) === null;
    },
    [store],
  );
  const connectNodes = useCallback(
    (source: NodeId, target: NodeId) => {
      const doc = store.get().history.present;
      const kind = suggestEdgeKind(doc, source, target);
      const problem = connectionProblem(doc, source, target, kind);
      if (problem) {
        actions.notify(`Not connected: ${problem}.`, "error");
        return;
      }
      const before = new Set<string>(doc.edges.map((e) => e.id));
      let created: string | undefined;
      actions.edit((d) => {
        const next = connect(d, { source, target, kind });
        created = next.edges.find((e) => !before.has(e.id))?.id;
        return next;
      });
      if (created) actions.select({ nodes: [], edges: [EdgeId(created)] });
      actions.notify(
        kind === "feedback"
          ? `Connected as a ${EDGE_KIND_INFO.feedback.title.toLowerCase()}: the target sits in an earlier stage. Change the kind in the inspector if needed.`
          : `Connected as ${EDGE_KIND_INFO[kind].title.toLowerCase()}. Change the kind in the inspector if needed.`,
      );
    },
    [store, actions],
  );
  const onConnect = useCallback((c: Connection) => connectNodes(c.source as NodeId, c.target as NodeId), [connectNodes]);
  return { onConnect, isValidConnection, connectNodes };
};
