import type { ELK } from "elkjs/lib/elk-api.js";
import { type ElkNode, type LayoutAdapter, raceAbort } from "./adapter.js";

/**
 * Loads the bundled engine (about 1.4 MB) on first use only: a page that lays out through
 * the worker adapter never downloads or evaluates it.
 */
const loadEngine = async (): Promise<ELK> => {
  const mod = await import("elkjs/lib/elk.bundled.js");
  // CommonJS interop: Node puts the class on `default.default`, bundlers may on `default`.
  const ElkBundled = (mod.default as unknown as { default?: typeof mod.default }).default ?? mod.default;
  return new (ElkBundled as unknown as new () => ELK)();
};

/**
 * ELK in the calling thread (Node, tests, the CLI). The engine is created on first use and
 * reused by every run. A run already inside ELK cannot be interrupted: an abort rejects at
 * once and the result is dropped when it arrives.
 * @public
 */
export const createInProcessAdapter = (): LayoutAdapter => {
  let elk: Promise<ELK> | undefined;
  return {
    run(graph: ElkNode, signal?: AbortSignal) {
      if (signal?.aborted) return raceAbort(Promise.resolve(graph), signal);
      elk ??= loadEngine();
      return raceAbort(
        elk.then((e) => e.layout(graph)),
        signal,
      );
    },
    dispose() {
      // The bundled engine runs on a stand-in worker with nothing to terminate: drop it.
      elk = undefined;
    },
  };
};

let shared: LayoutAdapter | undefined;

/** The adapter `layout()` uses when none is given: one in-process engine for the process. */
export const defaultAdapter = (): LayoutAdapter => {
  shared ??= createInProcessAdapter();
  return shared;
};
