import { type ReactNode, useState } from "react";
import { CollaborateButton } from "../../collab/CollaborateButton.js";
import { useTheme } from "../../lib/theme.js";
import { useEditor, useEditorContext } from "../../state/context.js";
import { redoable as canRedo, undoable as canUndo } from "../../state/editor.js";
import { ThemeToggle } from "../common/ThemeToggle.js";
import { ImportButton } from "../files/ImportButton.js";
import { EmbedDialog } from "./EmbedDialog.js";
import { ExportMenu } from "./ExportMenu.js";
import { ResetButton } from "./ResetButton.js";
import { ShareDialog } from "./ShareDialog.js";
import { useAutoLayout } from "./useAutoLayout.js";

const SAVE_TEXT = { saved: "Saved", saving: "Saving…", failed: "Not saved", preview: "Not saved yet" } as const;
const SAVE_TITLE = {
  saved: "Saved in this browser (My designs)",
  saving: "Saving in this browser",
  preview: "A preview: it goes to My designs when you first change it",
} as const;

/** `room`: a live room's status, shown instead of the browser save state and the Collaborate button. */
export const Toolbar = ({ onHelp, room }: { onHelp: () => void; room?: ReactNode }) => {
  const { store, actions } = useEditorContext();
  const { theme } = useTheme();
  const title = useEditor((s) => s.history.present.title);
  const undoable = useEditor(canUndo);
  const redoable = useEditor(canRedo);
  const snapToGrid = useEditor((s) => s.snapToGrid);
  const layingOut = useEditor((s) => s.layingOut);
  const save = useEditor((s) => s.save);
  const saveError = useEditor((s) => s.saveError);
  const catalogId = useEditor((s) => s.origin.catalogId);
  const { run } = useAutoLayout();
  const [sharing, setSharing] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  return (
    <header className="toolbar">
      <a href="#/" className="button" title="Back to the gallery">
        ← Gallery
      </a>
      <h1 className="toolbar-title" title={title}>
        {title || "Untitled"}
      </h1>
      <fieldset className="toolbar-group">
        <legend className="sr-only">History</legend>
        <button type="button" onClick={actions.undo} disabled={!undoable} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={actions.redo} disabled={!redoable} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
      </fieldset>
      <fieldset className="toolbar-group">
        <legend className="sr-only">Layout</legend>
        <button type="button" onClick={() => void run()} disabled={layingOut} aria-busy={layingOut} title="Auto layout (L)">
          {layingOut ? "Laying out…" : "Auto layout"}
        </button>
        <button
          type="button"
          aria-pressed={snapToGrid}
          onClick={() => store.set({ snapToGrid: !snapToGrid })}
          title="Snap moved parts to the grid"
        >
          Snap to grid
        </button>
      </fieldset>
      <fieldset className="toolbar-group">
        <legend className="sr-only">File</legend>
        <ImportButton />
        <ExportMenu theme={theme} />
        <button type="button" onClick={() => setSharing(true)} title="A link that carries this design">
          Share link
        </button>
        <button type="button" onClick={() => setEmbedding(true)} title="Snippets that put this design on another page">
          Embed
        </button>
        {catalogId ? <ResetButton catalogId={catalogId} /> : null}
        {room ? null : <CollaborateButton />}
      </fieldset>
      {room ?? (
        <span
          className={`save-state save-${save}`}
          role="status"
          aria-live="polite"
          title={save === "failed" ? `Not saved: ${saveError ?? "the browser's storage failed"}` : SAVE_TITLE[save]}
        >
          {SAVE_TEXT[save]}
        </span>
      )}
      <button type="button" className="icon-button" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
      <ThemeToggle />
      {sharing ? <ShareDialog onClose={() => setSharing(false)} /> : null}
      {embedding ? <EmbedDialog theme={theme} onClose={() => setEmbedding(false)} /> : null}
    </header>
  );
};
