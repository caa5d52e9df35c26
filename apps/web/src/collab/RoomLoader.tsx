import { useEffect, useState } from "react";
import { Editor } from "../components/editor/Editor.js";
import { ErrorPage } from "../components/pages/ErrorPage.js";
import type { EditorStore } from "../state/editor.js";
import { bindRoom } from "./binding.js";
import { Presence } from "./Presence.js";
import { RoomStatusBar } from "./RoomStatus.js";
import { RoomSession } from "./session.js";

type Loaded = { session: RoomSession; store: EditorStore } | { error: string } | undefined;

/** A room link's page: joins the room, then opens the editor on the room's design. */
export const RoomLoader = ({ link, id }: { link: "edit" | "view"; id: string }) => {
  const [loaded, setLoaded] = useState<Loaded>();
  // Bumped after the server refused this browser's copy: the room is joined afresh.
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation joins the room again
  useEffect(() => {
    let live = true;
    const session = new RoomSession({ link, id });
    let unbind = () => {};
    session.ready().then(
      (state) => {
        if (!live) return;
        const read = session.mirror.read();
        if (state === "empty" || !read.ok) {
          setLoaded({
            error:
              state === "empty"
                ? "This room holds no design: the link may be mistyped, or the server (mlsd serve) cannot be reached."
                : `The room's design could not be read: ${read.ok ? "" : read.error.message}`,
          });
          return;
        }
        const bound = bindRoom(session, read.value);
        unbind = bound.unbind;
        session.onRefused = (message) => {
          bound.store.set({ notice: { id: Date.now(), message: `The server refused a change: ${message}`, tone: "error" } });
          // This browser's copy holds the refused change: drop it and join again from the server's good state.
          void session.discardLocal().then(() => live && setGeneration((g) => g + 1));
        };
        setLoaded({ session, store: bound.store });
      },
      (e: unknown) => live && setLoaded({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
      unbind();
      session.destroy();
    };
  }, [link, id, generation]);
  if (!loaded)
    return (
      <main className="loading" aria-busy="true">
        Joining the room…
      </main>
    );
  if ("error" in loaded) return <ErrorPage title="The room could not be opened" message={loaded.error} />;
  return (
    <Editor
      store={loaded.store}
      room={{ status: <RoomStatusBar session={loaded.session} />, overlay: <Presence session={loaded.session} /> }}
    />
  );
};
