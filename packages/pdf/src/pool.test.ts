import { type Document, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { gridScene } from "./grid-scene.test.util.js";
import { renderHandout, renderHandouts } from "./node.js";
import { pdftotext } from "./poppler.test.util.js";
import type { HandoutInput } from "./prepare.js";

const input = (title: string): HandoutInput => {
  const document = starterDocument(title);
  return { document, scene: gridScene(document), review: false };
};

// The worker threads run the built script (dist/handout-worker.js): `pnpm build` comes first.
describe("renderHandouts on worker threads", () => {
  it("gives each input's own handout, in input order", async () => {
    const inputs = ["Alpha design", "Beta design", "Gamma design"].map(input);
    const done: number[] = [];
    const out = await renderHandouts(inputs, { threads: 2, onRendered: (i) => done.push(i) });
    expect(out).toHaveLength(3);
    expect([...done].sort()).toEqual([0, 1, 2]);
    for (const [i, pdf] of out.entries()) {
      const alone = await renderHandout(inputs[i]!);
      expect(pdf.pages).toBe(alone.pages);
      expect(pdftotext(pdf.bytes)).toBe(pdftotext(alone.bytes));
    }
  }, 120_000);

  it("rejects with the document that failed, and stops", async () => {
    const broken = input("Broken design");
    // A kind the model does not know: the components table cannot describe it.
    (broken.document as Document).nodes[0]!.kind = "no-such-kind" as never;
    await expect(renderHandouts([input("Fine design"), broken], { threads: 2 })).rejects.toThrow(
      new RegExp(`^handout ${broken.document.id}: `),
    );
  }, 120_000);
});
