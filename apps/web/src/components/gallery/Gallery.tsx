import { listCatalog } from "@mlsd/catalog";
import { useMemo, useState } from "react";
import { type CatalogFilter, filterCatalog, NO_FILTER } from "../../lib/catalogFilters.js";
import { go } from "../../lib/route.js";
import { useTheme } from "../../lib/theme.js";
import { ThemeToggle } from "../common/ThemeToggle.js";
import { ImportButton } from "../files/ImportButton.js";
import { CatalogCard } from "./CatalogCard.js";
import { CatalogFilters } from "./CatalogFilters.js";
import { MyDesigns } from "./MyDesigns.js";
import { StartExercise } from "./StartExercise.js";

const KIND_SINGULAR = { "case-study": "Case study", exercise: "Exercise", flow: "Project flow" } as const;
type EntryKind = keyof typeof KIND_SINGULAR;

export const Gallery = () => {
  const { theme } = useTheme();
  const entries = useMemo(() => listCatalog(), []);
  const [filter, setFilter] = useState<CatalogFilter>(NO_FILTER);
  const shown = useMemo(() => filterCatalog(entries, filter), [entries, filter]);

  return (
    <div className="gallery-page">
      <header className="app-header">
        <h1 className="brand">
          <span aria-hidden="true">◆</span> mlsd
        </h1>
        <p className="tagline">Draw, review and share machine-learning system designs.</p>
        <div className="header-actions">
          <button type="button" className="primary" onClick={() => go("#/new")}>
            New design
          </button>
          <ImportButton />
          <ThemeToggle />
        </div>
      </header>
      <main className="gallery">
        <MyDesigns />
        <section aria-labelledby="catalogue-title">
          <div className="section-head">
            <h2 id="catalogue-title">Catalogue</h2>
            <p className="muted" aria-live="polite">
              {shown.length === entries.length ? `${entries.length} designs` : `${shown.length} of ${entries.length} designs`}
            </p>
          </div>
          <CatalogFilters value={filter} onChange={setFilter} />
          {shown.length ? (
            <ul className="cards" aria-label="Catalogue entries">
              {shown.map((entry) => (
                <CatalogCard
                  key={entry.id}
                  entry={entry}
                  theme={theme}
                  kindLabel={KIND_SINGULAR[entry.kind as EntryKind]}
                  action={entry.kind === "exercise" ? <StartExercise id={entry.id} title={entry.title} /> : undefined}
                />
              ))}
            </ul>
          ) : (
            <p className="empty">
              No design matches these filters.{" "}
              <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
                Clear the filters
              </button>
            </p>
          )}
        </section>
      </main>
    </div>
  );
};
