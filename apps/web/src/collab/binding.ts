import type { Document } from "@mlsd/core";
import { createEditorStore, type EditorStore, keepSelection, type RoomLink } from "../state/editor.js";
import { createHistory } from "../state/history.js";
import type { RoomSession } from "./session.js";

/**
 * An editor store whose document is the room's: every transaction on the room (mine,
 * someone else's, an undo) is read back into `history.present`; local edits go to the
 * room through `RoomLink.commit`; undo and redo are this person's only.
 */
export const bindRoom = (session: RoomSession, first: Document): { store: EditorStore; unbind: () => void } => {
  const store = createEditorStore(`room-${session.viewId}`, first);
  const notify = (message: string) => store.set({ notice: { id: Date.now(), message, tone: "error" } });
  const link: RoomLink = {
    commit(before, next) {
      const refused = session.commit(before, next);
      if (refused) notify(refused);
      return !refused;
    },
    undo: () => session.undo.undo(),
    redo: () => session.undo.redo(),
    get readOnly() {
      return session.status.get().readOnly;
    },
  };
  store.set({ room: link, roomUndo: { undo: false, redo: false }, readOnly: session.status.get().readOnly });
  const unwatch = session.status.subscribe(() => store.set({ readOnly: session.status.get().readOnly }));

  const read = () => {
    const result = session.mirror.read();
    if (!result.ok) {
      notify(`The room's design could not be read: ${result.error.problems[0]?.message ?? result.error.message}`);
      return;
    }
    const s = store.get();
    if (result.value === s.history.present) return;
    store.set({ history: createHistory(result.value), selection: keepSelection(result.value, s.selection) });
  };
  const onTransaction = (tr: { changed: Map<unknown, unknown> }) => {
    if (tr.changed.size) read();
  };
  const onStack = () => store.set({ roomUndo: { undo: session.undo.canUndo(), redo: session.undo.canRedo() } });
  session.ydoc.on("afterTransaction", onTransaction);
  for (const event of ["stack-item-added", "stack-item-popped", "stack-cleared"] as const) session.undo.on(event, onStack);
  // My selection, for the others' screens.
  const unsubscribe = store.subscribe(() => {
    const nodes = store.get().selection.nodes;
    if (nodes !== shared) {
      shared = nodes;
      session.share("selection", [...nodes]);
    }
  });
  let shared = store.get().selection.nodes;

  return {
    store,
    unbind: () => {
      unsubscribe();
      unwatch();
      session.ydoc.off("afterTransaction", onTransaction);
      for (const event of ["stack-item-added", "stack-item-popped", "stack-cleared"] as const) session.undo.off(event, onStack);
    },
  };
};
