import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { generateStagedDocument } from "./generate.js";
import { layout } from "./layout.js";
import { createWorkerAdapter, type WorkerLike } from "./worker.js";

// elkjs ships a worker stand-in that runs in the same thread: enough to drive the adapter's
// message, cancel and restart logic in Node (the real Web Worker runs in tests/layout-worker).
const { Worker: FakeWorker } = createRequire(import.meta.url)("elkjs/lib/elk-worker.min.js") as {
  Worker: new () => { postMessage(message: unknown): void; onmessage: (event: unknown) => void };
};

/** Fake workers that can be terminated (the stand-in cannot), counted. */
const counting = () => {
  const made: WorkerLike[] = [];
  const terminated: WorkerLike[] = [];
  const factory = (): WorkerLike => {
    const inner = new FakeWorker();
    let dead = false;
    const worker = {
      postMessage: (message: unknown) => {
        if (!dead) inner.postMessage(message);
      },
      terminate: () => {
        dead = true;
        terminated.push(worker);
      },
      set onmessage(handler: (event: unknown) => void) {
        inner.onmessage = (event) => {
          if (!dead) handler(event);
        };
      },
    };
    made.push(worker);
    return worker;
  };
  return { factory, made, terminated };
};

describe("createWorkerAdapter", () => {
  it("lays out through the worker, one worker for many runs, same scene as in-process", async () => {
    const { factory, made } = counting();
    const adapter = createWorkerAdapter(factory);
    const doc = generateStagedDocument(20, 5);
    const viaWorker = await layout(doc, { adapter });
    await layout(doc, { adapter });
    expect(made).toHaveLength(1);
    expect(viaWorker).toEqual(await layout(doc));
    adapter.dispose();
  });

  it("cancels by terminating the worker, re-sends runs that were not cancelled, and recovers", async () => {
    const { factory, made, terminated } = counting();
    const adapter = createWorkerAdapter(factory);
    const doc = generateStagedDocument(20, 6);
    const controller = new AbortController();
    const cancelled = layout(doc, { adapter, signal: controller.signal });
    const other = layout(doc, { adapter });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: "AbortError" });
    expect(terminated).toHaveLength(1);
    await expect(other).resolves.toEqual(await layout(doc));
    expect(made).toHaveLength(2);
    adapter.dispose();
  });

  it("rejects runs still pending when disposed", async () => {
    const adapter = createWorkerAdapter(counting().factory);
    const pending = layout(generateStagedDocument(10), { adapter });
    adapter.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
  });
});
