import { useEffect, useState } from "react";
import { NARROW_QUERY } from "../../lib/media.js";
import { type Opened, type OpenFailure, openByKey, openShare } from "../../lib/open.js";
import { editHash } from "../../lib/route.js";
import { createEditorStore, type EditorStore, editorActions } from "../../state/editor.js";
import type { Viewport } from "../../state/storage.js";
import { ErrorPage } from "../pages/ErrorPage.js";
import { Editor } from "./Editor.js";

/** What to open: a design by its key (saved, or a preview the key names) or a share link. */
export type EditorSource = { key: string } | { share: string };

type Loaded = { store: EditorStore; viewport?: Viewport; onFirstSave?: (key: string) => void } | OpenFailure | "missing";

/** A share link's preview becomes an ordinary saved design on its first edit: its address follows, without reopening. */
const followToSaved = (key: string) => history.replaceState(null, "", editHash(key));

const toLoaded = (opened: Opened, share: boolean): Loaded => {
  const store = createEditorStore(opened.key, opened.doc, opened.origin, opened.persisted);
  // On a phone a shared design opens to look at (pan, zoom, legend); Edit turns it into the editor.
  const viewing = share && window.matchMedia(NARROW_QUERY).matches;
  if (viewing) store.set({ viewing: true, readOnly: true });
  const shareNote = viewing
    ? "A shared design to look at: press Edit to change it."
    : share
      ? "A shared design: look around freely. It is saved in My designs when you first change it."
      : undefined;
  const notice = [opened.notice, shareNote].filter(Boolean).join(" ");
  if (notice) editorActions(store).notify(notice);
  return { store, ...(opened.viewport ? { viewport: opened.viewport } : {}), ...(share ? { onFirstSave: followToSaved } : {}) };
};

/** Reads a design (from the browser, the catalogue or a share link) and opens the editor on it. */
export const EditorLoader = ({ source }: { source: EditorSource }) => {
  const [loaded, setLoaded] = useState<Loaded>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parent remounts this per source (keyed)
  useEffect(() => {
    let live = true;
    const share = "share" in source;
    (share ? openShare(source.share) : openByKey(source.key)).then(
      (result) => {
        if (!live) return;
        setLoaded(typeof result === "object" && "doc" in result ? toLoaded(result, share) : result);
      },
      (e: unknown) =>
        live &&
        setLoaded({
          title: "The design could not be opened",
          message: `It could not be read: ${e instanceof Error ? e.message : String(e)}`,
        }),
    );
    return () => {
      live = false;
    };
  }, []);
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
  if ("title" in loaded) return <ErrorPage {...loaded} />;
  return <Editor store={loaded.store} viewport={loaded.viewport} onFirstSave={loaded.onFirstSave} />;
};
