import { listCatalog } from "@mlsd/catalog";
import { useEffect, useId, useRef, useState } from "react";
import { keepImportedFile, type SourceResult, sourceRef } from "../../lib/compareSources.js";
import { type ImportResult, readDesignFile } from "../../lib/importFile.js";
import { type DesignMeta, listDesigns } from "../../state/storage.js";
import { ImportErrorDialog } from "../files/ImportErrorDialog.js";

const IMPORT = "import:";

type Failure = Extract<ImportResult, { ok: false }>;

/**
 * Chooses one side of a comparison: a design of "My designs", the reference or catalogue
 * original of a side open now, or a file to import (checked as any import is; a bad file
 * only opens the error dialog).
 */
export const SourcePicker = ({
  label,
  value,
  sides,
  onPick,
}: {
  label: string;
  /** The side's source reference, if chosen. */
  value: string | undefined;
  /** Both sides as loaded, for their titles and what they offer to compare with. */
  sides: readonly (SourceResult | undefined)[];
  onPick: (ref: string) => void;
}) => {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [designs, setDesigns] = useState<DesignMeta[]>([]);
  const [failure, setFailure] = useState<Failure>();
  useEffect(() => {
    listDesigns().then(setDesigns, () => setDesigns([]));
  }, []);

  const titles = new Map(listCatalog().map((e) => [e.id, e.title]));
  const loaded = sides.filter((s): s is Extract<SourceResult, { doc: unknown }> => !!s && "doc" in s);
  const options = new Map<string, string>();
  for (const s of loaded) options.set(s.ref, s.title);
  const mine = designs.map((d) => [sourceRef("design", d.key), d.title] as const);
  const related = new Map<string, string>();
  for (const s of loaded) {
    if (s.exercise) related.set(sourceRef("reference", s.exercise), `Reference: ${titles.get(s.exercise) ?? s.exercise}`);
    if (s.catalogId) related.set(sourceRef("catalog", s.catalogId), `${titles.get(s.catalogId) ?? s.catalogId} (catalogue)`);
  }
  const shown = new Set([...mine.map(([ref]) => ref), ...related.keys()]);
  const others = [...options].filter(([ref]) => !shown.has(ref));

  return (
    <div className="source-picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => {
          const ref = e.target.value;
          if (ref === IMPORT) input.current?.click();
          else if (ref) onPick(ref);
        }}
      >
        {value ? null : <option value="">Choose a design…</option>}
        {others.map(([ref, title]) => (
          <option key={ref} value={ref}>
            {title}
          </option>
        ))}
        {related.size ? (
          <optgroup label="Reference and original">
            {[...related].map(([ref, title]) => (
              <option key={ref} value={ref}>
                {title}
              </option>
            ))}
          </optgroup>
        ) : null}
        {mine.length ? (
          <optgroup label="My designs">
            {mine.map(([ref, title]) => (
              <option key={ref} value={ref}>
                {title}
              </option>
            ))}
          </optgroup>
        ) : null}
        <option value={IMPORT}>Import a file…</option>
      </select>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.mlsd.json,application/json,.mmd,.mermaid,.md,.markdown,text/markdown"
        aria-label={`Import a design file to compare (${label.toLowerCase()})`}
        data-testid={`compare-import-${label.toLowerCase()}`}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          const result = await readDesignFile(file);
          if (result.ok) onPick(keepImportedFile(result.doc));
          else setFailure(result);
        }}
      />
      {failure ? <ImportErrorDialog fileName={failure.fileName} error={failure.error} onClose={() => setFailure(undefined)} /> : null}
    </div>
  );
};
