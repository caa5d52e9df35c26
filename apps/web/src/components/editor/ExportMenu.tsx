import { useEffect, useRef } from "react";
import { exportDrawioFile, exportJson, exportMermaidFile, exportPng, exportSvg } from "../../lib/exportDesign.js";
import { exportPdf, pdfAvailable } from "../../lib/exportPdf.js";
import { useEditorContext } from "../../state/context.js";

/** A disclosure menu (<details>): keyboard-operable without extra code. */
export const ExportMenu = ({ theme }: { theme: "light" | "dark" }) => {
  const { store, actions } = useEditorContext();
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => {
      if (menu.current && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, []);
  const run = (what: string, job: () => unknown) => async () => {
    if (menu.current) menu.current.open = false;
    try {
      await job();
    } catch (e) {
      actions.notify(`${what} failed: ${e instanceof Error ? e.message : String(e)}`, "error");
    }
  };
  const doc = () => store.get().history.present;
  return (
    <details className="menu" ref={menu}>
      <summary className="button">Export</summary>
      <div className="menu-items">
        <button type="button" onClick={run("JSON export", () => exportJson(doc()))}>
          Export JSON (.mlsd.json)
        </button>
        <button type="button" onClick={run("SVG export", () => exportSvg(doc(), theme))}>
          Export SVG
        </button>
        <button type="button" onClick={run("PNG export", () => exportPng(doc(), theme))}>
          Export PNG
        </button>
        <button type="button" onClick={run("Mermaid export", () => exportMermaidFile(doc()))}>
          Export Mermaid (.mmd)
        </button>
        <button type="button" onClick={run("draw.io export", () => exportDrawioFile(doc()))}>
          Export draw.io (.drawio)
        </button>
        <button
          type="button"
          disabled={!pdfAvailable}
          title={pdfAvailable ? "A printable handout" : "PDF export is not available in this build yet"}
          onClick={run("PDF export", () => exportPdf(doc()))}
        >
          Export PDF handout
        </button>
      </div>
    </details>
  );
};
