import * as decoding from "lib0/decoding";

/** Message types of the Hocuspocus protocol (the first number after the room name). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5 } as const;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export interface Inbound {
  room: string;
  type: number;
  /** The Yjs update a sync message carries, if it carries one. */
  update?: Uint8Array;
}

/** Reads the head of a client message; throws on bytes that are not one. */
export const readInbound = (data: Uint8Array): Inbound => {
  const decoder = decoding.createDecoder(data);
  const room = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE.sync || type === MESSAGE.syncReply) {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_2 || step === SYNC_UPDATE) return { room, type, update: decoding.readVarUint8Array(decoder) };
  }
  return { room, type };
};
