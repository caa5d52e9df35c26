import { useEffect, useState } from "react";
import { createEditorStore, type EditorStore } from "../../state/editor.js";
import { loadDesign, type Viewport } from "../../state/storage.js";
import { ErrorPage } from "../pages/ErrorPage.js";
import { Editor } from "./Editor.js";

type Loaded = { store: EditorStore; viewport?: Viewport } | { error: string } | "missing";

/** Reads a saved design from the browser and opens the editor on it. */
export const EditorLoader = ({ designKey }: { designKey: string }) => {
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let live = true;
    loadDesign(designKey).then(
      (result) => {
        if (!live) return;
        if (!result) setLoaded("missing");
        else if ("error" in result) setLoaded({ error: result.error });
        else
          setLoaded({
            store: createEditorStore(result.key, result.doc, result.origin),
            ...(result.viewport ? { viewport: result.viewport } : {}),
          });
      },
      (e: unknown) =>
        live && setLoaded({ error: `The browser's storage could not be read: ${e instanceof Error ? e.message : String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [designKey]);
  if (!loaded)
    return (
      <main className="loading" aria-busy="true">
        Loading the design…
      </main>
    );
  if (loaded === "missing")
    return (
      <ErrorPage title="Design not found" message="No design is saved under this address in this browser. It may have been deleted." />
    );
  if ("error" in loaded) return <ErrorPage title="The design could not be opened" message={loaded.error} />;
  return <Editor store={loaded.store} viewport={loaded.viewport} />;
};
