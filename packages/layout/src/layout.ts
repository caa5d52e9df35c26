import { type Document, type RawDocument, validateDocument } from "@mlsd/core";
import type { Scene } from "@mlsd/scene";
import { isAbortError, toError } from "./adapter.js";
import { toElkGraph } from "./elk-graph.js";
import { invalidDocument, LayoutError } from "./errors.js";
import { defaultAdapter } from "./in-process.js";
import { type LayoutOptions, resolveDirection } from "./options.js";
import { toRowsElkGraph } from "./rows-graph.js";
import { toScene } from "./to-scene.js";

/**
 * Lays out a document: validate (refusing invalid or too-large input with core's problems
 * before ELK runs) → ELK graph → adapter → Scene. Deterministic for equal input and options.
 * @public
 */
export const layout = async (document: Document, options: LayoutOptions = {}): Promise<Scene> => {
  const id = typeof document?.id === "string" ? document.id : "(no id)";
  const problems = validateDocument(document as unknown as RawDocument);
  if (problems.length) throw invalidDocument(id, problems);
  const graph = resolveDirection(document, options) === "rows" ? toRowsElkGraph(document, options.compact) : toElkGraph(document, options);
  const adapter = options.adapter ?? defaultAdapter();
  let result: Awaited<ReturnType<typeof adapter.run>>;
  try {
    result = await adapter.run(graph, options.signal);
  } catch (e) {
    if (isAbortError(e) || options.signal?.aborted) throw e;
    const cause = toError(e);
    throw new LayoutError(
      "engine",
      id,
      `ELK failed to lay out "${id}" (${document.nodes.length} nodes, ${document.edges.length} edges): ${cause.message}`,
      [],
      { cause },
    );
  }
  const scene = toScene(document, result, options);
  return options.compact ? { ...scene, compact: true } : scene;
};
