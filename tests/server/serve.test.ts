import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { getDocument } from "@mlsd/catalog";
import { newRoomKey, viewIdOf, writeDocument } from "@mlsd/collab";
import { type Document, serializeDocument } from "@mlsd/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePrometheus } from "../../packages/server/src/metrics.js";
import { client, designOf, eventually } from "../../packages/server/src/testing.js";
import { MLSD, type Serve, startRedis, startServe, tempDir } from "./processes.js";

/**
 * `mlsd serve` as a real process: what a restart, a kill and a second instance do to a
 * room. (The server's own behaviour is tested in-process in packages/server.)
 */
let design: Document;
const dirs: string[] = [];
const running: Serve[] = [];
const data = () => {
  const dir = tempDir("mlsd-serve-");
  dirs.push(dir);
  return dir;
};
const serve = async (...args: Parameters<typeof startServe>) => {
  const s = await startServe(...args);
  running.push(s);
  return s;
};
const metric = async (url: string, name: string) => parsePrometheus(await (await fetch(`${url}/metrics`)).text()).get(name);

beforeAll(async () => {
  design = await getDocument("uber-michelangelo");
});
afterAll(() => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Opens a room on `url`, writes the design (with `title`) and returns the room. */
const roomWith = async (url: string, title = design.title) => {
  const key = newRoomKey();
  const writer = client(url, viewIdOf(key), key);
  await writer.synced;
  writeDocument(writer.ydoc, { ...design, title });
  return { key, room: viewIdOf(key), writer };
};

describe("mlsd serve as a process", () => {
  it("serves the built editor, logs JSON lines, and stops cleanly on SIGTERM writing what was not saved yet", async () => {
    const folder = data();
    const first = await serve(folder, ["--save-delay", "60000"]);
    const page = await (await fetch(`${first.url}/`)).text();
    expect(page).toContain('<div id="root">');
    const { key, room, writer } = await roomWith(first.url, "Written on SIGTERM");
    await eventually(async () => expect(await metric(first.url, "mlsd_rooms_unsaved")).toBe(1));
    expect(await metric(first.url, "mlsd_rooms_stored")).toBe(0);
    // The client is still in the room: SIGTERM itself writes the room.
    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    writer.destroy();
    const lines = first.stdout().trim().split("\n");
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ time: expect.any(String), level: expect.any(String), event: expect.any(String) });
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(expect.arrayContaining(["server.listening", "signal", "server.stopped"]));

    const second = await serve(folder);
    const back = client(second.url, room, key);
    await back.synced;
    await eventually(() => expect(designOf(back.ydoc).title).toBe("Written on SIGTERM"));
    back.destroy();
    second.child.kill("SIGTERM");
    await second.exited;
  });

  it("brings a room back whole after the process is killed (SIGKILL) once the save delay passed", async () => {
    const folder = data();
    const first = await serve(folder);
    const { key, room, writer } = await roomWith(first.url);
    const now = designOf(writer.ydoc);
    writeDocument(writer.ydoc, { ...now, summary: "The last change before the kill" }, { before: now });
    await eventually(async () => {
      expect(await metric(first.url, "mlsd_updates_total")).toBeGreaterThanOrEqual(2);
      expect(await metric(first.url, "mlsd_rooms_unsaved")).toBe(0);
    });
    const expected = serializeDocument(designOf(writer.ydoc));
    writer.destroy();
    first.child.kill("SIGKILL");
    expect(await first.exited).toBe("SIGKILL");

    const second = await serve(folder);
    const back = client(second.url, room, key);
    await back.synced;
    await eventually(() => expect(serializeDocument(designOf(back.ydoc))).toBe(expected));
    back.destroy();
    second.child.kill("SIGTERM");
    await second.exited;
  });

  it("says plainly when the port is taken", async () => {
    const first = await serve(data());
    const taken = spawnSync(process.execPath, [MLSD, "serve", "--port", String(first.port), "--data", data()], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain(`port ${first.port} on 127.0.0.1 is in use`);
    first.child.kill("SIGTERM");
    await first.exited;
  });
});

describe("two instances on one Redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  }, 60_000);
  afterAll(() => redis?.stop());

  it("share a room: clients split across them converge, and both write one database", async () => {
    const folder = data();
    const a = await serve(folder, ["--redis", redis.url]);
    const b = await serve(folder, ["--redis", redis.url]);
    const { key, room, writer } = await roomWith(a.url);
    const onA = [writer, client(a.url, room, key)];
    const onB = [client(b.url, room, key), client(b.url, room, key)];
    await Promise.all([...onA, ...onB].map((c) => c.synced));
    await eventually(() => {
      for (const c of onB) expect(designOf(c.ydoc).title).toBe(design.title);
    });
    // Each client changes a different part at once; every client ends with all four changes.
    [...onA, ...onB].forEach((c, i) => {
      const now = designOf(c.ydoc);
      const id = now.nodes[i]!.id;
      writeDocument(
        c.ydoc,
        { ...now, nodes: now.nodes.map((n) => (n.id === id ? { ...n, label: `Edited by client ${i}` } : n)) },
        { before: now },
      );
    });
    await eventually(() => {
      const texts = [...onA, ...onB].map((c) => serializeDocument(designOf(c.ydoc)));
      expect(new Set(texts).size).toBe(1);
      for (let i = 0; i < 4; i++) expect(texts[0]).toContain(`Edited by client ${i}`);
    }, 10_000);
    const expected = serializeDocument(designOf(writer.ydoc));
    await eventually(async () => {
      expect(await metric(a.url, "mlsd_rooms_unsaved")).toBe(0);
      expect(await metric(b.url, "mlsd_rooms_unsaved")).toBe(0);
    });
    for (const c of [...onA, ...onB]) c.destroy();
    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
    expect([await a.exited, await b.exited]).toEqual([0, 0]);

    // One instance alone, without Redis, reads the room whole from the shared file.
    const alone = await serve(folder);
    const back = client(alone.url, room, key);
    await back.synced;
    await eventually(() => expect(serializeDocument(designOf(back.ydoc))).toBe(expected));
    back.destroy();
    alone.child.kill("SIGTERM");
    await alone.exited;
  }, 90_000);
});
