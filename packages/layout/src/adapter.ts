import type { ElkExtendedEdge as ElkApiEdge, ElkNode as ElkApiNode } from "elkjs/lib/elk-api.js";

/**
 * A graph as elkjs takes and returns it (its `ElkNode`): what a `LayoutAdapter` runs.
 * @public
 */
export type ElkNode = ElkApiNode;

/** An edge of an ELK graph (elkjs's `ElkExtendedEdge`). */
export type ElkExtendedEdge = ElkApiEdge;

/**
 * The port between mlsd and the ELK engine: it takes an ELK graph and resolves to the
 * laid-out graph. Adapters run ELK in-process (Node, tests, CLI) or in a Web Worker.
 * @public
 */
export interface LayoutAdapter {
  /** Rejects with an AbortError when `signal` aborts, with the engine's error otherwise. */
  run(graph: ElkNode, signal?: AbortSignal): Promise<ElkNode>;
  /** Frees the engine (terminates a worker); a later `run` starts a fresh one. */
  dispose(): void;
}

/** The error a cancelled layout rejects with: the signal's reason, else an AbortError. */
export const abortError = (signal?: AbortSignal): unknown => signal?.reason ?? new DOMException("The layout was cancelled.", "AbortError");

/**
 * Whether an error is the one a cancelled layout rejects with.
 * @public
 */
export const isAbortError = (e: unknown): boolean => e instanceof Error && e.name === "AbortError";

/** Settles with `work`, or rejects as soon as `signal` aborts (the work is then ignored). */
export const raceAbort = <T>(work: Promise<T>, signal?: AbortSignal, onAbort?: () => void): Promise<T> => {
  if (!signal) return work;
  if (signal.aborted) {
    onAbort?.();
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(abortError(signal));
    };
    signal.addEventListener("abort", abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", abort);
        reject(error);
      },
    );
  });
};

/** ELK reports Java exceptions as plain objects; make every failure an Error with a message. */
export const toError = (e: unknown): Error => {
  if (e instanceof Error) return e;
  if (typeof e === "object" && e !== null && "message" in e) return new Error(String((e as { message: unknown }).message));
  return new Error(String(e));
};
