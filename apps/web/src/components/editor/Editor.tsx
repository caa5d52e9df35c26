import { ReactFlowProvider } from "@xyflow/react";
import { type ReactNode, useEffect, useState } from "react";
import { useNarrow } from "../../lib/media.js";
import { startAutosave } from "../../state/autosave.js";
import { EditorProvider, useEditorContext } from "../../state/context.js";
import type { EditorStore } from "../../state/editor.js";
import { ReviewProvider } from "../../state/review.js";
import type { Viewport } from "../../state/storage.js";
import { useStore } from "../../state/store.js";
import { Canvas } from "../canvas/Canvas.js";
import { ExercisePanel } from "../exercise/ExercisePanel.js";
import { ExerciseMode } from "../exercise/session.js";
import { Dock } from "./Dock.js";
import { HelpDialog } from "./HelpDialog.js";
import { Inspector } from "./Inspector.js";
import { NoticeBar } from "./NoticeBar.js";
import { Palette } from "./Palette.js";
import { PanelSlot } from "./PanelSlot.js";
import { ReviewPanel } from "./ReviewPanel.js";
import { focusRegion } from "./regions.js";
import { SidePanel } from "./SidePanel.js";
import { Toolbar } from "./Toolbar.js";
import { useShortcuts } from "./useShortcuts.js";

/**
 * The first Tab stops: keyboard users jump straight to a region (F6 moves between them too).
 * On a narrow screen the palette and the inspector are sheets: jumping there opens them.
 */
const SkipLinks = ({ readOnly }: { readOnly: boolean }) => {
  const { store } = useEditorContext();
  const narrow = useNarrow();
  const jump = (region: "canvas" | "palette" | "side") => () => {
    if (narrow && region !== "canvas") {
      store.set({ sheet: region, ...(region === "side" ? { sideTab: "inspector" as const } : {}) });
      requestAnimationFrame(() => focusRegion(region));
    } else focusRegion(region);
  };
  return (
    <div className="skip-links">
      <button type="button" className="skip-link" onClick={jump("canvas")}>
        Skip to the canvas
      </button>
      {readOnly ? null : (
        <button type="button" className="skip-link" onClick={jump("palette")}>
          Skip to the palette
        </button>
      )}
      <button type="button" className="skip-link" onClick={jump("side")}>
        Skip to the inspector
      </button>
    </div>
  );
};

const Shortcuts = ({ onHelp }: { onHelp: () => void }) => {
  useShortcuts(onHelp);
  return null;
};

/** What a live room adds to the editor (src/collab/): its corner of the toolbar and a layer on the canvas. */
export interface RoomSlots {
  status: ReactNode;
  overlay: ReactNode;
}

/** The editor page: toolbar on top, palette left, canvas centre, inspector and review right. */
export const Editor = ({
  store,
  viewport,
  room,
  onFirstSave,
}: {
  store: EditorStore;
  viewport?: Viewport | undefined;
  room?: RoomSlots;
  /** Runs once a preview (catalogue entry, new design, share link) is first saved. */
  onFirstSave?: ((key: string) => void) | undefined;
}) => {
  const [help, setHelp] = useState(false);
  // A room's design is kept by the room (and its own copy in this browser), not in "My designs".
  // biome-ignore lint/correctness/useExhaustiveDependencies: one autosave per store
  useEffect(() => (room ? undefined : startAutosave(store, onFirstSave)), [store, room]);
  const readOnly = useStore(store, (s) => s.readOnly ?? false);
  const exercise = useStore(store, (s) => s.origin.exercise);
  const sheet = useStore(store, (s) => s.sheet);
  const narrow = useNarrow();
  // An exercise opens on its prompt: on a narrow screen that is the side sheet, over the canvas.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per design opened
  useEffect(() => {
    if (narrow && store.get().origin.exercise) store.set({ sheet: "side", sideTab: "exercise" });
  }, [store]);
  return (
    <EditorProvider store={store}>
      <ReviewProvider>
        <ReactFlowProvider>
          <div className={narrow ? "editor is-narrow" : "editor"}>
            <SkipLinks readOnly={readOnly} />
            <Toolbar onHelp={() => setHelp(true)} room={room?.status} />
            <div className={readOnly ? "editor-body read-only" : "editor-body"}>
              {readOnly ? null : (
                <PanelSlot name="palette" title="Palette">
                  <Palette />
                </PanelSlot>
              )}
              <Canvas initialViewport={viewport} overlay={room?.overlay} />
              <PanelSlot name="side" title="Details">
                <ExerciseMode>
                  <SidePanel inspector={<Inspector />} review={<ReviewPanel />} exercise={exercise ? <ExercisePanel /> : undefined} />
                </ExerciseMode>
              </PanelSlot>
              {narrow && sheet === "palette" ? (
                <button
                  type="button"
                  className="scrim"
                  aria-label="Close the palette"
                  tabIndex={-1}
                  onClick={() => store.set({ sheet: undefined })}
                />
              ) : null}
            </div>
            {narrow ? <Dock /> : null}
            <NoticeBar />
            <Shortcuts onHelp={() => setHelp(true)} />
            {help ? <HelpDialog onClose={() => setHelp(false)} /> : null}
          </div>
        </ReactFlowProvider>
      </ReviewProvider>
    </EditorProvider>
  );
};
