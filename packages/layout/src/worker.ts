import type { ELK } from "elkjs/lib/elk-api.js";
import ElkApi from "elkjs/lib/elk-api.js";
import { abortError, type ElkNode, type LayoutAdapter } from "./adapter.js";

export type { ElkNode, LayoutAdapter } from "./adapter.js";

/**
 * What ELK needs from a worker; a DOM `Worker` fits.
 * @public
 */
export interface WorkerLike {
  // biome-ignore lint/suspicious/noExplicitAny: matches the DOM Worker's signature
  postMessage(message: any): void;
  terminate(): void;
}

interface Job {
  graph: ElkNode;
  signal: AbortSignal | undefined;
  resolve: (graph: ElkNode) => void;
  reject: (error: unknown) => void;
  onAbort: () => void;
}

type ElkConstructor = new (args: { workerFactory: () => WorkerLike }) => ELK;
const ElkCtor = ((ElkApi as unknown as { default?: ElkConstructor }).default ?? ElkApi) as unknown as ElkConstructor;

/**
 * ELK in a Web Worker, for browsers. `workerFactory` makes the worker, e.g. in Vite:
 * `() => new ElkWorker()` with `import ElkWorker from "elkjs/lib/elk-worker.min.js?worker"`.
 * Cancelling terminates the worker (the only way to stop ELK mid-run) and starts a fresh
 * one; runs that were not cancelled are sent again to the new worker.
 * @public
 */
export const createWorkerAdapter = (workerFactory: () => WorkerLike): LayoutAdapter => {
  let elk: ELK | undefined;
  const jobs = new Set<Job>();

  const start = (job: Job) => {
    elk ??= new ElkCtor({ workerFactory });
    const engine = elk;
    engine.layout(job.graph).then(
      (result) => {
        if (engine !== elk || !jobs.has(job)) return; // an old worker's answer, or cancelled
        finish(job);
        job.resolve(result as ElkNode);
      },
      (error: unknown) => {
        if (engine !== elk || !jobs.has(job)) return;
        finish(job);
        job.reject(error);
      },
    );
  };
  const finish = (job: Job) => {
    jobs.delete(job);
    job.signal?.removeEventListener("abort", job.onAbort);
  };
  const restart = () => {
    elk?.terminateWorker();
    elk = undefined;
    for (const job of jobs) start(job);
  };

  return {
    run(graph: ElkNode, signal?: AbortSignal) {
      if (signal?.aborted) return Promise.reject(abortError(signal));
      return new Promise<ElkNode>((resolve, reject) => {
        const job: Job = {
          graph,
          signal,
          resolve,
          reject,
          onAbort: () => {
            finish(job);
            reject(abortError(signal));
            restart();
          },
        };
        jobs.add(job);
        signal?.addEventListener("abort", job.onAbort, { once: true });
        start(job);
      });
    },
    dispose() {
      for (const job of [...jobs]) {
        finish(job);
        job.reject(new Error("the layout worker was disposed"));
      }
      elk?.terminateWorker();
      elk = undefined;
    },
  };
};
