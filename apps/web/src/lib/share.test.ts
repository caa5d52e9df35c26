import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, LIMITS, NodeId, removeNodes, serializeDocument, starterDocument, updateNode } from "@mlsd/core";
import { Deflate, strToU8 } from "fflate";
import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { withBoxes } from "./geometry.js";
import { SHARE_PREFIX } from "./route.js";
import { decodeShare, encodeShare, LONG_LINK_CHARS, shareUrl, unpackShare } from "./share.js";
import { SHARE_DICTIONARY_V2 } from "./shareDictionary.js";

const catalogue = async (id: string) => (listCatalog().some((e) => e.id === id) ? getDocument(id) : undefined);
const noCatalogue = async () => undefined;
const same = (a: Document, b: Document) => expect(serializeDocument(a)).toBe(serializeDocument(b));

const caseStudies = async () =>
  Promise.all(listCatalog().map(async (e) => ({ id: e.id, kind: e.kind, doc: withBoxes(await getDocument(e.id)) })));

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

// Every catalogue design is encoded and decoded here: room for a busy machine.
describe("share links", { timeout: 60_000 }, () => {
  const doc = withBoxes(starterDocument("Churn prediction"));

  it("round-trips a document", async () => {
    const result = await decodeShare(encodeShare(doc), noCatalogue);
    if (!result.ok) throw new Error(result.message);
    same(result.doc, doc);
  });

  it("builds a link on the page address, dropping any old hash", () => {
    const url = shareUrl(doc, "http://127.0.0.1:4173/#/edit/x");
    expect(url.startsWith(`http://127.0.0.1:4173/${SHARE_PREFIX}2.`)).toBe(true);
  });

  it("reports a cut-off link instead of throwing", async () => {
    const payload = encodeShare(doc);
    const result = await decodeShare(payload.slice(0, payload.length / 2), noCatalogue);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
  });

  it("reports garbage and valid JSON that is not a design", async () => {
    expect((await decodeShare("%%%not-lz%%%", noCatalogue)).ok).toBe(false);
    expect((await decodeShare("2.%%%", noCatalogue)).ok).toBe(false);
    const notADesign = await decodeShare(encodeShare({ ...doc, format: "other" } as never), noCatalogue);
    expect(notADesign.ok).toBe(false);
  });

  it("round-trips every catalogue design, alone and as changes to its original", async () => {
    for (const { id, doc: original } of await caseStudies()) {
      const alone = await decodeShare(encodeShare(original), noCatalogue);
      if (!alone.ok) throw new Error(`${id}: ${alone.message}`);
      same(alone.doc, original);
      const edited = updateNode(original, original.nodes[0]!.id, { label: "Renamed in a test", position: { x: -40, y: 7 } });
      const changes = encodeShare(edited, { id, doc: original });
      const back = await decodeShare(changes, catalogue);
      if (!back.ok) throw new Error(`${id}: ${back.message}`);
      same(back.doc, edited);
      expect(back).toMatchObject({ base: id });
      expect(back).not.toHaveProperty("notice");
    }
  });

  it("keeps removed, added and reordered parts in a link made of changes", async () => {
    const original = withBoxes(await getDocument("uber-michelangelo"));
    const [first, second, third] = original.nodes;
    const removed = removeNodes(original, [first!.id, third!.id]);
    const edited = { ...removed, nodes: [...removed.nodes, { ...first!, id: NodeId("brand-new") }].reverse() };
    expect(edited.nodes.at(-1)?.id).toBe(second!.id);
    const back = await decodeShare(encodeShare(edited, { id: "uber-michelangelo", doc: original }), catalogue);
    if (!back.ok) throw new Error(`${back.message} ${JSON.stringify(back.problems)}`);
    same(back.doc, edited);
  });

  it("makes the largest case study's link shorter than chat tools cut, and every design's shorter than before (issues 16 and 17)", async () => {
    const studies = (await caseStudies()).filter((s) => s.kind === "case-study");
    const v1 = (d: Document) => compressToEncodedURIComponent(JSON.stringify(JSON.parse(serializeDocument(d)))).length;
    const largest = studies.reduce((a, b) => (v1(b.doc) > v1(a.doc) ? b : a));
    expect(encodeShare(largest.doc, { id: largest.id, doc: largest.doc }).length).toBeLessThan(LONG_LINK_CHARS);
    for (const s of studies) expect(encodeShare(s.doc).length).toBeLessThan(v1(s.doc) * 0.7);
  });

  it("tells the reader when the catalogue entry changed since the link was made", async () => {
    const original = withBoxes(await getDocument("uber-michelangelo"));
    const edited = { ...original, title: "Michelangelo, edited" };
    const payload = encodeShare(edited, { id: "uber-michelangelo", doc: original });
    const changedCatalogue = async () => ({ ...original, summary: "A newer summary." });
    const back = await decodeShare(payload, changedCatalogue);
    expect(back).toMatchObject({ ok: true, notice: expect.stringMatching(/changed since/) });
    if (back.ok) expect(back.doc.title).toBe("Michelangelo, edited");
    const gone = await decodeShare(payload, noCatalogue);
    expect(gone).toMatchObject({ ok: false, message: expect.stringMatching(/catalogue entry "uber-michelangelo"/) });
  });

  it("opens old (version 1, lz-string) links", async () => {
    const original = withBoxes(await getDocument("lyft-fraud"));
    const old = compressToEncodedURIComponent(JSON.stringify(JSON.parse(serializeDocument(original))));
    const back = await decodeShare(old, noCatalogue);
    if (!back.ok) throw new Error(back.message);
    same(back.doc, original);
  });

  it("stops unpacking a small link that would unpack to gigabytes as soon as it passes the limit (issue 17, item 8)", async () => {
    // 64 MB of spaces inside a JSON string deflates to about 64 KB.
    const deflate = new Deflate({ level: 9, dictionary: strToU8(SHARE_DICTIONARY_V2) });
    const parts: Uint8Array[] = [];
    deflate.ondata = (chunk) => parts.push(chunk);
    deflate.push(strToU8('{"format":"mlsd","version":1,"id":"x","title":"'));
    const spaces = new Uint8Array(1024 * 1024).fill(0x20);
    for (let i = 0; i < 64; i++) deflate.push(spaces);
    deflate.push(strToU8('"}'), true);
    const payload = `2.${base64Url(Buffer.concat(parts))}`;
    expect(payload.length).toBeLessThan(100_000);
    const unpacked = unpackShare(payload);
    expect(unpacked).toMatchObject({ ok: false, reason: "tooLarge" });
    // It stopped within one step of the limit, far short of the 64 MB the link holds.
    expect(!unpacked.ok && unpacked.unpacked).toBeLessThan(LIMITS.shareLinkBytes + 2 * 1024 * 1024);
    const result = await decodeShare(payload, noCatalogue);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/more than 2 MB of design data/) });
  });

  it("stops an old-style (lz-string) link that would unpack to more than the limit (issue 17, item 8)", async () => {
    const bomb = compressToEncodedURIComponent(`{"title":"${"A".repeat(LIMITS.shareLinkBytes + 1000)}"}`);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await decodeShare(bomb, noCatalogue)).toMatchObject({ ok: false, message: expect.stringMatching(/more than 2 MB/) });
  }, 60_000);

  it("keeps the version 2 dictionary frozen: links made with it must open forever", () => {
    let h = 0x811c9dc5;
    for (let i = 0; i < SHARE_DICTIONARY_V2.length; i++) h = Math.imul(h ^ SHARE_DICTIONARY_V2.charCodeAt(i), 0x01000193) >>> 0;
    expect({ length: SHARE_DICTIONARY_V2.length, checksum: h.toString(16) }).toEqual({ length: 4787, checksum: "e8ce14fb" });
  });
});
