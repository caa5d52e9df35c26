import { useState } from "react";
import { originalOf } from "../../lib/open.js";
import { useEditorContext } from "../../state/context.js";
import { ConfirmDialog } from "../common/Dialog.js";

/** Replaces the working copy with the catalogue original, as one undoable step. */
export const ResetButton = ({ catalogId }: { catalogId: string }) => {
  const { actions } = useEditorContext();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)} title="Go back to the catalogue's version of this design">
        Reset to original
      </button>
      {asking ? (
        <ConfirmDialog
          title="Reset to the original?"
          message="Your changes to this copy are replaced by the catalogue's version. You can undo this."
          confirmLabel="Reset"
          onCancel={() => setAsking(false)}
          onConfirm={async () => {
            setAsking(false);
            try {
              const original = await originalOf(catalogId);
              actions.edit(() => original, { select: { nodes: [], edges: [] } });
              actions.notify("Reset to the catalogue's version.");
            } catch (e) {
              actions.notify(`Could not load the original: ${e instanceof Error ? e.message : String(e)}`, "error");
            }
          }}
        />
      ) : null}
    </>
  );
};
