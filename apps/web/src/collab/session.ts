import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { createMirror, createUndoManager, isEmptyRoom, type Mirror, viewIdOf, writeDocument } from "@mlsd/collab";
import { type Document, formatProblems, validateDocument } from "@mlsd/core";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { createStore, type Store } from "../state/store.js";
import { colorFor, myName } from "./identity.js";
import { pendingDesigns } from "./pending.js";

export interface Person {
  clientId: number;
  name: string;
  color: string;
  /** Where their pointer is, in canvas coordinates. */
  cursor?: { x: number; y: number };
  /** The parts they have selected. */
  selection: string[];
}

export interface RoomStatus {
  connection: "connecting" | "online" | "offline";
  /** Edits are refused: a view link, or an edit link with a wrong key. */
  readOnly: boolean;
  /** Everyone else in the room now. */
  people: Person[];
  me: { name: string; color: string };
  /** Local changes the server has not confirmed yet. */
  unsynced: boolean;
}

/** The server's message when it refuses a change (see @mlsd/server). */
interface Refusal {
  type: "mlsd:refused";
  message: string;
  problems: { path: string; message: string }[];
}

/** The rooms endpoint of the server that served this page. */
const collabUrl = () => {
  const url = new URL("./collab", window.location.href);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.hash = "";
  url.search = "";
  return url.toString();
};

/**
 * One open room: the Yjs document, kept in IndexedDB (edits made offline survive a
 * reload and merge when the connection returns) and synced with the server through
 * Hocuspocus; presence through the provider's awareness; this person's undo.
 */
export class RoomSession {
  readonly ydoc = new Y.Doc();
  readonly viewId: string;
  readonly key: string | undefined;
  readonly local: IndexeddbPersistence;
  readonly socket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  readonly mirror: Mirror;
  readonly undo: Y.UndoManager;
  /** The origin of this person's changes: what the undo manager tracks. */
  readonly origin = { mine: true };
  readonly status: Store<RoomStatus>;
  /** Called when the server refused a change (the room's last good state is kept there). */
  onRefused: (message: string) => void = () => {};

  constructor(link: { link: "edit" | "view"; id: string }) {
    this.key = link.link === "edit" ? link.id : undefined;
    this.viewId = this.key ? viewIdOf(this.key) : link.id;
    const me = { name: myName(), color: colorFor(this.ydoc.clientID) };
    this.status = createStore<RoomStatus>({ connection: "connecting", readOnly: !this.key, people: [], me, unsynced: false });
    this.local = new IndexeddbPersistence(`mlsd-room-${this.viewId}`, this.ydoc);
    this.socket = new HocuspocusProviderWebsocket({ url: collabUrl(), delay: 500, minDelay: 250, maxDelay: 4000 });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: this.viewId,
      document: this.ydoc,
      token: this.key ?? "",
      onStatus: ({ status }) =>
        this.status.set({ connection: status === "connected" ? "online" : status === "connecting" ? "connecting" : "offline" }),
      onAuthenticated: ({ scope }) => this.status.set({ readOnly: scope !== "read-write" }),
      onUnsyncedChanges: ({ number }) => this.status.set({ unsynced: number > 0 }),
      onStateless: ({ payload }) => this.refused(payload),
    });
    this.provider.attach();
    this.mirror = createMirror(this.ydoc);
    this.undo = createUndoManager(this.ydoc, this.origin);
    const awareness = this.provider.awareness!;
    awareness.setLocalStateField("user", me);
    awareness.on("change", () => this.status.set({ people: this.people() }));
  }

  private people(): Person[] {
    const out: Person[] = [];
    for (const [clientId, state] of this.provider.awareness?.getStates() ?? []) {
      const user = state.user as { name?: unknown; color?: unknown } | undefined;
      if (clientId === this.ydoc.clientID || !user || typeof user.name !== "string") continue;
      const cursor = state.cursor as Person["cursor"] | null | undefined;
      out.push({
        clientId,
        name: user.name.slice(0, 40),
        color: colorFor(clientId),
        ...(cursor && Number.isFinite(cursor.x) && Number.isFinite(cursor.y) ? { cursor } : {}),
        selection: Array.isArray(state.selection) ? state.selection.filter((s: unknown) => typeof s === "string") : [],
      });
    }
    return out;
  }

  private refused(payload: string) {
    let refusal: Refusal | undefined;
    try {
      refusal = JSON.parse(payload);
    } catch {
      return;
    }
    if (refusal?.type === "mlsd:refused") this.onRefused(refusal.message);
  }

  /** My name, pointer and selection, for the others. */
  share(field: "user" | "cursor" | "selection", value: unknown) {
    this.provider.awareness?.setLocalStateField(field, value);
  }

  /**
   * Resolves when the room has a design: at once from this browser's copy, else from the
   * server (writing the design a "Collaborate" click brought, into an empty room).
   */
  async ready(): Promise<"ready" | "empty"> {
    await this.local.whenSynced;
    if (!isEmptyRoom(this.ydoc)) return "ready";
    const synced = await Promise.race([
      new Promise<boolean>((resolve) => (this.provider.isSynced ? resolve(true) : this.provider.on("synced", () => resolve(true)))),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
    ]);
    if (!synced && isEmptyRoom(this.ydoc)) return "empty";
    const pending = pendingDesigns.get(this.viewId);
    if (isEmptyRoom(this.ydoc) && pending && this.key) {
      pendingDesigns.delete(this.viewId);
      writeDocument(this.ydoc, pending);
    }
    return isEmptyRoom(this.ydoc) ? "empty" : "ready";
  }

  /** Writes my change into the room; a reason instead when it may not go in. */
  commit(before: Document, next: Document): string | undefined {
    if (this.status.get().readOnly) return "This is a read-only link: changes are not sent to the room.";
    const problems = validateDocument(next as unknown as Record<string, unknown>);
    if (problems.length) return `Not sent to the room: ${formatProblems(problems.slice(0, 1))[0]}`;
    writeDocument(this.ydoc, next, { before, origin: this.origin });
    return undefined;
  }

  /** Forgets this browser's copy of the room (after the server refused it) and closes. */
  async discardLocal() {
    await this.local.clearData();
    this.destroy();
  }

  private destroyed = false;

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.undo.destroy();
    this.mirror.destroy();
    this.provider.destroy();
    this.socket.destroy();
    void this.local.destroy();
    this.ydoc.destroy();
  }
}
