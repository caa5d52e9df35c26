import { clampPlacement, type Document, type EdgeId, type NodeId, type Point } from "@mlsd/core";
import { syncSizes } from "../lib/geometry.js";
import { canRedo, canUndo, createHistory, type History, push, redo, undo } from "./history.js";
import { createStore, type Store } from "./store.js";

/** Where the open design came from, for "Reset to original" and exercise mode. */
export interface Origin {
  catalogId?: string;
  /** The exercise this design answers (exercise mode: the rubric, the timer, the reference on request). */
  exercise?: string;
}

export interface Selection {
  nodes: readonly NodeId[];
  edges: readonly EdgeId[];
}

export interface Notice {
  id: number;
  message: string;
  tone: "info" | "error";
}

/**
 * A live room the design is bound to (see src/collab/): local edits go to the room instead
 * of the history, the room sets `history.present` when anyone's change arrives, and undo
 * is the room's per-person undo.
 */
export interface RoomLink {
  /** Sends a locally made document to the room; false (with a reason told to the user) when it may not go. */
  commit(before: Document, next: Document): boolean;
  undo(): void;
  redo(): void;
  readonly readOnly: boolean;
}

export interface EditorState {
  /** The key the design is saved under in the browser. */
  key: string;
  origin: Origin;
  history: History<Document>;
  selection: Selection;
  notice?: Notice;
  snapToGrid: boolean;
  /** Set while an auto layout runs, so the toolbar can show it and tests can wait. */
  layingOut: boolean;
  /** Positions shown instead of the stored ones while nodes glide to a new layout. */
  preview?: ReadonlyMap<NodeId, Point>;
  /**
   * Whether the present document is written to the browser's storage. "preview": a
   * catalogue entry, new design or share link that is not in "My designs" (yet): it is
   * saved on its first real edit.
   */
  save: "saved" | "saving" | "failed" | "preview";
  /** Why the last save failed, in words for the toolbar. */
  saveError?: string;
  /** Whether the design has a record in the browser ("My designs"). */
  persisted: boolean;
  /**
   * Node ids to show on the canvas: `fit` zooms to them (the review panel asks for it),
   * `reveal` pans only if one is off screen, keeping the zoom (a part just added or pasted).
   */
  focus?: { ids: readonly NodeId[]; at: number; mode: "fit" | "reveal" };
  /** The side panel's tab. */
  sideTab: SideTab;
  /** On a narrow screen: the panel open as a sheet over the canvas, if any. */
  sheet?: "palette" | "side";
  /** Set when the selected part's findings should be scrolled into view in the inspector. */
  showFindingsAt?: number;
  /**
   * What the user typed into a property field that the schema refused, by `<node id>:<property>`:
   * kept (with its message) until it is fixed or reverted, also after the part is deselected.
   */
  propDrafts: ReadonlyMap<string, string>;
  /** A shared design opened to look at (on a phone): read-only until the user presses Edit. */
  viewing?: boolean;
  /** Set while the design is a live room's. */
  room?: RoomLink;
  /** What the room's undo can do for this person (set by the room). */
  roomUndo?: { undo: boolean; redo: boolean };
  /** The design may be looked at, not changed (a room's view link). */
  readOnly?: boolean;
}

export type SideTab = "inspector" | "review" | "exercise";

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };

export type EditorStore = Store<EditorState>;

/** An editor on a saved design, or (`persisted: false`) on a preview that is saved on its first real edit. */
export const createEditorStore = (key: string, doc: Document, origin: Origin = {}, persisted = true): EditorStore =>
  createStore<EditorState>({
    key,
    origin,
    history: createHistory(doc),
    selection: EMPTY_SELECTION,
    snapToGrid: true,
    layingOut: false,
    sideTab: origin.exercise ? "exercise" : "inspector",
    propDrafts: new Map(),
    save: persisted ? "saved" : "preview",
    persisted,
  });

export const undoable = (s: EditorState) => (s.room ? (s.roomUndo?.undo ?? false) : canUndo(s.history));
export const redoable = (s: EditorState) => (s.room ? (s.roomUndo?.redo ?? false) : canRedo(s.history));

