// One thread of `renderHandouts`' pool: renders the handouts it is sent, one at a time.
import { parentPort, workerData } from "node:worker_threads";
import type { FontFiles } from "./fonts.js";
import { renderHandout } from "./node.js";
import type { HandoutInput } from "./prepare.js";

const fonts = (workerData as { fonts: FontFiles }).fonts;

parentPort?.on("message", async ({ index, input }: { index: number; input: HandoutInput }) => {
  try {
    const { bytes, pages } = await renderHandout(input, { fonts });
    // A copy the size of the PDF, so the whole buffer can be handed over without copying again.
    const pdf = new Uint8Array(bytes);
    parentPort?.postMessage({ index, pdf, pages }, [pdf.buffer]);
  } catch (e) {
    parentPort?.postMessage({ index, error: e instanceof Error ? e.message : String(e) });
  }
});
