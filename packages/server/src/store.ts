import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import * as Y from "yjs";

/** The one SQLite file in the data folder that holds every room. */
const DATABASE_FILE = "mlsd.sqlite";

export interface RoomStore {
  /** The stored state of a room (a Yjs update), or undefined for a room never saved. */
  load(room: string): Uint8Array | undefined;
  /**
   * Saves a room's state merged with what is stored: saving is commutative, so two
   * instances sharing the file never erase each other's changes. Returns the stored size.
   */
  save(room: string, state: Uint8Array): number;
  stats(): { rooms: number; bytes: number; fileBytes: number };
  close(): void;
}

/**
 * All rooms in one SQLite file under `dir` (created if missing). WAL with synchronous=FULL:
 * a save that returned survives a killed process and a power cut; readers never wait for
 * writers, and several processes may share the file (busy timeout instead of errors).
 */
export const openRoomStore = (dir: string): RoomStore => {
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, DATABASE_FILE));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
  db.exec(`CREATE TABLE IF NOT EXISTS rooms (
    name TEXT PRIMARY KEY,
    state BLOB NOT NULL,
    bytes INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT`);
  const get = db.prepare<[string], { state: Buffer }>("SELECT state FROM rooms WHERE name = ?");
  const put = db.prepare<[string, Buffer, number, number, number]>(
    `INSERT INTO rooms (name, state, bytes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET state = excluded.state, bytes = excluded.bytes, updated_at = excluded.updated_at`,
  );
  const totals = db.prepare<[], { rooms: number; bytes: number | null }>("SELECT COUNT(*) AS rooms, SUM(bytes) AS bytes FROM rooms");
  const save = db.transaction((room: string, state: Uint8Array) => {
    const stored = get.get(room)?.state;
    const merged = stored ? Y.mergeUpdates([new Uint8Array(stored), state]) : state;
    const now = Date.now();
    put.run(room, Buffer.from(merged), merged.byteLength, now, now);
    return merged.byteLength;
  });
  return {
    load: (room) => {
      const row = get.get(room);
      return row ? new Uint8Array(row.state) : undefined;
    },
    // IMMEDIATE: take the write lock before reading, so two processes cannot both merge an old state.
    save: (room, state) => save.immediate(room, state),
    stats: () => {
      const { rooms, bytes } = totals.get()!;
      const pages = db.pragma("page_count", { simple: true }) as number;
      const size = db.pragma("page_size", { simple: true }) as number;
      return { rooms, bytes: bytes ?? 0, fileBytes: pages * size };
    },
    close: () => db.close(),
  };
};
