export { createMirror, type Mirror, readDocument } from "./read.js";
export { isEditKeyOf, isRoomId, newRoomKey, viewIdOf } from "./room.js";
export { isEmptyRoom } from "./shape.js";
export { createUndoManager } from "./undo.js";
export { writeDocument } from "./write.js";
