import { type DesignEdge, type DesignNode, disconnect, EdgeId, pasteNodes, removeNodes } from "@mlsd/core";
import { useCallback } from "react";
import { pasteOffset } from "../../lib/geometry.js";
import { readClipboard, writeClipboard } from "../../state/clipboard.js";
import { useEditorContext } from "../../state/context.js";
import type { Selection } from "../../state/editor.js";

/** Copy, cut, paste, duplicate and delete of the current selection, each one undo step. */
export const useClipboard = () => {
  const { store, actions } = useEditorContext();
  const copy = useCallback(() => {
    const { history, selection } = store.get();
    const n = writeClipboard(history.present, new Set(selection.nodes));
    if (n) actions.notify(`Copied ${n} part${n === 1 ? "" : "s"}.`);
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
  /** Adds copies beside what is there (never on a part), selects them, and pans to them only if they are off screen. */
  const place = useCallback(
    (nodes: readonly DesignNode[], edges: readonly DesignEdge[]) => {
      let created: Selection = { nodes: [], edges: [] };
      const ok = actions.edit((d) => {
        const before = new Set<string>(d.edges.map((e) => e.id));
        const { doc, ids } = pasteNodes(d, nodes, edges, pasteOffset(d, nodes));
        created = { nodes: [...ids.values()], edges: doc.edges.filter((e) => !before.has(e.id)).map((e) => EdgeId(e.id)) };
        return doc;
      });
      if (ok) actions.reveal(created);
    },
    [actions],
  );
  const paste = useCallback(() => {
    const clip = readClipboard();
    if (clip?.nodes.length) place(clip.nodes, clip.edges);
  }, [place]);
  const duplicate = useCallback(() => {
    const { history, selection } = store.get();
    const picked = new Set<string>(selection.nodes);
    if (!picked.size) return;
    const doc = history.present;
    place(
      doc.nodes.filter((n) => picked.has(n.id)),
      doc.edges.filter((e) => picked.has(e.source) && picked.has(e.target)),
    );
  }, [store, place]);
  const selectAll = useCallback(() => {
    const doc = store.get().history.present;
    actions.select({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id) });
  }, [store, actions]);
  return { copy, cut, paste, duplicate, removeSelection, selectAll };
};
