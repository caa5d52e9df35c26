import { starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare, SHARE_PREFIX, shareUrl } from "./share.js";

describe("share links", () => {
  const doc = starterDocument("Churn prediction");

  it("round-trips a document", () => {
    const result = decodeShare(encodeShare(doc));
    expect(result).toEqual({ ok: true, doc });
  });

  it("builds a link on the page address, dropping any old hash", () => {
    const url = shareUrl(doc, "http://127.0.0.1:4173/#/edit/x");
    expect(url.startsWith(`http://127.0.0.1:4173/${SHARE_PREFIX}`)).toBe(true);
  });

  it("reports a cut-off link instead of throwing", () => {
    const payload = encodeShare(doc);
    const result = decodeShare(payload.slice(0, payload.length / 2));
    expect(result.ok).toBe(false);
  });

  it("reports garbage and valid JSON that is not a design", () => {
    expect(decodeShare("%%%not-lz%%%").ok).toBe(false);
    const notADesign = decodeShare(encodeShare({ ...doc, format: "other" } as never));
    expect(notADesign.ok).toBe(false);
  });
});
