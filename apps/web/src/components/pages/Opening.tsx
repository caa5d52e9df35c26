import { useEffect } from "react";
import { exerciseKey, newDesignHash } from "../../lib/open.js";
import { editHash, go } from "../../lib/route.js";
import { catalogKey } from "../../state/storage.js";

/**
 * Links that name a design to open rather than a saved one. Nothing is saved here: the
 * editor opens the catalogue's working copy (or the entry itself, as a preview) and a new
 * design as a preview; "My designs" gets them on their first real edit.
 */
const Redirect = ({ to }: { to: () => string }) => {
  // biome-ignore lint/correctness/useExhaustiveDependencies: one redirect per mounted link
  useEffect(() => go(to(), true), []);
  return (
    <main className="loading" aria-busy="true">
      Opening…
    </main>
  );
};

export const OpenCatalog = ({ catalogId }: { catalogId: string }) => <Redirect to={() => editHash(catalogKey(catalogId))} />;

/** Starting an exercise opens the learner's own copy of its starter (resumed if they started before). */
export const OpenExercise = ({ exerciseId }: { exerciseId: string }) => <Redirect to={() => editHash(exerciseKey(exerciseId))} />;

export const OpenNew = () => <Redirect to={newDesignHash} />;
