import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { FontFiles } from "./fonts.js";
import type { HandoutInput } from "./prepare.js";

/**
 * Options of `renderHandouts`.
 * @public
 */
export interface RenderHandoutsOptions {
  fonts?: FontFiles;
  /** Threads to render on (default: one per core, at most one per handout); 1 renders in this thread. */
  threads?: number;
  /** Called as each handout is done, in the order they finish. */
  onRendered?: (index: number, out: { bytes: Buffer; pages: number }) => void;
}

type Reply = { index: number; pdf: Uint8Array; pages: number } | { index: number; error: string };

/**
 * The worker's script. Under a TypeScript runner (the tests) this module is the .ts source,
 * which a worker thread cannot load: the built script next to it in dist/ serves then.
 */
const workerUrl = (): URL =>
  new URL(import.meta.url.endsWith(".ts") ? "../dist/handout-worker.js" : "./handout-worker.js", import.meta.url);

/**
 * Renders each worker's share: a queue that hands the next handout to whichever thread is free.
 * Rejects with the first failure, naming the document; the other threads are stopped.
 */
export const renderOnThreads = (
  inputs: readonly HandoutInput[],
  threads: number,
  fonts: FontFiles,
  onRendered: RenderHandoutsOptions["onRendered"],
): Promise<{ bytes: Buffer; pages: number }[]> =>
  new Promise((resolve, reject) => {
    const results: { bytes: Buffer; pages: number }[] = new Array(inputs.length);
    const workers: Worker[] = [];
    // Longest first (by the size of the document's text), so no long handout is left for last
    // while the other threads idle.
    const weight = inputs.map((input) => JSON.stringify(input.document).length);
    const order = inputs.map((_, i) => i).sort((a, b) => weight[b]! - weight[a]! || a - b);
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => Promise.all(workers.map((w) => w.terminate()));
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      void stop();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next >= inputs.length) return;
      const index = order[next++]!;
      const { document, scene, findings, review, variant, rubric } = inputs[index]!;
      // Only the handout's own fields: a caller's entry may carry more (functions included).
      worker.postMessage({ index, input: { document, scene, findings, review, variant, rubric } });
    };
    for (let t = 0; t < threads; t++) {
      // No inherited flags: a test runner's (say, a source-first `--conditions`) would lead the
      // built worker to TypeScript sources it cannot load.
      // React's production build unless the caller chose otherwise: its development checks
      // change nothing on paper and cost a few per cent of a handout.
      const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" };
      const worker = new Worker(workerUrl(), { workerData: { fonts }, execArgv: [], env });
      workers.push(worker);
      worker.on("message", (reply: Reply) => {
        if ("error" in reply) {
          fail(new Error(`handout ${inputs[reply.index]?.document.id ?? reply.index}: ${reply.error}`));
          return;
        }
        const out = { bytes: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength), pages: reply.pages };
        results[reply.index] = out;
        onRendered?.(reply.index, out);
        if (++done === inputs.length) {
          void stop().then(() => resolve(results));
          return;
        }
        feed(worker);
      });
      worker.on("error", (e) => fail(new Error(`a handout thread failed: ${e.message}`)));
      worker.on("exit", (code) => {
        if (code !== 0 && !failed && done < inputs.length) fail(new Error(`a handout thread stopped (exit code ${code})`));
      });
      feed(worker);
    }
  });

/** Threads for `count` handouts: `threads` if given, else one per core, never more than handouts. */
export const threadCount = (count: number, threads?: number): number =>
  Math.max(1, Math.min(count, Math.floor(threads ?? availableParallelism())));
