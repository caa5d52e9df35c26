import { useEffect, useRef } from "react";
import { useImport } from "./useImport.js";

/** "Import" opens a file picker; dropping a file anywhere on the window imports it too. */
export const ImportButton = ({ className }: { className?: string }) => {
  const input = useRef<HTMLInputElement>(null);
  const { importFile, dialog } = useImport();
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void importFile(file);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [importFile]);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => input.current?.click()}
        title="Import a .mlsd.json file or a Mermaid flowchart (.mmd, or Markdown with a ```mermaid block); or drop it on the window"
      >
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.mlsd.json,application/json,.mmd,.mermaid,.md,.markdown,text/markdown"
        hidden
        aria-label="Import a design file or a Mermaid flowchart"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void importFile(file);
        }}
      />
      {dialog}
    </>
  );
};
