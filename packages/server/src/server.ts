import { existsSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { fileURLToPath } from "node:url";
import { type Extension, Hocuspocus } from "@hocuspocus/server";
import { isRoomId } from "@mlsd/collab";
import * as decoding from "lib0/decoding";
import { type WebSocket, WebSocketServer } from "ws";
import { type Logger, silentLogger } from "./log.js";
import { type Metric, prometheusText } from "./metrics.js";
import { DEFAULT_LIMITS, type Limits, type ServeOptions } from "./options.js";
import { createRooms } from "./rooms.js";
import { serveStatic } from "./static.js";
import { openRoomStore } from "./store.js";

/** The WebSocket path of the rooms; everything else on the port is HTTP. */
export const COLLAB_PATH = "/collab";
/** The built editor shipped inside this package (copied from apps/web at build time). */
const BUNDLED_WEB = fileURLToPath(new URL("../web/", import.meta.url));

/**
 * A running server: its address, its figures and how to stop it.
 * @public
 */
export interface MlsdServer {
  /** `http://host:port` */
  url: string;
  port: number;
  /** Prometheus text of the server's figures. */
  metrics(): string;
  /** Stops taking clients, closes every connection, writes every unsaved room, closes the database. */
  close(): Promise<void>;
}

/** Closes a socket that sends what no Hocuspocus client sends: garbage, floods, rooms that cannot exist. */
const guardSocket = (ws: WebSocket, limits: Limits, log: Logger, onRefuse: () => void, onMessage: () => void) => {
  let budget = limits.messagesPerSecond * 5;
  let last = Date.now();
  const rooms = new Set<string>();
  const refuse = (code: number, reason: string) => {
    onRefuse();
    log("warn", "client.closed", { reason });
    ws.close(code, reason);
  };
  ws.on("message", (data: Buffer, isBinary?: boolean) => {
    // Hocuspocus re-emits queued messages without the flag: those were checked when they arrived.
    if (isBinary === undefined) return;
    onMessage();
    const now = Date.now();
    budget = Math.min(limits.messagesPerSecond * 5, budget + ((now - last) / 1000) * limits.messagesPerSecond) - 1;
    last = now;
    if (budget < 0) return refuse(4429, "too many messages");
    if (!isBinary) return refuse(4400, "malformed message: expected binary");
    try {
      const room = decoding.readVarString(decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      if (!isRoomId(room)) return refuse(4400, "malformed message: no room id");
      rooms.add(room);
      if (rooms.size > 4) return refuse(4400, "too many rooms on one connection");
    } catch {
      refuse(4400, "malformed message");
    }
  });
};

/**
 * Starts what `mlsd serve` runs, in this process: the editor at `/`, live rooms on the
 * WebSocket path `/collab`, `/healthz` and `/metrics`, all on one port (8080 on 127.0.0.1 by
 * default). Resolves once it listens, after connecting to Redis when `redis` is given.
 * @public
 */
export const startServer = async (options: ServeOptions): Promise<MlsdServer> => {
  const log = options.log ?? silentLogger;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const saveDelayMs = options.saveDelayMs ?? 1000;
  const web = options.web ?? BUNDLED_WEB;
  if (!existsSync(web)) log("warn", "web.missing", { folder: web, hint: "build the editor first (pnpm build)" });
  const store = openRoomStore(options.data);
  const rooms = createRooms(store, limits, saveDelayMs, log);
  let closedSockets = 0;
  let messages = 0;
  let stopping = false;

  const extensions: Extension[] = [rooms.extension];
  if (options.redis) {
    const url = new URL(options.redis);
    const { Redis } = await import("@hocuspocus/extension-redis");
    // Redis only relays changes and presence between instances; the database holds the rooms
    // and every instance's writes merge there, so the extension's store lock has no job.
    class Relay extends Redis {
      override async onStoreDocument() {}
      override async afterStoreDocument() {}
    }
    const redis = new Relay({ host: url.hostname, port: Number(url.port || 6379), prefix: "mlsd" });
    // Take no client before both connections are up: a subscription queued before the
    // subscriber connection is ready leaves it broken (ioredis's ready check then fails).
    await Promise.all(
      [redis.pub, redis.sub].map(
        (c) =>
          new Promise<void>((resolve, reject) => {
            if (c.status === "ready") return resolve();
            c.once("ready", () => resolve());
            c.once("error", (e: Error) => reject(new Error(`cannot reach Redis at ${options.redis}: ${e.message}`)));
          }),
      ),
    ).catch((e: unknown) => {
      redis.pub.disconnect();
      redis.sub.disconnect();
      throw e;
    });
    extensions.unshift(redis);
  }
  const hocuspocus = new Hocuspocus({ quiet: true, extensions, debounce: saveDelayMs, maxDebounce: saveDelayMs * 2 });

  const metrics = (): string => {
    const stored = store.stats();
    const list: Metric[] = [
      { name: "mlsd_rooms_open", help: "Rooms loaded in memory", type: "gauge", value: hocuspocus.getDocumentsCount() },
      { name: "mlsd_rooms_stored", help: "Rooms in the database", type: "gauge", value: stored.rooms },
      { name: "mlsd_connections", help: "Open client connections", type: "gauge", value: hocuspocus.getConnectionsCount() },
      { name: "mlsd_bytes_stored", help: "Bytes of room state in the database", type: "gauge", value: stored.bytes },
      { name: "mlsd_database_bytes", help: "Size of the database file", type: "gauge", value: stored.fileBytes },
      { name: "mlsd_rooms_unsaved", help: "Rooms with changes not yet written", type: "gauge", value: rooms.unsaved() },
      { name: "mlsd_updates_total", help: "Changes taken by open rooms", type: "counter", value: rooms.counters.updates },
      ...Object.entries(rooms.counters.refused).map(
        ([reason, value]): Metric => ({
          name: "mlsd_refused_total",
          help: "Changes or connections refused",
          type: "counter",
          value,
          labels: { reason },
        }),
      ),
      { name: "mlsd_messages_total", help: "Messages received from clients", type: "counter", value: messages },
      { name: "mlsd_sockets_closed_total", help: "Sockets closed for bad messages", type: "counter", value: closedSockets },
      { name: "process_resident_memory_bytes", help: "Resident memory", type: "gauge", value: process.memoryUsage().rss },
    ];
    return prometheusText(list);
  };

  const files = serveStatic(web);
  const http = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/healthz") {
      response.writeHead(stopping ? 503 : 200, { "Content-Type": "application/json", "Cache-Control": "no-store" });
      response.end(JSON.stringify({ status: stopping ? "stopping" : "ok", service: "mlsd" }));
      return;
    }
    if (path === "/metrics") {
      response.writeHead(200, { "Content-Type": "text/plain; version=0.0.4", "Cache-Control": "no-store" }).end(metrics());
      return;
    }
    files(request, response).catch((e: unknown) => {
      log("error", "http.failed", { path, error: e instanceof Error ? e.message : String(e) });
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  // Longer than the idle timeout of common load balancers (60 s), so the server never closes a
  // kept-alive connection at the moment the balancer reuses it.
  http.keepAliveTimeout = 65_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.messageBytes });
  http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? "").split("?")[0] !== COLLAB_PATH || stopping) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on("error", (e) => log("warn", "client.error", { error: e.message }));
      guardSocket(
        ws,
        limits,
        log,
        () => closedSockets++,
        () => messages++,
      );
      hocuspocus.handleConnection(ws, request);
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port ?? 8080, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port, address } = http.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  log("info", "server.listening", { url, data: options.data, redis: options.redis ?? null, web });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopping = true;
      log("info", "server.stopping", { connections: hocuspocus.getConnectionsCount(), rooms: hocuspocus.getDocumentsCount() });
      http.close();
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.close(1001, "server stopping");
      rooms.saveAll();
      await hocuspocus.hooks("onDestroy", { instance: hocuspocus });
      store.close();
      http.closeAllConnections();
      log("info", "server.stopped", {});
    })());

  return { url, port, metrics, close };
};
