import type { Document } from "@mlsd/core";
import { useEffect, useState } from "react";
import { originalOf } from "../../lib/open.js";
import { useEditorContext } from "../../state/context.js";
import { Dialog } from "../common/Dialog.js";

type Link = { url: string; limit: number } | { error: string };

/** The link is made on demand (the compression code loads with it); a copy of a catalogue entry travels as its changes. */
const makeLink = async (doc: Document, catalogId?: string): Promise<Link> => {
  const { shareUrl, LONG_LINK_CHARS } = await import("../../lib/share.js");
  const base = catalogId ? { id: catalogId, doc: await originalOf(catalogId).catch(() => undefined) } : undefined;
  const url = shareUrl(doc, window.location.href, base?.doc ? { id: base.id, doc: base.doc } : undefined);
  return { url, limit: LONG_LINK_CHARS };
};

export const ShareDialog = ({ onClose }: { onClose: () => void }) => {
  const { store } = useEditorContext();
  const [link, setLink] = useState<Link>();
  const [copied, setCopied] = useState<string>();
  useEffect(() => {
    let live = true;
    const { history, origin } = store.get();
    makeLink(history.present, origin.catalogId).then(
      (l) => live && setLink(l),
      (e: unknown) => live && setLink({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [store]);
  const url = link && "url" in link ? link.url : "";
  return (
    <Dialog title="Share link" onClose={onClose} wide>
      <p>
        Anyone who opens this link sees the design and gets their own copy when they change it. The design travels inside the link itself.
      </p>
      {link && "error" in link ? (
        <p role="alert">The link could not be made: {link.error}</p>
      ) : (
        <label className="field">
          <span>Link{url ? ` (${url.length.toLocaleString("en-US")} characters)` : ""}</span>
          <input readOnly value={url} placeholder="Making the link…" onFocus={(e) => e.target.select()} aria-label="Share link" />
        </label>
      )}
      {link && "url" in link && link.url.length > link.limit ? (
        <p className="muted" data-testid="long-link">
          This link is long: some chat tools and mail clients cut or refuse links over {link.limit.toLocaleString("en-US")} characters. If
          it arrives broken, send the design as a file instead (Export → JSON).
        </p>
      ) : null}
      <div className="dialog-actions">
        <span role="status">{copied}</span>
        <button
          type="button"
          className="primary"
          disabled={!url}
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
