import { starterDocument } from "@mlsd/core";
import { layout } from "@mlsd/layout";
import { renderHandout } from "@mlsd/pdf/node";
import { afterEach, describe, expect, it, vi } from "vitest";

/** Issue 17, item 11: an address long enough to print on several equal lines. */
describe("a handout whose source address breaks into repeated lines", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints without React warnings about duplicate keys", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(" ")));
    const url = `https://example.com/${"abcdefghij/".repeat(60)}`;
    const document = { ...starterDocument("Repeated address"), source: { title: "A paper", url } };
    const { pages } = await renderHandout({ document, scene: await layout(document) });
    expect(pages).toBeGreaterThan(0);
    expect(errors.filter((e) => /same key|unique "key"/i.test(e))).toEqual([]);
  }, 120_000);
});
