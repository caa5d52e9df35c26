import * as Y from "yjs";
import { roomScope } from "./shape.js";

/**
 * One person's undo history in a room: it tracks only changes made with `origin`, so
 * undoing mine never undoes yours. Changes within `captureTimeout` ms merge into one step
 * (typing a word, a burst of nudges).
 * @public
 */
export const createUndoManager = (ydoc: Y.Doc, origin: unknown, captureTimeout = 500): Y.UndoManager =>
  new Y.UndoManager(roomScope(ydoc), { trackedOrigins: new Set([origin]), captureTimeout });
