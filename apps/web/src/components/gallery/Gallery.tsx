import { listCatalog } from "@mlsd/catalog";
import { STAGES, type StageId } from "@mlsd/core";
import { useMemo, useState } from "react";
import { go } from "../../lib/route.js";
import { useTheme } from "../../lib/theme.js";
import { ThemeToggle } from "../common/ThemeToggle.js";
import { ImportButton } from "../files/ImportButton.js";
import { CatalogCard } from "./CatalogCard.js";
import { MyDesigns } from "./MyDesigns.js";
import { StartExercise } from "./StartExercise.js";

const KIND_LABELS = { "case-study": "Case studies", exercise: "Exercises", flow: "Project flow" } as const;
const KIND_SINGULAR = { "case-study": "Case study", exercise: "Exercise", flow: "Project flow" } as const;
type EntryKind = keyof typeof KIND_LABELS;

export const Gallery = () => {
  const { theme } = useTheme();
  const entries = useMemo(() => listCatalog(), []);
  const [query, setQuery] = useState("");
  const [tag, setTag] = useState("");
  const [stage, setStage] = useState<StageId | "">("");
  const [kind, setKind] = useState<EntryKind | "">("");
  const tags = useMemo(() => [...new Set(entries.flatMap((e) => e.tags))].sort(), [entries]);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return entries.filter((e) => {
      const text = `${e.title} ${e.org ?? ""} ${e.summary} ${e.tags.join(" ")} ${e.year ?? ""}`.toLowerCase();
      return (
        words.every((w) => text.includes(w)) &&
        (!tag || e.tags.includes(tag)) &&
        (!stage || e.stages.includes(stage)) &&
        (!kind || e.kind === kind)
      );
    });
  }, [entries, query, tag, stage, kind]);

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
          <form className="filters" aria-label="Filter the catalogue" onSubmit={(e) => e.preventDefault()}>
            <input
              type="search"
              aria-label="Search the catalogue"
              placeholder="Search by title, company or tag"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <select aria-label="Filter by type" value={kind} onChange={(e) => setKind(e.target.value as EntryKind | "")}>
              <option value="">All types</option>
              {Object.entries(KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <select aria-label="Filter by stage" value={stage} onChange={(e) => setStage(e.target.value as StageId | "")}>
              <option value="">All stages</option>
              {STAGES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </form>
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
            <p className="empty">No design matches these filters.</p>
          )}
        </section>
      </main>
    </div>
  );
};
