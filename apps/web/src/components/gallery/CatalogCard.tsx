import type { listCatalog } from "@mlsd/catalog";
import type { ReactNode } from "react";
import { Thumbnail } from "./Thumbnail.js";

type Entry = ReturnType<typeof listCatalog>[number];

/** A catalogue entry; its title is the link ("Open <title>"), stretched over the whole card. */
export const CatalogCard = ({
  entry,
  theme,
  kindLabel,
  action,
}: {
  entry: Entry;
  theme: "light" | "dark";
  kindLabel: string;
  /** A second way in, beside the card's link (an exercise's "Start exercise"). */
  action?: ReactNode;
}) => (
  <li className="card">
    <Thumbnail id={entry.id} title={entry.title} theme={theme} />
    <div className="card-text">
      <span className="card-kind">{kindLabel}</span>
      <h3 className="card-title">
        <a href={`#/open/${entry.id}`} className="card-link" aria-label={`Open ${entry.title}`}>
          {entry.title}
        </a>
      </h3>
      <p className="card-meta">{[entry.org, entry.year, `${entry.nodeCount} parts`].filter(Boolean).join(" · ")}</p>
      <p className="card-summary">{entry.summary}</p>
      <ul className="tags" aria-label="Tags">
        {entry.tags.slice(0, 4).map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
    {action}
  </li>
);
