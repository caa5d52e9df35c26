import ElkBundled from "elkjs/lib/elk.bundled.js";
import type { ELK } from "elkjs/lib/elk-api.js";
import { type ElkNode, type LayoutAdapter, raceAbort } from "./adapter.js";

/**
 * ELK in the calling thread (Node, tests, the CLI). The engine is created on first use and
 * reused by every run. A run already inside ELK cannot be interrupted: an abort rejects at
 * once and the result is dropped when it arrives.
 */
export const createInProcessAdapter = (): LayoutAdapter => {
  let elk: ELK | undefined;
  return {
    run(graph: ElkNode, signal?: AbortSignal) {
      if (signal?.aborted) return raceAbort(Promise.resolve(graph), signal);
      elk ??= new ElkBundled.default();
      return raceAbort(elk.layout(graph), signal);
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
