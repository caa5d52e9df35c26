import { useId, useMemo, useRef, useState } from "react";
import { download } from "../../lib/download.js";
import { elementSnippet, embedFileName, embedJson, reactSnippet, svgSnippet } from "../../lib/embed.js";
import { useEditorContext } from "../../state/context.js";
import { Dialog } from "../common/Dialog.js";

/** One snippet: read-only code, a Copy button (clipboard, else the text is selected for Ctrl+C), and maybe a download. */
const Snippet = ({ name, hint, code, onDownload }: { name: string; hint: string; code: string; onDownload?: () => void }) => {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const selectAll = () => {
    area.current?.focus();
    area.current?.select();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus("Copied to the clipboard.");
    } catch {
      selectAll();
      setStatus("Selected: press Ctrl+C (⌘C) to copy.");
    }
  };
  return (
    <section className="embed-snippet" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{name}</h3>
      <p className="embed-hint">{hint}</p>
      <textarea
        ref={area}
        className="embed-code"
        readOnly
        spellCheck={false}
        rows={Math.max(3, Math.min(9, code.trimEnd().split("\n").length))}
        value={code}
        aria-label={`${name} snippet`}
        onFocus={(e) => e.target.select()}
      />
      <div className="dialog-actions">
        <span role="status">{status}</span>
        {onDownload ? (
          <button type="button" onClick={onDownload} aria-label={`Download .mlsd.json for ${name}`}>
            Download .mlsd.json
          </button>
        ) : null}
        <button type="button" className="primary" onClick={() => void copy()} aria-label={`Copy ${name} snippet`}>
          Copy
        </button>
      </div>
    </section>
  );
};

/** Copy-paste snippets for the design on screen: React, the web component, a static SVG. */
export const EmbedDialog = ({ theme, onClose }: { theme: "light" | "dark"; onClose: () => void }) => {
  const { store } = useEditorContext();
  const doc = useMemo(() => store.get().history.present, [store]);
  const snippets = useMemo(() => ({ react: reactSnippet(doc), element: elementSnippet(doc), svg: svgSnippet(doc, theme) }), [doc, theme]);
  const saveJson = () => download(new Blob([embedJson(doc)], { type: "application/json" }), embedFileName(doc));
  return (
    <Dialog title="Embed" onClose={onClose} wide>
      <p>Put this design on another page. Every snippet carries the layout you see here.</p>
      <Snippet
        name="React"
        hint={`Save the design as ${embedFileName(doc)} beside your component.`}
        code={snippets.react}
        onDownload={saveJson}
      />
      <Snippet
        name="Web component"
        hint="Any HTML page: the design travels inside the tag."
        code={snippets.element}
        onDownload={saveJson}
      />
      <Snippet name="Static SVG" hint={`The drawing itself (${theme} theme), no script needed.`} code={snippets.svg} />
    </Dialog>
  );
};
