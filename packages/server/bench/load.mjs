// `pnpm bench` (packages/server): a load test of live rooms. 50 simulated clients over 10
// rooms edit for 60 s against one server process (then, with Redis on this machine, against
// two instances sharing rooms), and the run reports updates per second, propagation
// latency, the server's memory and CPU, the database's size, and whether every client
// ended with the same document. Environment: BENCH_SECONDS (60), BENCH_CLIENTS (50),
// BENCH_ROOMS (10), BENCH_EDIT_MS (1000: each client's mean pause between edits), BENCH_WORKERS (2:
// threads the simulated clients run in, so the load generator is not what is measured).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { get } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { getDocument, listCatalog } from "@mlsd/catalog";
import { createMirror, newRoomKey, viewIdOf, writeDocument } from "@mlsd/collab";
import { serializeDocument } from "@mlsd/core";
import WebSocket from "ws";
import * as Y from "yjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 10);
const EDIT_MS = Number(process.env.BENCH_EDIT_MS ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const CURSOR_MS = 200;
/** Milliseconds on the clock every thread shares (a worker's performance.now() is off by its start). */
const clock = () => Date.now();
const SERVE = fileURLToPath(new URL("./serve.mjs", import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const until = async (check, ms, what) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(50);
  }
};
/** The server's /metrics, on a fresh connection each time (no keep-alive to race with), retried while it is busy. */
const metricsOnce = (url) =>
  new Promise((resolve, reject) => {
    const req = get(`${url}/metrics`, { agent: false, timeout: 60_000 }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve(body));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error("metrics timed out")));
  });
const metrics = async (url) => {
  for (let attempt = 1; ; attempt++) {
    try {
      const text = await metricsOnce(url);
      return new Map(
        text
          .split("\n")
          .filter((l) => l && !l.startsWith("#"))
          .map((l) => [l.slice(0, l.lastIndexOf(" ")), Number(l.slice(l.lastIndexOf(" ") + 1))]),
      );
    } catch (e) {
      if (attempt >= 10) throw e;
      console.error(`metrics: ${e.message}; retrying`);
      await sleep(500);
    }
  }
};
const cpuSeconds = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const children = new Set();
process.on("exit", () => {
  for (const c of children) c.kill("SIGKILL");
});

const startServe = async (data, redis) => {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVE, String(port), data, ...(redis ? [redis] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  children.add(child);
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
};

const startRedis = async () => {
  if (!existsSync("/usr/bin/redis-server")) return undefined;
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "ignore"],
  });
  children.add(child);
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  await until(() => out.includes("Ready to accept connections"), 10_000, "redis-server");
  return { url: `redis://127.0.0.1:${port}`, child };
};

