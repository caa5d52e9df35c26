import { getDocument } from "@mlsd/catalog";
import { isEditKeyOf, newRoomKey, viewIdOf, writeDocument } from "@mlsd/collab";
import { type Document, serializeDocument, updateNode } from "@mlsd/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parsePrometheus } from "./metrics.js";
import { authMessage, client, designOf, eventually, rawSocket, testServer, updateMessage } from "./testing.js";

let design: Document;
beforeAll(async () => {
  design = await getDocument("credit-card-fraud");
});

const metric = async (url: string, name: string) => parsePrometheus(await (await fetch(`${url}/metrics`)).text()).get(name);

/** A room with the design in it, written by an edit client; returns the key, the view id and that client. */
const roomWithDesign = async (url: string) => {
  const key = newRoomKey();
  const room = viewIdOf(key);
  const writer = client(url, room, key);
  await writer.synced;
  writeDocument(writer.ydoc, design);
  return { key, room, writer };
};

describe("room links", () => {
  it("have 128 random bits and a view id the key hashes to", () => {
    const keys = new Set(Array.from({ length: 200 }, newRoomKey));
    expect(keys.size).toBe(200);
    const key = [...keys][0]!;
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(isEditKeyOf(key, viewIdOf(key))).toBe(true);
    expect(isEditKeyOf(viewIdOf(key), viewIdOf(key))).toBe(false);
    expect(isEditKeyOf([...keys][1]!, viewIdOf(key))).toBe(false);
  });
});

