import type { NodeKind } from "@mlsd/core";
import { type CatalogFilter, PARTS, partTitle, SERVING, SIZES, TASKS } from "../../lib/catalogFilters.js";

const TYPES = { "case-study": "Case studies", exercise: "Exercises", flow: "Project flow" } as const;

/** Search and the filters that tell catalogue designs apart (see lib/catalogFilters.ts). */
export const CatalogFilters = ({ value, onChange }: { value: CatalogFilter; onChange: (next: CatalogFilter) => void }) => {
  const set = (patch: Partial<CatalogFilter>) => onChange({ ...value, ...patch });
  return (
    <form className="filters" aria-label="Filter the catalogue" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search"
        className="filters-search"
        aria-label="Search the catalogue"
        placeholder="Search by title, company or tag"
        value={value.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <select aria-label="Filter by type" value={value.type} onChange={(e) => set({ type: e.target.value as CatalogFilter["type"] })}>
        <option value="">All types</option>
        {Object.entries(TYPES).map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </select>
      <select aria-label="Filter by task" value={value.task} onChange={(e) => set({ task: e.target.value })}>
        <option value="">Any task</option>
        {TASKS.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
      <select aria-label="Filter by serving" value={value.serving} onChange={(e) => set({ serving: e.target.value })}>
        <option value="">Any serving</option>
        {SERVING.map((s) => (
          <option key={s.id} value={s.id}>
            Serves {s.title.toLowerCase()}
          </option>
        ))}
      </select>
      <select aria-label="Filter by part" value={value.part} onChange={(e) => set({ part: e.target.value as NodeKind | "" })}>
        <option value="">Any parts</option>
        {PARTS.map((k) => (
          <option key={k} value={k}>
            Has {partTitle(k).toLowerCase()}
          </option>
        ))}
      </select>
      <select aria-label="Filter by size" value={value.size} onChange={(e) => set({ size: e.target.value })}>
        <option value="">Any size</option>
        {SIZES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    </form>
  );
};
