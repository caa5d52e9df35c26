import { ReactFlowProvider } from "@xyflow/react";
import { type ReactNode, useEffect, useState } from "react";
import { startAutosave } from "../../state/autosave.js";
import { EditorProvider } from "../../state/context.js";
import type { EditorStore } from "../../state/editor.js";
import { ReviewProvider } from "../../state/review.js";
import type { Viewport } from "../../state/storage.js";
import { useStore } from "../../state/store.js";
import { Canvas } from "../canvas/Canvas.js";
import { ExercisePanel } from "../exercise/ExercisePanel.js";
import { ExerciseMode } from "../exercise/session.js";
import { HelpDialog } from "./HelpDialog.js";
import { Inspector } from "./Inspector.js";
import { NoticeBar } from "./NoticeBar.js";
import { Palette } from "./Palette.js";
import { ReviewPanel } from "./ReviewPanel.js";
import { SidePanel } from "./SidePanel.js";
import { Toolbar } from "./Toolbar.js";
import { useShortcuts } from "./useShortcuts.js";

/** Keyboard users jump past the palette: focus goes to the first part on the canvas (or the canvas). */
const focusCanvas = () => {
  const target = document.querySelector<HTMLElement>(".react-flow__node-kind") ?? document.querySelector<HTMLElement>(".react-flow__pane");
  target?.focus();
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
  return (
    <EditorProvider store={store}>
      <ReviewProvider>
        <ReactFlowProvider>
          <div className="editor">
            <button type="button" className="skip-link" onClick={focusCanvas}>
              Skip to the canvas
            </button>
            <Toolbar onHelp={() => setHelp(true)} room={room?.status} />
            <div className={readOnly ? "editor-body read-only" : "editor-body"}>
              {readOnly ? null : <Palette />}
              <Canvas initialViewport={viewport} overlay={room?.overlay} />
              <ExerciseMode>
                <SidePanel inspector={<Inspector />} review={<ReviewPanel />} exercise={exercise ? <ExercisePanel /> : undefined} />
              </ExerciseMode>
            </div>
            <NoticeBar />
            <Shortcuts onHelp={() => setHelp(true)} />
            {help ? <HelpDialog onClose={() => setHelp(false)} /> : null}
          </div>
        </ReactFlowProvider>
      </ReviewProvider>
    </EditorProvider>
  );
};
