import { getDocument, listCatalog } from "@mlsd/catalog";
import { parseDocument, serializeDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createMirror, readDocument } from "./read.js";
import { isEmptyRoom } from "./shape.js";
import { designOf } from "./testing.js";
import { writeDocument } from "./write.js";

const entries = listCatalog();

describe("every catalogue design round-trips exactly", () => {
  it.each(entries.map((e) => [e.id]))("%s", async (id) => {
    const doc = await getDocument(id);
    const ydoc = new Y.Doc();
    writeDocument(ydoc, doc);
    // Through the wire format too: what a second client or the server rebuilds from updates.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    for (const replica of [ydoc, other]) {
      const read = designOf(replica);
      expect(serializeDocument(read)).toBe(serializeDocument(doc));
      expect(read).toEqual(doc);
      // Core's own loader accepts it and agrees.
      const parsed = parseDocument(JSON.parse(serializeDocument(read)));
      expect(parsed.ok && serializeDocument(parsed.value)).toBe(serializeDocument(doc));
    }
  });

  it("writing one design over another leaves exactly the second", async () => {
    const ydoc = new Y.Doc();
    const docs = await Promise.all(entries.slice(0, 8).map((e) => getDocument(e.id)));
    for (const doc of docs) {
      writeDocument(ydoc, doc);
      expect(serializeDocument(designOf(ydoc))).toBe(serializeDocument(doc));
    }
  });
});

describe("reading a room", () => {
  it("says an empty room holds no design", () => {
    const ydoc = new Y.Doc();
    expect(isEmptyRoom(ydoc)).toBe(true);
    const read = readDocument(ydoc);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.kind).toBe("notADocument");
  });

  it("refuses a room whose design core's loader would refuse, naming the path", async () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, await getDocument(entries[1]!.id));
    const node = ydoc.getMap<Y.Map<unknown>>("nodes").values().next().value!;
    node.get("props") instanceof Y.Map && (node.get("props") as Y.Map<unknown>).set("latencyMs", "fast");
    node.set("stage", "nowhere");
    const read = readDocument(ydoc);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.problems.map((p) => p.path)).toContainEqual(expect.stringMatching(/^nodes\[\d+\]\.stage$/));
  });

  it("keeps the objects of parts that did not change", async () => {
    const doc = await getDocument(entries[2]!.id);
    const ydoc = new Y.Doc();
    writeDocument(ydoc, doc);
    const mirror = createMirror(ydoc);
    const first = mirror.read();
    if (!first.ok) throw new Error(first.error.message);
    const [a, b] = first.value.nodes;
    writeDocument(
      ydoc,
      { ...first.value, nodes: first.value.nodes.map((n) => (n === a ? { ...n, label: "Renamed" } : n)) },
      { before: first.value },
    );
    const second = mirror.read();
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.nodes[0]).not.toBe(a);
    expect(second.value.nodes[0]!.label).toBe("Renamed");
    expect(second.value.nodes[1]).toBe(b);
    mirror.destroy();
  });
});
