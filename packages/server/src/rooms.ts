import type {
  afterLoadDocumentPayload,
  beforeHandleMessagePayload,
  Document,
  Extension,
  onAuthenticatePayload,
  onConnectPayload,
  onLoadDocumentPayload,
} from "@hocuspocus/server";
import { createMirror, isEditKeyOf, isEmptyRoom, isRoomId, type Mirror } from "@mlsd/collab";
import type { Problem } from "@mlsd/core";
import * as Y from "yjs";
import type { Logger } from "./log.js";
import type { Limits } from "./options.js";
import { readInbound } from "./protocol.js";
import type { RoomStore } from "./store.js";

/** What the server tells a client whose change it refused (a stateless message, then the connection closes). */
interface Refusal {
  type: "mlsd:refused";
  message: string;
  problems: Problem[];
}

/** An error Hocuspocus turns into a close with this code and reason. */
const closeWith = (code: number, reason: string) => Object.assign(new Error(reason), { code, reason: reason.slice(0, 120) });

/**
 * One loaded room: a shadow copy where a client's change is tried before the real room
 * takes it, and the bookkeeping of unsaved changes.
 */
class LiveRoom {
  shadow = new Y.Doc();
  mirror: Mirror;
  dirty = false;
  timer: ReturnType<typeof setTimeout> | undefined;
  bytes: number;

  constructor(
    readonly name: string,
    readonly document: Document,
    storedBytes: number,
  ) {
    this.bytes = storedBytes;
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(document));
    this.mirror = createMirror(this.shadow);
    // Every change the room takes (from a client here or from another instance) reaches the shadow; applying twice is a no-op.
    document.on("update", (update: Uint8Array) => {
      Y.applyUpdate(this.shadow, update);
      this.bytes += update.byteLength;
    });
  }

  /** Why `update` would leave the room unusable, or undefined when it may go in. */
  check(update: Uint8Array, limits: Limits): Refusal | undefined {
    if (this.bytes + update.byteLength > limits.roomBytes)
      return refusal(`the room is full: ${mb(this.bytes + update.byteLength)} is more than the ${mb(limits.roomBytes)} a room may hold`);
    const wasEmpty = isEmptyRoom(this.shadow);
    try {
      Y.applyUpdate(this.shadow, update);
    } catch (e) {
      this.reset();
      return refusal(`not a Yjs update: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (wasEmpty && isEmptyRoom(this.shadow)) return undefined;
    const read = this.mirror.read();
    if (read.ok) return undefined;
    this.reset();
    return { type: "mlsd:refused", message: `The change would break the design: ${read.error.message}`, problems: read.error.problems };
  }

  /** Back to the room's real state after a refused change. */
  reset() {
    this.mirror.destroy();
    this.shadow.destroy();
    this.shadow = new Y.Doc();
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.document));
    this.mirror = createMirror(this.shadow);
  }

  destroy() {
    clearTimeout(this.timer);
    this.mirror.destroy();
    this.shadow.destroy();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const refusal = (message: string): Refusal => ({ type: "mlsd:refused", message, problems: [{ path: "", message }] });

export interface RoomCounters {
  updates: number;
  refused: Record<"invalid" | "readOnly" | "limit" | "access", number>;
}

/**
 * The Hocuspocus extension that makes a room an mlsd room: access by room link, the
 * check of every change against core's loader, limits, and saving to the database.
 */
export const createRooms = (store: RoomStore, limits: Limits, saveDelayMs: number, log: Logger) => {
  const rooms = new Map<string, LiveRoom>();
  const counters: RoomCounters = { updates: 0, refused: { invalid: 0, readOnly: 0, limit: 0, access: 0 } };
  let closed = false;

  const save = (room: LiveRoom) => {
    clearTimeout(room.timer);
    room.timer = undefined;
    if (!room.dirty || closed) return;
    room.dirty = false;
    try {
      const started = performance.now();
      room.bytes = store.save(room.name, Y.encodeStateAsUpdate(room.document));
      log("debug", "room.saved", { room: room.name, bytes: room.bytes, ms: Math.round(performance.now() - started) });
    } catch (e) {
      room.dirty = true;
      log("error", "room.save_failed", { room: room.name, error: e instanceof Error ? e.message : String(e) });
      room.timer = setTimeout(() => save(room), saveDelayMs);
    }
  };

  const extension: Extension = {
    async onConnect({ documentName, instance }: onConnectPayload) {
      if (!isRoomId(documentName)) {
        counters.refused.access++;
        throw closeWith(4404, "no such room");
      }
      const open = instance.documents.get(documentName)?.getConnectionsCount() ?? 0;
      if (open >= limits.connectionsPerRoom) {
        counters.refused.limit++;
        log("warn", "room.full", { room: documentName, connections: open });
        throw closeWith(4429, `the room is full: at most ${limits.connectionsPerRoom} people at once`);
      }
    },
    async onAuthenticate({ documentName, token, connectionConfig }: onAuthenticatePayload) {
      // The edit key hashes to the room's name; anything else (the view link sends none) is read-only.
      connectionConfig.readOnly = !isEditKeyOf(token, documentName);
    },
    async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const state = store.load(documentName);
      if (state) Y.applyUpdate(document, state);
      rooms.set(documentName, new LiveRoom(documentName, document, state?.byteLength ?? 0));
      log("info", "room.loaded", { room: documentName, bytes: state?.byteLength ?? 0 });
    },
    async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload) {
      const room = rooms.get(documentName);
      if (!room) return;
      document.on("update", () => {
        counters.updates++;
        room.dirty = true;
        room.timer ??= setTimeout(() => save(room), saveDelayMs);
      });
    },
    async beforeHandleMessage({ connection, documentName, update: data }: beforeHandleMessagePayload) {
      const room = rooms.get(documentName);
      if (!room) return;
      const message = readInbound(data);
      if (!message.update) return;
      if (connection.readOnly) {
        // Hocuspocus refuses it too; counted and logged here so a forged edit shows up.
        if (!Y.snapshotContainsUpdate(Y.snapshot(room.document), message.update)) {
          counters.refused.readOnly++;
          log("warn", "update.refused", { room: documentName, reason: "read-only", bytes: message.update.byteLength });
        }
        return;
      }
      const refused = room.check(message.update, limits);
      if (!refused) return;
      counters.refused[refused.message.startsWith("the room is full") ? "limit" : "invalid"]++;
      log("warn", "update.refused", { room: documentName, reason: refused.message, problems: refused.problems.slice(0, 5) });
      connection.sendStateless(JSON.stringify(refused));
      throw closeWith(4422, refused.message);
    },
    async beforeUnloadDocument({ documentName }) {
      const room = rooms.get(documentName);
      if (room) save(room);
    },
    async afterUnloadDocument({ documentName }) {
      rooms.get(documentName)?.destroy();
      rooms.delete(documentName);
    },
  };

  return {
    extension,
    counters,
    unsaved: () => [...rooms.values()].filter((r) => r.dirty).length,
    loaded: () => rooms.size,
    /** Writes every unsaved room now and stops saving (shutdown). */
    saveAll() {
      for (const room of rooms.values()) save(room);
      closed = true;
      for (const room of rooms.values()) room.destroy();
    },
  };
};
