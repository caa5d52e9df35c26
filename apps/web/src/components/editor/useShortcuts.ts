import { useEffect } from "react";
import { useEditorContext } from "../../state/context.js";
import { useFit } from "../canvas/useFit.js";
import { cycleRegion } from "./regions.js";
import { useAutoLayout } from "./useAutoLayout.js";
import { useClipboard } from "./useClipboard.js";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

type Command = "undo" | "redo" | "copy" | "cut" | "paste" | "duplicate" | "selectAll" | "delete" | "help" | "escape" | "layout" | "fit";

const MOD_KEYS: Record<string, Command> = { c: "copy", x: "cut", v: "paste", d: "duplicate", a: "selectAll" };
const PLAIN_KEYS: Record<string, Command> = { Delete: "delete", Backspace: "delete", "?": "help", Escape: "escape", l: "layout", f: "fit" };

const pick = (e: KeyboardEvent, key: string, mod: boolean): Command | undefined => {
  if (mod && key === "z") return e.shiftKey ? "redo" : "undo";
  if (e.ctrlKey && key === "y") return "redo";
  if (mod) return MOD_KEYS[key];
  if (e.altKey) return undefined;
  return PLAIN_KEYS[e.key] ?? PLAIN_KEYS[key];
};

/** The editor's keyboard shortcuts (listed in the help dialog). Typing in a field is left alone. */
export const useShortcuts = (onHelp: () => void) => {
  const { store, actions } = useEditorContext();
  const clipboard = useClipboard();
  const { fitDesign } = useFit();
  const { run: autoLayout } = useAutoLayout();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector("dialog[open]")) return;
      // F6 moves between regions from anywhere, a text field included.
      if (e.key === "F6") {
        e.preventDefault();
        cycleRegion(e.shiftKey ? -1 : 1);
        return;
      }
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      const command = pick(e, key, mod);
      if (!command) return;
      if (command !== "copy" && command !== "escape") e.preventDefault();
      const run: Record<Command, () => unknown> = {
        undo: actions.undo,
        redo: actions.redo,
        copy: clipboard.copy,
        cut: clipboard.cut,
        paste: clipboard.paste,
        duplicate: clipboard.duplicate,
        selectAll: clipboard.selectAll,
        delete: clipboard.removeSelection,
        help: onHelp,
        // Escape closes an open sheet first (narrow screens), then clears the selection.
        escape: () => (store.get().sheet ? store.set({ sheet: undefined }) : actions.select({ nodes: [], edges: [] })),
        layout: autoLayout,
        fit: () => fitDesign(undefined, 300),
      };
      void run[command]();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, actions, clipboard, fitDesign, onHelp, autoLayout]);
};
