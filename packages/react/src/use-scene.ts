import { type Document, isPlaced } from "@mlsd/core";
import { type Scene, sceneFromDocument } from "@mlsd/scene";
import { useEffect, useMemo, useState } from "react";

/**
 * Whether every node carries a stored position and size (the viewer then needs no layout
 * engine).
 * @deprecated Use `isPlaced` from `@mlsd/core`, which also narrows the document's type.
 * @public
 */
export const hasStoredPositions = (document: Document): boolean => isPlaced(document);

export type SceneState =
  | { status: "ready"; scene: Scene }
  | { status: "laying-out" }
  | { status: "failed"; error: Error }
  | { status: "empty" };

/**
 * The Scene to draw: the one given, or one rebuilt from the document's stored positions
 * (synchronous, so the server renders it), or, for a document without positions, one
 * computed by @mlsd/layout, imported only then so pages of laid-out designs never
 * download elkjs.
 */
export const useScene = (document: Document | undefined, scene: Scene | undefined): SceneState => {
  const stored = useMemo(() => (!scene && document && isPlaced(document) ? sceneFromDocument(document) : undefined), [document, scene]);
  const needsLayout = !scene && !stored && document !== undefined;
  const [computed, setComputed] = useState<{ for: Document; state: SceneState } | undefined>(undefined);

  useEffect(() => {
    if (!needsLayout || !document) return;
    let cancelled = false;
    const abort = new AbortController();
    import("@mlsd/layout")
      .then((m) => m.layout(document, { signal: abort.signal }))
      .then(
        (result) => {
          if (!cancelled) setComputed({ for: document, state: { status: "ready", scene: result } });
        },
        (error: unknown) => {
          if (!cancelled)
            setComputed({ for: document, state: { status: "failed", error: error instanceof Error ? error : new Error(String(error)) } });
        },
      );
    return () => {
      cancelled = true;
      abort.abort();
    };
  }, [needsLayout, document]);

  if (scene) return { status: "ready", scene };
  if (stored) return { status: "ready", scene: stored };
  if (!document) return { status: "empty" };
  return computed && computed.for === document ? computed.state : { status: "laying-out" };
};
