import { useCallback, useEffect, useState } from "react";
import { sourceRef } from "../../lib/compareSources.js";
import { compareHash, editHash } from "../../lib/route.js";
import { type DesignMeta, deleteDesign, listDesigns, renameDesign } from "../../state/storage.js";
import { ConfirmDialog } from "../common/Dialog.js";
import { RenameDialog } from "./RenameDialog.js";

const when = (t: number) => new Date(t).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Saved work, newest first, with rename and delete (delete asks first). */
export const MyDesigns = () => {
  const [designs, setDesigns] = useState<DesignMeta[]>();
  const [renaming, setRenaming] = useState<DesignMeta>();
  const [deleting, setDeleting] = useState<DesignMeta>();
  const refresh = useCallback(() => {
    listDesigns().then(setDesigns, () => setDesigns([]));
  }, []);
  useEffect(refresh, [refresh]);

  if (!designs?.length) return null;
  return (
    <section aria-labelledby="mine-title" className="my-designs">
      <div className="section-head">
        <h2 id="mine-title">My designs</h2>
        <p className="muted">Saved in this browser</p>
      </div>
      <ul className="design-list" aria-label="My designs">
        {designs.map((d) => (
          <li key={d.key} className="design-row">
            <a href={editHash(d.key)} className="design-open">
              <span className="design-title">{d.title}</span>
              <span className="muted">
                {d.nodeCount} parts · edited {when(d.updatedAt)}
                {d.origin.exercise ? " · exercise" : d.origin.catalogId ? " · from the catalogue" : ""}
              </span>
            </a>
            <a
              className="button"
              href={compareHash(sourceRef("design", d.key))}
              aria-label={`Compare ${d.title} with another design`}
              title="Compare with another design"
            >
              Compare
            </a>
            <button type="button" onClick={() => setRenaming(d)} aria-label={`Rename ${d.title}`} title="Rename">
              Rename
            </button>
            <button type="button" className="danger-text" onClick={() => setDeleting(d)} aria-label={`Delete ${d.title}`} title="Delete">
              Delete
            </button>
          </li>
        ))}
      </ul>
      {renaming ? (
        <RenameDialog
          title={renaming.title}
          onCancel={() => setRenaming(undefined)}
          onRename={async (title) => {
            await renameDesign(renaming.key, title);
            setRenaming(undefined);
            refresh();
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete this design?"
          message={`“${deleting.title}” will be removed from this browser. This cannot be undone.`}
          confirmLabel="Delete"
          onCancel={() => setDeleting(undefined)}
          onConfirm={async () => {
            await deleteDesign(deleting.key);
            setDeleting(undefined);
            refresh();
          }}
        />
      ) : null}
    </section>
  );
};
