import { go, roomHash } from "../lib/route.js";
import { useEditorContext } from "../state/context.js";
import { pendingDesigns } from "./pending.js";

/** Is this page served by `mlsd serve` (which has the rooms endpoint)? */
const hasRoomServer = () =>
  fetch(new URL("./healthz", window.location.href), { cache: "no-store" })
    .then((r) => (r.ok ? r.json() : undefined))
    .then((body: { service?: string } | undefined) => body?.service === "mlsd")
    .catch(() => false);

/** "Collaborate": moves the design on screen into a new room and opens the room's edit link. */
export const CollaborateButton = () => {
  const { store, actions } = useEditorContext();
  const start = async () => {
    if (!(await hasRoomServer())) {
      actions.notify(
        "Live rooms need the editor served by `mlsd serve`: start it with `pnpm exec mlsd serve` and open its address.",
        "error",
      );
      return;
    }
    // Loaded on demand: a design that is never shared never loads Yjs.
    const { newRoomKey, viewIdOf } = await import("@mlsd/collab");
    const key = newRoomKey();
    pendingDesigns.set(viewIdOf(key), store.get().history.present);
    go(roomHash(key));
  };
  return (
    <button
      type="button"
      onClick={() => void start()}
      title="Edit this design live with others: it moves into a new room with its own link"
    >
      Collaborate
    </button>
  );
};
