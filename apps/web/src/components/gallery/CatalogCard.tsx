import type { listCatalog } from "@mlsd/catalog";
import { Thumbnail } from "./Thumbnail.js";

type Entry = ReturnType<typeof listCatalog>[number];

export const CatalogCard = ({ entry, theme, kindLabel }: { entry: Entry; theme: "light" | "dark"; kindLabel: string }) => (
  <li className="card">
    <a href={`#/open/${entry.id}`} className="card-link" aria-label={`Open ${entry.title}`}>
      <Thumbnail id={entry.id} title={entry.title} theme={theme} />
      <div className="card-text">
        <span className="card-kind">{kindLabel}</span>
        <h3 className="card-title">{entry.title}</h3>
        <p className="card-meta">{[entry.org, entry.year, `${entry.nodeCount} parts`].filter(Boolean).join(" · ")}</p>
        <p className="card-summary">{entry.summary}</p>
        <ul className="tags" aria-label="Tags">
          {entry.tags.slice(0, 4).map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </div>
    </a>
  </li>
);
