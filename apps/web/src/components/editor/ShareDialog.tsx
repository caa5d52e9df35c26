import { useMemo, useState } from "react";
import { shareUrl } from "../../lib/share.js";
import { useEditorContext } from "../../state/context.js";
import { Dialog } from "../common/Dialog.js";

export const ShareDialog = ({ onClose }: { onClose: () => void }) => {
  const { store } = useEditorContext();
  const url = useMemo(() => shareUrl(store.get().history.present, window.location.href), [store]);
  const [copied, setCopied] = useState<string>();
  return (
    <Dialog title="Share link" onClose={onClose} wide>
      <p>Anyone who opens this link gets their own editable copy of the design. The design travels inside the link itself.</p>
      <label className="field">
        <span>Link ({url.length.toLocaleString("en-US")} characters)</span>
        <input readOnly value={url} onFocus={(e) => e.target.select()} aria-label="Share link" />
      </label>
      <div className="dialog-actions">
        <span role="status">{copied}</span>
        <button
          type="button"
          className="primary"
          onClick={() =>
            navigator.clipboard.writeText(url).then(
              () => setCopied("Copied to the clipboard."),
              () => setCopied("Copy failed: select the link and copy it by hand."),
            )
          }
        >
          Copy link
        </button>
      </div>
    </Dialog>
  );
};