describe("mlsd serve", () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    server = await testServer({ limits: { connectionsPerRoom: 4, roomBytes: 400_000, messageBytes: 300_000 } });
  });
  afterAll(() => server.stop());

  it("answers /healthz, /metrics and serves the editor's files, nothing outside them", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", service: "mlsd" });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain("# TYPE mlsd_connections gauge");
    expect(parsePrometheus(text).get("mlsd_rooms_open")).toBe(0);
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("<title>mlsd</title>");
    const asset = await fetch(`${server.url}/assets/app-1234.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/`, { method: "POST" })).status).toBe(405);
  });

  it("gives two edit clients of one room the same design", async () => {
    const { key, room, writer } = await roomWithDesign(server.url);
    const other = client(server.url, room, key);
    await other.synced;
    await eventually(() => expect(serializeDocument(designOf(other.ydoc))).toBe(serializeDocument(design)));
    const id = design.nodes[0]!.id;
    const before = designOf(other.ydoc);
    writeDocument(other.ydoc, updateNode(before, id, { label: "Changed by the other" }), { before });
    await eventually(() => expect(designOf(writer.ydoc).nodes[0]!.label).toBe("Changed by the other"));
    expect(await metric(server.url, "mlsd_connections")).toBe(2);
    writer.destroy();
    other.destroy();
  });

  it("lets a view link read but refuses its edits, even forged ones", async () => {
    const { room, writer } = await roomWithDesign(server.url);
    const viewer = client(server.url, room, null);
    await viewer.synced;
    await eventually(() => expect(designOf(viewer.ydoc).title).toBe(design.title));

    // The real provider changes its own copy: the server does not take it.
    const mine = designOf(viewer.ydoc);
    writeDocument(viewer.ydoc, { ...mine, title: "Changed through the view link" }, { before: mine });
    // A raw socket that authenticates with the view id itself as a key and sends an update.
    const raw = await rawSocket(server.url);
    raw.ws.send(authMessage(room, room));
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(writer.ydoc));
    const before = designOf(forged);
    const vector = Y.encodeStateVector(forged);
    writeDocument(forged, { ...before, title: "Forged" }, { before });
    raw.ws.send(updateMessage(room, Y.encodeStateAsUpdate(forged, vector)));

    await eventually(async () => expect(await metric(server.url, 'mlsd_refused_total{reason="readOnly"}')).toBeGreaterThanOrEqual(2));
    // The writer made a change after both; it arrives, the forged ones never do.
    const now = designOf(writer.ydoc);
    writeDocument(writer.ydoc, { ...now, summary: "After the forgeries" }, { before: now });
    const check = client(server.url, room, null);
    await check.synced;
    await eventually(() => expect(designOf(check.ydoc).summary).toBe("After the forgeries"));
    expect(designOf(check.ydoc).title).toBe(design.title);
    expect(designOf(writer.ydoc).title).toBe(design.title);
    for (const c of [writer, viewer, check]) c.destroy();
    raw.ws.close();
  });

  it("refuses a change that would break the design, says why, and keeps the last good state", async () => {
    const { key, room, writer } = await roomWithDesign(server.url);
    await eventually(async () => expect(await metric(server.url, "mlsd_rooms_unsaved")).toBe(0));
    const bad = client(server.url, room, key);
    await bad.synced;
    await eventually(() => expect(designOf(bad.ydoc).title).toBe(design.title));
    const node = bad.ydoc.getMap<Y.Map<unknown>>("nodes").get(design.nodes[0]!.id)!;
    node.set("stage", "nowhere");
    await eventually(() => expect(bad.stateless.length).toBe(1));
    const refusal = JSON.parse(bad.stateless[0]!);
    expect(refusal.type).toBe("mlsd:refused");
    expect(refusal.problems.map((p: { path: string }) => p.path)).toContain("nodes[0].stage");

    const fresh = client(server.url, room, key);
    await fresh.synced;
    await eventually(() => expect(designOf(fresh.ydoc).nodes[0]!.stage).toBe(design.nodes[0]!.stage));
    expect(designOf(writer.ydoc).nodes[0]!.stage).toBe(design.nodes[0]!.stage);
    for (const c of [writer, bad, fresh]) c.destroy();
  });

  it("closes a socket that sends garbage and keeps serving everyone else", async () => {
    const { key, room, writer } = await roomWithDesign(server.url);
    for (const garbage of [
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
      new Uint8Array(0),
      Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
    ]) {
      const raw = await rawSocket(server.url);
      raw.ws.send(garbage);
      expect((await raw.closed).code).toBe(4400);
    }
    const text = await rawSocket(server.url);
    text.ws.send("hello");
    expect((await text.closed).code).toBe(4400);
    // A well-formed head with a broken body: a sync message whose update is garbage.
    const broken = await rawSocket(server.url);
    broken.ws.send(authMessage(room, key));
    broken.ws.send(updateMessage(room, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9])));
    await eventually(async () => expect(await metric(server.url, 'mlsd_refused_total{reason="invalid"}')).toBeGreaterThanOrEqual(1));
    const huge = await rawSocket(server.url);
    huge.ws.send(new Uint8Array(400_000));
    expect((await huge.closed).code).toBe(1009);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const other = client(server.url, room, key);
    await other.synced;
    await eventually(() => expect(designOf(other.ydoc).title).toBe(design.title));
    for (const c of [writer, other]) c.destroy();
    broken.ws.close();
  });

  it("limits the people in a room and the size of a room", async () => {
    const { key, room, writer } = await roomWithDesign(server.url);
    const more = [1, 2, 3].map(() => client(server.url, room, key));
    await Promise.all(more.map((c) => c.synced));
    const fifth = client(server.url, room, key);
    const failed = new Promise<string>((resolve) =>
      fifth.provider.on("authenticationFailed", ({ reason }: { reason: string }) => resolve(reason)),
    );
    expect(await failed).toMatch(/room is full/);
    for (const c of [...more, fifth]) c.destroy();

    // Notes of 4,000 characters each, until the room passes its 400 kB.
    for (let i = 0; i < 150 && writer.stateless.length === 0; i++) {
      const d = designOf(writer.ydoc);
      writeDocument(
        writer.ydoc,
        { ...d, notes: [...d.notes, { id: `filler-${i}`, text: `${i} `.repeat(2000).slice(0, 4000) }] },
        { before: d },
      );
      await new Promise((r) => setTimeout(r, 5));
    }
    await eventually(() => expect(writer.stateless.length).toBeGreaterThan(0));
    expect(JSON.parse(writer.stateless[0]!).message).toMatch(/room is full/);
    writer.destroy();
  }, 30_000);
});

describe("saving", () => {
  it("writes rooms to SQLite and a new server on the same folder has them", async () => {
    const first = await testServer({ data: (await import("./testing.js")).tempDir("mlsd-keep-") });
    const { key, room, writer } = await roomWithDesign(first.url);
    await eventually(async () => expect(await metric(first.url, "mlsd_rooms_unsaved")).toBe(0));
    expect(await metric(first.url, "mlsd_rooms_stored")).toBe(1);
    expect(await metric(first.url, "mlsd_bytes_stored")).toBeGreaterThan(1000);
    const now = designOf(writer.ydoc);
    writeDocument(writer.ydoc, { ...now, title: "Saved on close" }, { before: now });
    await eventually(async () => expect(await metric(first.url, "mlsd_updates_total")).toBeGreaterThanOrEqual(2));
    writer.destroy();
    await first.close();

    const second = await testServer({ data: first.data });
    const back = client(second.url, room, key);
    await back.synced;
    await eventually(() => expect(designOf(back.ydoc).title).toBe("Saved on close"));
    expect(serializeDocument({ ...designOf(back.ydoc), title: design.title })).toBe(serializeDocument(design));
    back.destroy();
    await second.stop();
  });
});
