import { Dialog } from "../common/Dialog.js";

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
  ["Tab / Shift+Tab", "Move focus between parts on the canvas"],
  ["Enter or Space", "Select the focused part"],
  ["Arrow keys", "Move the selected parts (Shift: further)"],
  ["L", "Auto layout"],
  ["F", "Fit the design in view"],
  ["Escape", "Clear the selection, close a dialog"],
  ["?", "This help"],
];

export const HelpDialog = ({ onClose }: { onClose: () => void }) => (
  <Dialog title="Keyboard shortcuts" onClose={onClose}>
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
      Drag a part from the palette onto a stage, or click it to add it. Drag from the right handle of one part to the left handle of another
      to connect them. A part you drag is pinned: auto layout leaves it where it is until you unpin it in the inspector.
    </p>
  </Dialog>
);
