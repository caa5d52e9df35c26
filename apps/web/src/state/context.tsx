import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type EditorActions, type EditorState, type EditorStore, editorActions } from "./editor.js";
import { useStore } from "./store.js";

interface EditorContextValue {
  store: EditorStore;
  actions: EditorActions;
}

const EditorContext = createContext<EditorContextValue | null>(null);

export const EditorProvider = ({ store, children }: { store: EditorStore; children: ReactNode }) => {
  const value = useMemo(() => ({ store, actions: editorActions(store) }), [store]);
  return <EditorContext.Provider value={value}>{children}</EditorContext.Provider>;
};

export const useEditorContext = (): EditorContextValue => {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditorContext outside <EditorProvider>");
  return value;
};

/** The editor around a component, or null where there is none (the comparison view draws the canvas's parts too). */
export const useEditorContextIfAny = (): EditorContextValue | null => useContext(EditorContext);

/** Subscribes a component to one slice of the editor state. */
export const useEditor = <T,>(selector: (s: EditorState) => T): T => useStore(useEditorContext().store, selector);
