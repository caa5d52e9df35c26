import { useStore } from "../state/store.js";
import type { RoomSession, RoomStatus } from "./session.js";

export const useRoomStatus = <T>(session: RoomSession, selector: (s: RoomStatus) => T): T => useStore(session.status, selector);
