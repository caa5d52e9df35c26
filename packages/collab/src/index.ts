export { createMirror, type Mirror, readDocument } from "./read.js";
export { isEditKeyOf, isRoomId, newRoomKey, ROOM_ID_PATTERN, viewIdOf } from "./room.js";
export { isEmptyRoom, roomScope, roomTypes, SHAPE } from "./shape.js";
export { createUndoManager } from "./undo.js";
export { writeDocument } from "./write.js";
