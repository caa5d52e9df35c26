import { getDocument, listCatalog } from "@mlsd/catalog";
import { serializeDocument } from "@mlsd/core";
import fc from "fast-check";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import { decodeShareV1 } from "./shareV1.js";

describe("version 1 share links (lz-string), read with a size limit", { timeout: 60_000 }, () => {
  it("reads what lz-string wrote, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (text) => {
        fc.pre(text.length > 0);
        expect(decodeShareV1(compressToEncodedURIComponent(text), 1e6)).toEqual({ ok: true, text });
      }),
      { seed: 17, numRuns: 100 },
    );
  });

  it("reads every catalogue design's old link", async () => {
    for (const entry of listCatalog()) {
      const json = JSON.stringify(JSON.parse(serializeDocument(await getDocument(entry.id))));
      expect(decodeShareV1(compressToEncodedURIComponent(json), 1e6)).toEqual({ ok: true, text: json });
    }
  });

  it("refuses a damaged link as lz-string does, never throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (junk) => {
        const mine = decodeShareV1(junk, 1e6);
        const theirs = (() => {
          try {
            return decompressFromEncodedURIComponent(junk);
          } catch {
            return null;
          }
        })();
        if (mine.ok) expect(mine.text).toBe(theirs);
        else expect(theirs === null || theirs === "" || mine.reason === "damaged").toBe(true);
      }),
      { seed: 17, numRuns: 400 },
    );
  });

  it("stops a link that unpacks to more than the limit while unpacking (issue 17, item 8)", () => {
    // Runs compress quadratically: 40,000 characters of link hold hundreds of millions of characters.
    const bomb = compressToEncodedURIComponent("a".repeat(200_000));
    expect(bomb.length).toBeLessThan(2000);
    expect(decodeShareV1(bomb, 100_000)).toEqual({ ok: false, reason: "tooLarge" });
    expect(decodeShareV1(bomb, 300_000)).toMatchObject({ ok: true });
  });
});
