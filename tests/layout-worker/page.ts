// The page bundled for the worker test: runs layouts in a real Web Worker (elk-worker.min.js).
import type { Document } from "@mlsd/core";
import { layout } from "@mlsd/layout";
import { createWorkerAdapter } from "@mlsd/layout/worker";
import type { Scene } from "@mlsd/scene";

let workers = 0;
const adapter = createWorkerAdapter(() => {
  workers++;
  return new Worker("/elk-worker.min.js");
});

declare global {
  interface Window {
    mlsdLayout: (doc: Document) => Promise<{ scene: Scene; workers: number }>;
    mlsdCancel: (doc: Document) => Promise<{ error: string; after: Scene; workers: number }>;
  }
}

window.mlsdLayout = async (doc) => ({ scene: await layout(doc, { adapter }), workers });

window.mlsdCancel = async (doc) => {
  const controller = new AbortController();
  const pending = layout(doc, { adapter, signal: controller.signal });
  controller.abort();
  const error = await pending.then(
    () => "resolved",
    (e: unknown) => (e instanceof Error || e instanceof DOMException ? e.name : String(e)),
  );
  const after = await layout(doc, { adapter });
  return { error, after, workers };
};
