import { LIMITS } from "@mlsd/core";
import { useState } from "react";
import { Dialog } from "../common/Dialog.js";

export const RenameDialog = ({ title, onRename, onCancel }: { title: string; onRename: (t: string) => void; onCancel: () => void }) => {
  const [value, setValue] = useState(title);
  const trimmed = value.trim();
  return (
    <Dialog title="Rename design" onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (trimmed) onRename(trimmed);
        }}
      >
        <label className="field">
          <span>Title</span>
          <input autoFocus value={value} maxLength={LIMITS.titleLength} onChange={(e) => setValue(e.target.value)} />
        </label>
        {trimmed ? null : <p className="field-error">A title cannot be empty.</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!trimmed}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
};
