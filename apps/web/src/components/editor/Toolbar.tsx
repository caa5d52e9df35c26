import { type ReactNode, useEffect, useRef, useState } from "react";
import { CollaborateButton } from "../../collab/CollaborateButton.js";
import { useNarrow } from "../../lib/media.js";
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

/** On a narrow screen the toolbar's less frequent actions fold into a "More" menu; it closes on a choice, outside or Escape. */
const MoreMenu = ({ children }: { children: ReactNode }) => {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      // A dialog opened from the menu (portalled to the body) is not "outside".
      if (!ref.current?.contains(e.target as Node) && !(e.target as Element).closest?.("dialog")) setOpen(false);
    };
    document.addEventListener("pointerdown", away);
    return () => document.removeEventListener("pointerdown", away);
  }, [open]);
  return (
    <div className="toolbar-more" ref={ref}>
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls="toolbar-more-items"
        aria-label="More actions"
        title="More actions"
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape and a chosen action, from the menu's own buttons, close it */}
      <div
        id="toolbar-more-items"
        className="toolbar-more-items"
        hidden={!open}
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          e.stopPropagation();
          setOpen(false);
          ref.current?.querySelector("button")?.focus();
        }}
        onClick={(e) => {
          // A chosen action closes the menu; opening the Export list inside it does not.
          const target = e.target as Element;
          if (target.closest("button") && !target.closest("summary")) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
};

/** `room`: a live room's status, shown instead of the browser save state and the Collaborate button. */
export const Toolbar = ({ onHelp, room }: { onHelp: () => void; room?: ReactNode }) => {
  const { store, actions } = useEditorContext();
  const { theme } = useTheme();
  const narrow = useNarrow();
  const title = useEditor((s) => s.history.present.title);
  const undoable = useEditor(canUndo);
  const redoable = useEditor(canRedo);
  const snapToGrid = useEditor((s) => s.snapToGrid);
  const layingOut = useEditor((s) => s.layingOut);
  const save = useEditor((s) => s.save);
  const saveError = useEditor((s) => s.saveError);
  const catalogId = useEditor((s) => s.origin.catalogId);
  const viewing = useEditor((s) => s.viewing ?? false);
  const { run } = useAutoLayout();
  const [sharing, setSharing] = useState(false);
  const [embedding, setEmbedding] = useState(false);

  const saveState = room ?? (
    <span
      className={`save-state save-${save}`}
      role="status"
      aria-live="polite"
      title={save === "failed" ? `Not saved: ${saveError ?? "the browser's storage failed"}` : SAVE_TITLE[save]}
    >
      {SAVE_TEXT[save]}
    </span>
  );
  const history = viewing ? null : (
    <fieldset className="toolbar-group">
      <legend className="sr-only">History</legend>
      <button type="button" onClick={actions.undo} disabled={!undoable} title="Undo (Ctrl+Z)" aria-label="Undo">
        {narrow ? "↶" : "Undo"}
      </button>
      <button type="button" onClick={actions.redo} disabled={!redoable} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
        {narrow ? "↷" : "Redo"}
      </button>
    </fieldset>
  );
  const tools = (
    <>
      {viewing ? null : (
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
      )}
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
        {catalogId && !viewing ? <ResetButton catalogId={catalogId} /> : null}
        {room || viewing ? null : <CollaborateButton />}
      </fieldset>
    </>
  );
  const help = (
    <button type="button" className="icon-button" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
      ?
    </button>
  );
  return (
    <header className="toolbar" data-region="toolbar">
      <a href="#/" className="button" title="Back to the gallery" aria-label={narrow ? "Gallery" : undefined}>
        ←{narrow ? null : " Gallery"}
      </a>
      <h1 className="toolbar-title" title={title}>
        {title || "Untitled"}
      </h1>
      {viewing ? (
        <button type="button" className="primary" onClick={() => store.set({ viewing: false, readOnly: false })} title="Change this design">
          Edit
        </button>
      ) : null}
      {history}
      {narrow ? (
        <MoreMenu>
          {saveState}
          {tools}
          <div className="toolbar-group">
            {help}
            <ThemeToggle />
          </div>
        </MoreMenu>
      ) : (
        <>
          {tools}
          {saveState}
          {help}
          <ThemeToggle />
        </>
      )}
      {sharing ? <ShareDialog onClose={() => setSharing(false)} /> : null}
      {embedding ? <EmbedDialog theme={theme} onClose={() => setEmbedding(false)} /> : null}
    </header>
  );
};
