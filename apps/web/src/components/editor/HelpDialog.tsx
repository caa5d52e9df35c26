import { legendOf } from "@mlsd/scene";
import { useTheme } from "../../lib/theme.js";
import { useEditor } from "../../state/context.js";
import { Dialog } from "../common/Dialog.js";
import { LegendKey } from "../legend/LegendKey.js";

const mod = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";

export const SHORTCUTS: readonly [string, string][] = [
  [`${mod}+Z`, "Undo"],
  [`${mod}+Shift+Z or Ctrl+Y`, "Redo"],
  [`${mod}+C / ${mod}+X / ${mod}+V`, "Copy, cut, paste (also into another design)"],
  [`${mod}+D`, "Duplicate the selection"],
  [`${mod}+A`, "Select everything"],
  ["Delete or Backspace", "Delete the selection"],
  ["Shift+click", "Add to the selection"],
  ["Shift+drag on the canvas", "Select with a box"],
  ["F6 / Shift+F6", "Move between the toolbar, palette, canvas and inspector"],
  ["Tab / Shift+Tab", "Move focus between parts on the canvas"],
  ["Enter or Space", "Select the focused part"],
  ["Arrow keys", "Move the selected parts (Shift: further)"],
  ["L", "Auto layout"],
  ["F", "Fit the design in view"],
  ["Escape", "Close a sheet or dialog, clear the selection"],
  ["?", "This help"],
];

/** The shortcuts and the key to the drawing (the canvas legend's, with the kinds of parts this design uses). */
export const HelpDialog = ({ onClose }: { onClose: () => void }) => {
  const doc = useEditor((s) => s.history.present);
  const { theme } = useTheme();
  const legend = { ...legendOf(doc, { theme }), lines: legendOf(doc, { theme, all: true }).lines };
  return (
    <Dialog title="Keyboard shortcuts and legend" onClose={onClose} wide>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Drag a part from the palette onto a stage, or click it to add it. Drag from the right handle of one part to the left handle of
        another to connect them. A part you drag is pinned: auto layout leaves it where it is until you unpin it in the inspector.
      </p>
      <h3 className="help-heading">Legend</h3>
      <LegendKey legend={legend} parts />
    </Dialog>
  );
};