/** One simulated person: a provider, edits at a steady pace, a pointer that moves, and a record of when others' edits arrive. */
const makeClient = (url, room, key, index, latencies) => {
  const ydoc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, "ws")}/collab`, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: room, document: ydoc, token: key });
  provider.attach();
  const mirror = createMirror(ydoc);
  const seen = new Set();
  // Every label carries a marker ⟨client-sequence@sent⟩; the first time a client sees a marker it did not write is its arrival.
  ydoc.getMap("nodes").observeDeep((events, tr) => {
    if (tr.local) return;
    const now = clock();
    for (const e of events) {
      const text = e.target instanceof Y.Text ? e.target.toString() : "";
      for (const [, marker, at] of text.matchAll(/⟨(\d+-\d+)@([\d.]+)⟩/g)) {
        if (seen.has(marker) || marker.startsWith(`${index}-`)) continue;
        seen.add(marker);
        latencies.push(now - Number(at));
      }
    }
  });
  let seq = 0;
  let edits = 0;
  let refused = 0;
  // Edits go straight to the Yjs types (as the editor's writeDocument would leave them):
  // the simulated people must cost the load generator little, so the server is what is measured.
  const nodes = ydoc.getMap("nodes");
  const replaceText = (map, key, value) => {
    const text = map.get(key);
    if (text instanceof Y.Text) {
      text.delete(0, text.length);
      text.insert(0, value);
    } else map.set(key, new Y.Text(value));
  };
  const edit = () => {
    const ids = [...nodes.keys()];
    const node = nodes.get(ids[Math.floor(Math.random() * ids.length)]);
    if (!node) return;
    const r = Math.random();
    ydoc.transact(() => {
      if (r < 0.5) {
        replaceText(node, "label", `Part ⟨${index}-${++seq}@${clock()}⟩`);
      } else if (r < 0.85) {
        node.set("position", { x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 900) });
        node.set("stage", node.get("stage"));
        node.set("pinned", true);
      } else replaceText(node, "notes", `note ${index}/${seq}`);
    });
    edits++;
  };
  let timers = [];
  return {
    ydoc,
    mirror,
    provider,
    synced: new Promise((resolve) => (provider.isSynced ? resolve() : provider.on("synced", resolve))),
    start() {
      const jitter = () => EDIT_MS * (0.5 + Math.random());
      const loop = () => {
        edit();
        timers[0] = setTimeout(loop, jitter());
      };
      timers[0] = setTimeout(loop, jitter());
      timers[1] = setInterval(
        () => provider.awareness?.setLocalStateField("cursor", { x: Math.random() * 2000, y: Math.random() * 900 }),
        CURSOR_MS,
      );
      provider.on("stateless", () => refused++);
    },
    stop() {
      clearTimeout(timers[0]);
      clearInterval(timers[1]);
      timers = [];
    },
    counts: () => ({ edits, refused }),
    destroy() {
      mirror.destroy();
      provider.destroy();
      socket.destroy();
    },
  };
};

const percentile = (values, p) => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** The simulated people of one worker thread: they join, edit on "start", stop on "stop", and report. */
const worker = async () => {
  const { members } = workerData;
  const latencies = [];
  const clients = members.map((m) => ({ room: m.room, ...makeClient(m.url, m.name, m.key, m.index, latencies) }));
  await Promise.all(clients.map((c) => c.synced));
  await until(() => clients.every((c) => c.mirror.read().ok), 30_000, "every client has its room's design");
  parentPort.postMessage({ type: "ready" });
  parentPort.on("message", (message) => {
    if (message === "start") for (const c of clients) c.start();
    else if (message === "stop") {
      for (const c of clients) c.stop();
      parentPort.postMessage({ type: "stopped" });
    } else if (message === "documents")
      parentPort.postMessage({
        type: "documents",
        documents: clients.map((c) => {
          const read = c.mirror.read();
          return { room: c.room, text: read.ok ? serializeDocument(read.value) : "" };
        }),
      });
    else if (message === "report") {
      const totals = clients
        .map((c) => c.counts())
        .reduce((a, c) => ({ edits: a.edits + c.edits, refused: a.refused + c.refused }), { edits: 0, refused: 0 });
      for (const c of clients) c.destroy();
      parentPort.postMessage({ type: "report", latencies, ...totals });
    }
  });
};

const ask = (workers, message, type) =>
  Promise.all(
    workers.map(
      (w) =>
        new Promise((resolve) => {
          const on = (m) => {
            if (m.type !== type) return;
            w.off("message", on);
            resolve(m);
          };
          w.on("message", on);
          if (message) w.postMessage(message);
        }),
    ),
  );

/** One run: servers already started; clients spread round-robin over `urls` and over the worker threads. */
const run = async (label, urls, pids, data) => {
  const designs = await Promise.all(
    listCatalog()
      .slice(1, 1 + ROOMS)
      .map((e) => getDocument(e.id)),
  );
  const rooms = designs.map(() => newRoomKey());
  // Each room gets its design from a writer that then leaves.
  for (let r = 0; r < ROOMS; r++) {
    const writer = makeClient(urls[0], viewIdOf(rooms[r]), rooms[r], 10_000 + r, []);
    await writer.synced;
    writeDocument(writer.ydoc, designs[r]);
    await until(() => !writer.provider.hasUnsyncedChanges, 10_000, "design written");
    writer.destroy();
  }
  const members = Array.from({ length: CLIENTS }, (_, i) => ({
    index: i,
    room: i % ROOMS,
    name: viewIdOf(rooms[i % ROOMS]),
    key: rooms[i % ROOMS],
    url: urls[Math.floor(i / ROOMS) % urls.length],
  }));
  const workers = Array.from(
    { length: WORKERS },
    (_, w) => new Worker(new URL(import.meta.url), { workerData: { members: members.filter((m) => m.index % WORKERS === w) } }),
  );
  for (const w of workers)
    w.on("error", (e) => {
      console.error("a client thread failed:", e);
      process.exit(1);
    });
  await ask(workers, undefined, "ready");

  const before = await Promise.all(urls.map(metrics));
  const cpuBefore = pids.map(cpuSeconds);
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  for (const w of workers) w.postMessage("start");
  let peakRss = 0;
  while (performance.now() - started < SECONDS * 1000) {
    await sleep(1000);
    const rss = (await Promise.all(urls.map(metrics))).map((m) => m.get("process_resident_memory_bytes"));
    peakRss = Math.max(peakRss, ...rss);
  }
  await ask(workers, "stop", "stopped");
  const elapsed = (performance.now() - started) / 1000;
  const cpu = pids.map((pid, i) => (cpuSeconds(pid) - cpuBefore[i]) / elapsed);
  const own = process.cpuUsage(ownBefore);
  const clientCpu = (own.user + own.system) / 1e6 / elapsed;
  const mid = await Promise.all(urls.map(metrics));

  // Convergence: every client of a room ends with the same document.
  let converged = false;
  let finals = [];
  const settle = performance.now();
  try {
    await until(
      async () => {
        finals = (await ask(workers, "documents", "documents")).flatMap((m) => m.documents);
        return Array.from({ length: ROOMS }, (_, r) => finals.filter((d) => d.room === r).map((d) => d.text)).every(
          (texts) => texts[0] !== "" && texts.every((t) => t === texts[0]),
        );
      },
      60_000,
      "convergence",
    );
    converged = true;
  } catch {}
  const settleMs = performance.now() - settle;
  const reports = await ask(workers, "report", "report");
  await Promise.all(workers.map((w) => w.terminate()));
  await until(async () => (await Promise.all(urls.map(metrics))).every((m) => m.get("mlsd_rooms_unsaved") === 0), 30_000, "saved");
  // And the server's copy (read by a fresh client) is that document too.
  let storedMatches = 0;
  for (let r = 0; r < ROOMS; r++) {
    const fresh = makeClient(urls[0], viewIdOf(rooms[r]), rooms[r], 20_000 + r, []);
    await fresh.synced;
    const mine = fresh.mirror.read();
    if (mine.ok && serializeDocument(mine.value) === finals.find((d) => d.room === r)?.text) storedMatches++;
    fresh.destroy();
  }
  const after = await Promise.all(urls.map(metrics));
  const latencies = reports.flatMap((r) => r.latencies);
  const edits = reports.reduce((s, r) => s + r.edits, 0);
  const refused = reports.reduce((s, r) => s + r.refused, 0);
  const delta = (name) => mid.reduce((s, m, i) => s + m.get(name) - before[i].get(name), 0);
  const db = join(data, "mlsd.sqlite");
  const dbBytes = statSync(db).size + (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
  const row = {
    run: label,
    clients: CLIENTS,
    rooms: ROOMS,
    seconds: Math.round(elapsed),
    "edits/s (clients)": Math.round(edits / elapsed),
    "updates/s (server)": Math.round(delta("mlsd_updates_total") / elapsed),
    "messages in/s (server)": Math.round(delta("mlsd_messages_total") / elapsed),
    "latency p50 ms": Math.round(percentile(latencies, 50)),
    "latency p95 ms": Math.round(percentile(latencies, 95)),
    "latency p99 ms": Math.round(percentile(latencies, 99)),
    "arrivals measured": latencies.length,
    "server peak RSS MB": Math.round(peakRss / 1024 / 1024),
    "server CPU (cores)": cpu.map((c) => c.toFixed(2)).join(" + "),
    // CPU time, not wall time: what the server spends per message whatever else runs on the machine.
    "server CPU ms per 1000 messages": Math.round(
      ((cpu.reduce((a, c) => a + c, 0) * elapsed) / delta("mlsd_messages_total")) * 1000 * 1000,
    ),
    "simulated clients' CPU (cores)": clientCpu.toFixed(2),
    "stored room state KB": Math.round(after[0].get("mlsd_bytes_stored") / 1024),
    "database file KB": Math.round(dbBytes / 1024),
    refused,
    converged: converged ? `yes (${Math.round(settleMs)} ms after the last edit)` : "NO",
    "server copy equal": `${storedMatches}/${ROOMS} rooms`,
  };
  console.table(row);
  return row;
};

const main = async () => {
  console.log(
    `load average before: ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}`,
  );
  console.log(
    `load bench: ${CLIENTS} clients, ${ROOMS} rooms, ${SECONDS} s, an edit every ~${EDIT_MS} ms and a pointer move every ${CURSOR_MS} ms per client`,
  );
  const results = [];
  {
    const data = mkdtempSync(join(tmpdir(), "mlsd-bench-"));
    const server = await startServe(data);
    try {
      results.push(await run("one server", [server.url], [server.child.pid], data));
    } finally {
      server.child.kill("SIGTERM");
      await new Promise((r) => server.child.once("exit", r));
      rmSync(data, { recursive: true, force: true });
    }
  }
  const redis = process.env.BENCH_REDIS === "0" ? undefined : await startRedis();
  if (!redis) console.log("redis-server not installed: the two-instance run is skipped");
  else {
    const data = mkdtempSync(join(tmpdir(), "mlsd-bench-"));
    const a = await startServe(data, redis.url);
    const b = await startServe(data, redis.url);
    try {
      results.push(await run("two servers + Redis", [a.url, b.url], [a.child.pid, b.child.pid], data));
    } finally {
      for (const s of [a, b]) s.child.kill("SIGTERM");
      await Promise.all([a, b].map((s) => new Promise((r) => s.child.once("exit", r))));
      redis.child.kill("SIGTERM");
      rmSync(data, { recursive: true, force: true });
    }
  }
  const node = spawnSync(process.execPath, ["--version"], { encoding: "utf8" }).stdout.trim();
  const os = await import("node:os");
  console.log(
    `\nNode ${node}, ${os.cpus().length} cores, load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")} (1/5/15 min)`,
  );
  console.log(["| figure | ", results.map((r) => r.run).join(" | "), " |"].join(""));
  console.log(`|---|${results.map(() => "---").join("|")}|`);
  for (const key of Object.keys(results[0]).filter((k) => k !== "run"))
    console.log(`| ${key} | ${results.map((r) => r[key]).join(" | ")} |`);
  if (results.some((r) => r.converged === "NO" || r["server copy equal"] !== `${ROOMS}/${ROOMS} rooms`)) process.exitCode = 1;
};

if (isMainThread) await main();
else await worker();
