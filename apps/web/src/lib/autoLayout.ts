import type { Document, NodeId, Point } from "@mlsd/core";

/**
 * Auto layout runs ELK in a Web Worker (the page stays responsive). @mlsd/layout and the
 * worker are loaded on first use, so neither weighs on the first page load.
 */
type LayoutModule = typeof import("@mlsd/layout");
type Adapter = Parameters<LayoutModule["layout"]>[1] extends infer O ? (O extends { adapter?: infer A } ? A : never) : never;

let ready: Promise<{ mod: LayoutModule; adapter: Adapter }> | undefined;

const load = () => {
  ready ??= (async () => {
    const [mod, workerMod, elk] = await Promise.all([
      import("@mlsd/layout"),
      import("@mlsd/layout/worker"),
      import("elkjs/lib/elk-worker.min.js?worker"),
    ]);
    // Vite's dev pre-bundling wraps the worker module once more than the build does.
    const wrapped = elk.default as unknown as { default?: new () => Worker };
    const ElkWorker = (typeof elk.default === "function" ? elk.default : wrapped.default) as new () => Worker;
    if (typeof ElkWorker !== "function") throw new Error("the layout worker could not be loaded");
    const adapter = workerMod.createWorkerAdapter(() => new ElkWorker()) as Adapter;
    return { mod, adapter };
  })();
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
};

/**
 * Lays the document out in its stored arrangement (rows, fitted to a screen, for a design
 * that names none, as `mlsd layout` does). Pinned nodes keep their stored positions (the layout puts them
 * back), unless the drawing had to move to stay inside the schema's bounds: applyScene is
 * the one place that decides what is stored, as for `mlsd layout`.
 */
export const computeLayout = async (doc: Document, signal: AbortSignal): Promise<Document> => {
  const { mod, adapter } = await load();
  const scene = await mod.layout(doc, { signal, adapter });
  return mod.applyScene(doc, scene);
};

/** Positions between two documents at t ∈ [0, 1], eased, for the glide to a new layout. */
export const tween = (from: Document, to: Document, t: number): Map<NodeId, Point> => {
  const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const start = new Map(from.nodes.map((n) => [n.id, n.position]));
  const out = new Map<NodeId, Point>();
  for (const n of to.nodes) {
    const a = start.get(n.id);
    const b = n.position;
    if (!a || !b) continue;
    out.set(n.id, { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e });
  }
  return out;
};
