// Helpers for the server's tests (left out of the published package by "files").
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { readDocument } from "@mlsd/collab";
import type { Document } from "@mlsd/core";
import * as encoding from "lib0/encoding";
import { expect } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import type { ServeOptions } from "./options.js";
import { MESSAGE } from "./protocol.js";
import { COLLAB_PATH, type MlsdServer, startServer } from "./server.js";

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A folder with a tiny stand-in for the built editor. */
export const tinyWeb = () => {
  const dir = tempDir("mlsd-web-");
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>mlsd</title>");
  writeFileSync(join(dir, "assets", "app-1234.js"), "console.log(1)");
  return dir;
};

/** A server on a free port of 127.0.0.1 with its own database folder. */
export const testServer = async (
  options: Partial<ServeOptions> = {},
): Promise<MlsdServer & { data: string; stop: () => Promise<void> }> => {
  const data = options.data ?? tempDir("mlsd-data-");
  const web = options.web ?? tinyWeb();
  const server = await startServer({ port: 0, saveDelayMs: 50, ...options, data, web });
  return {
    ...server,
    data,
    stop: async () => {
      await server.close();
      if (!options.data) rmSync(data, { recursive: true, force: true });
      if (!options.web) rmSync(web, { recursive: true, force: true });
    },
  };
};

export const wsUrl = (url: string) => `${url.replace(/^http/, "ws")}${COLLAB_PATH}`;

export interface Client {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  stateless: string[];
  closed: { code: number; reason: string }[];
  synced: Promise<void>;
  destroy(): void;
}

/** A real Hocuspocus provider in a room (`token` = the edit key, or null for the view link). */
export const client = (url: string, room: string, token: string | null): Client => {
  const ydoc = new Y.Doc();
  const stateless: string[] = [];
  const closed: { code: number; reason: string }[] = [];
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl(url), WebSocketPolyfill: WebSocket });
  let done: () => void = () => {};
  const synced = new Promise<void>((resolve) => {
    done = resolve;
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: ydoc,
    token,
    onSynced: () => done(),
    onStateless: ({ payload }) => stateless.push(payload),
    onClose: ({ event }) => closed.push({ code: event.code, reason: event.reason }),
  });
  provider.attach();
  return {
    ydoc,
    provider,
    stateless,
    closed,
    synced,
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
};

/** The design a replica holds (fails the test if it holds none). */
export const designOf = (ydoc: Y.Doc): Document => {
  const read = readDocument(ydoc);
  if (!read.ok) expect.fail(read.error.message);
  return read.value;
};

/** A raw WebSocket to the rooms endpoint, for sending what no well-behaved client would. */
export const rawSocket = async (url: string) => {
  const ws = new WebSocket(wsUrl(url));
  const received: Uint8Array[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on("message", (data: Buffer) => received.push(new Uint8Array(data)));
  ws.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, received, closed };
};

const message = (room: string, write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, room);
  write(e);
  return encoding.toUint8Array(e);
};

/** The protocol's authentication message (what a provider sends first). */
export const authMessage = (room: string, token: string) =>
  message(room, (e) => {
    encoding.writeVarUint(e, MESSAGE.auth);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });

/** A sync message carrying one Yjs update. */
export const updateMessage = (room: string, update: Uint8Array) =>
  message(room, (e) => {
    encoding.writeVarUint(e, MESSAGE.sync);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

/** Waits until `check` passes (polling, never a fixed sleep). */
export const eventually = async (check: () => void | Promise<void>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
};
