import type { Problem } from "@mlsd/core";
import { useEffect, useState } from "react";
import { createNewDesign, openCatalogCopy, saveAsNew } from "../../lib/open.js";
import { editHash, go } from "../../lib/route.js";
import { decodeShare } from "../../lib/share.js";
import { ErrorPage } from "./ErrorPage.js";

type Failure = { title: string; message: string; problems?: Problem[] };

// One run per link, even when React runs an effect twice (StrictMode): a share link must not save two copies.
const runs = new Map<string, Promise<string | Failure>>();
const once = (id: string, start: () => Promise<string | Failure>) => {
  let run = runs.get(id);
  if (!run) {
    run = start();
    runs.set(id, run);
    run.finally(() => setTimeout(() => runs.delete(id), 1000));
  }
  return run;
};

/** A page that turns a link (catalogue entry, share link, "new") into a saved design, then opens it. */
export const Opening = ({ id, start, label }: { id: string; start: () => Promise<string | Failure>; label: string }) => {
  const [failure, setFailure] = useState<Failure>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per mounted link
  useEffect(() => {
    let live = true;
    once(id, start).then(
      (result) => {
        if (!live) return;
        if (typeof result === "string") go(editHash(result), true);
        else setFailure(result);
      },
      (e: unknown) => live && setFailure({ title: `Could not open ${label}`, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failure) return <ErrorPage {...failure} />;
  return (
    <main className="loading" aria-busy="true">
      Opening {label}…
    </main>
  );
};

export const OpenShare = ({ payload }: { payload: string }) => (
  <Opening
    id={`share:${payload}`}
    label="the shared design"
    start={async () => {
      const result = decodeShare(payload);
      if (!result.ok) return { title: "This share link does not work", message: result.message, problems: result.problems };
      return saveAsNew(result.doc);
    }}
  />
);

export const OpenCatalog = ({ catalogId }: { catalogId: string }) => (
  <Opening id={`open:${catalogId}`} label="the catalogue entry" start={() => openCatalogCopy(catalogId)} />
);

export const OpenNew = () => <Opening id="new" label="a new design" start={createNewDesign} />;