let noticeId = 0;

/** The part of a selection that still exists in `doc`. */
export const keepSelection = (doc: Document, sel: Selection): Selection => {
  const nodes = new Set<string>(doc.nodes.map((n) => n.id));
  const edges = new Set<string>(doc.edges.map((e) => e.id));
  const kept = { nodes: sel.nodes.filter((id) => nodes.has(id)), edges: sel.edges.filter((id) => edges.has(id)) };
  return kept.nodes.length === sel.nodes.length && kept.edges.length === sel.edges.length ? sel : kept;
};

/** The editing verbs: every document change goes through `edit`, so every change is undoable. */
export const editorActions = (store: EditorStore) => {
  const notify = (message: string, tone: Notice["tone"] = "info") => store.set({ notice: { id: ++noticeId, message, tone } });
  return {
    notify,
    /**
     * Applies a pure document operation; a thrown error becomes a notice, the document stays.
     * Positions and sizes are clamped to the schema's bounds, whatever the operation did, so
     * the editor never saves a design it could not open again.
     */
    edit(op: (doc: Document) => Document, options: { coalesce?: string; select?: Selection } = {}) {
      const s = store.get();
      if (s.viewing) {
        notify("This shared design is open to look at: press Edit to change it.");
        return false;
      }
      let next: Document;
      try {
        next = clampPlacement(syncSizes(s.history.present, op(s.history.present)));
      } catch (e) {
        notify(e instanceof Error ? e.message : String(e), "error");
        return false;
      }
      if (s.room) {
        if (next === s.history.present) return true;
        if (!s.room.commit(s.history.present, next)) return false;
        store.set({ selection: keepSelection(store.get().history.present, options.select ?? s.selection) });
        return true;
      }
      const history = push(s.history, next, options.coalesce);
      store.set({ history, selection: keepSelection(next, options.select ?? s.selection) });
      return true;
    },
    undo() {
      const s = store.get();
      if (s.room) return s.room.undo();
      const history = undo(s.history);
      store.set({ history, selection: keepSelection(history.present, s.selection) });
    },
    redo() {
      const s = store.get();
      if (s.room) return s.room.redo();
      const history = redo(s.history);
      store.set({ history, selection: keepSelection(history.present, s.selection) });
    },
    select(selection: Selection) {
      store.set({ selection });
    },
    /** Selects parts and zooms the canvas to them (with the ends of the edges, so an edge alone is shown too). */
    focus(ids: readonly NodeId[], edges: readonly EdgeId[] = []) {
      const doc = store.get().history.present;
      const picked = new Set<string>(edges);
      const ends = doc.edges.filter((e) => picked.has(e.id)).flatMap((e) => [e.source, e.target]);
      store.set({
        selection: { nodes: [...ids], edges: [...edges] },
        focus: { ids: [...new Set([...ids, ...ends])], at: Date.now(), mode: "fit" },
      });
    },
    /** Selects parts (and connections) and pans to them only if one is off screen; the zoom stays. */
    reveal(selection: Selection) {
      store.set({ selection, focus: { ids: selection.nodes, at: Date.now(), mode: "reveal" } });
    },
    /** Selects a part and opens its findings in the inspector (the badge on a part asks for it). */
    showFindings(id: NodeId) {
      store.set((s) => ({
        selection: { nodes: [id], edges: [] },
        sideTab: "inspector",
        ...(s.sheet === "palette" || !s.sheet ? { sheet: "side" as const } : {}),
        showFindingsAt: Date.now(),
      }));
    },
    /** Keeps (or, with `undefined`, drops) a refused property value the user typed. */
    setPropDraft(key: string, text: string | undefined) {
      store.set((s) => {
        if (s.propDrafts.get(key) === text) return {};
        const propDrafts = new Map(s.propDrafts);
        if (text === undefined) propDrafts.delete(key);
        else propDrafts.set(key, text);
        return { propDrafts };
      });
    },
  };
};

export type EditorActions = ReturnType<typeof editorActions>;
