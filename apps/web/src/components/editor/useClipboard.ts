import { disconnect, duplicateNodes, EdgeId, type NodeId, pasteNodes, removeNodes } from "@mlsd/core";
import { useCallback, useRef } from "react";
import { readClipboard, writeClipboard } from "../../state/clipboard.js";
import { useEditorContext } from "../../state/context.js";

/** Copy, cut, paste, duplicate and delete of the current selection, each one undo step. */
export const useClipboard = () => {
  const { store, actions } = useEditorContext();
  const pastes = useRef(0);
  const copy = useCallback(() => {
    const { history, selection } = store.get();
    const n = writeClipboard(history.present, new Set(selection.nodes));
    if (n) actions.notify(`Copied ${n} part${n === 1 ? "" : "s"}.`);
    pastes.current = 0;
    return n;
  }, [store, actions]);
  const removeSelection = useCallback(() => {
    const { selection } = store.get();
    if (!selection.nodes.length && !selection.edges.length) return;
    actions.edit((d) => disconnect(removeNodes(d, selection.nodes), selection.edges), { select: { nodes: [], edges: [] } });
  }, [store, actions]);
  const cut = useCallback(() => {
    if (copy()) removeSelection();
  }, [copy, removeSelection]);
  const paste = useCallback(() => {
    const clip = readClipboard();
    if (!clip?.nodes.length) return;
    pastes.current += 1;
    const shift = 32 * pastes.current;
    let created: NodeId[] = [];
    let createdEdges: EdgeId[] = [];
    actions.edit((d) => {
      const before = new Set<string>(d.edges.map((e) => e.id));
      const { doc, ids } = pasteNodes(d, clip.nodes, clip.edges, { x: shift, y: shift });
      created = [...ids.values()];
      createdEdges = doc.edges.filter((e) => !before.has(e.id)).map((e) => EdgeId(e.id));
      return doc;
    });
    actions.select({ nodes: created, edges: createdEdges });
  }, [actions]);
  const duplicate = useCallback(() => {
    const { selection } = store.get();
    if (!selection.nodes.length) return;
    let created: NodeId[] = [];
    actions.edit((d) => {
      const { doc, ids } = duplicateNodes(d, selection.nodes, { x: 32, y: 32 });
      created = [...ids.values()];
      return doc;
    });
    actions.select({ nodes: created, edges: [] });
  }, [store, actions]);
  const selectAll = useCallback(() => {
    const doc = store.get().history.present;
    actions.select({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id) });
  }, [store, actions]);
  return { copy, cut, paste, duplicate, removeSelection, selectAll };
};
