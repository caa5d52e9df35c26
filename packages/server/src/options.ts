import type { Logger } from "./log.js";

/**
 * What one client or room may use before the server refuses it; `ServeOptions.limits` sets
 * some and the rest keep their defaults.
 * @public
 */
export interface Limits {
  /** Largest WebSocket message a client may send (bytes). */
  messageBytes: number;
  /** Largest state a room may grow to (bytes, as Yjs encodes it). */
  roomBytes: number;
  /** Clients in one room at once. */
  connectionsPerRoom: number;
  /** Messages one client may send per second, averaged over five seconds. */
  messagesPerSecond: number;
}

/** The limits of a server started without `limits`. */
export const DEFAULT_LIMITS: Limits = {
  messageBytes: 10 * 1024 * 1024,
  roomBytes: 10 * 1024 * 1024,
  connectionsPerRoom: 50,
  messagesPerSecond: 200,
};

/**
 * How to start a server (`startServer`): only `data`, the database folder, is required.
 * @public
 */
export interface ServeOptions {
  port?: number;
  host?: string;
  /** Folder of the SQLite database. */
  data: string;
  /** Folder of the built editor served at `/`; the copy inside this package by default. */
  web?: string;
  /** `redis://host:port` to share rooms with other instances; one instance needs none. */
  redis?: string;
  /** The longest a change waits before it is written to the database (ms). */
  saveDelayMs?: number;
  limits?: Partial<Limits>;
  log?: Logger;
}
