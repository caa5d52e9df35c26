import { ReactFlowProvider } from "@xyflow/react";
import { useCallback, useEffect, useMemo, useState } from "react";
import { loadSource, type Source, type SourceResult } from "../../lib/compareSources.js";
import { buildComparison, type ComparisonEntry, countDifferences, type Difference } from "../../lib/comparison.js";
import { compareHash, editHash, go } from "../../lib/route.js";
import { ThemeToggle } from "../common/ThemeToggle.js";
import { CompareCanvas, type PartSelection } from "./CompareCanvas.js";
import { DiffIcon, STATUS_TEXT } from "./DiffIcon.js";
import { DiffList } from "./DiffList.js";
import { SourcePicker } from "./SourcePicker.js";
import "./compare.css";

const NOTHING: PartSelection = { nodes: [], edges: [] };
const ORDER: Difference[] = ["added", "removed", "changed", "moved"];

const isSource = (s: SourceResult | undefined): s is Source => !!s && "doc" in s;

/**
 * Two designs as one drawing (`#/compare/<before>/<after>`): the second design's parts
 * where it draws them, the first's removed parts ghosted, every difference marked with a
 * colour, an icon and a word, and the list beside it.
 */
export const ComparePage = ({ before, after }: { before: string; after?: string | undefined }) => {
  const [sides, setSides] = useState<{ before?: SourceResult; after?: SourceResult }>({});
  const [selected, setSelected] = useState<PartSelection>(NOTHING);
  const [focus, setFocus] = useState<{ ids: readonly string[]; at: number }>();

  useEffect(() => {
    let live = true;
    void loadSource(before).then((s) => live && setSides((x) => ({ ...x, before: s })));
    if (after) void loadSource(after).then((s) => live && setSides((x) => ({ ...x, after: s })));
    return () => {
      live = false;
    };
  }, [before, after]);

  const [b, a] = [sides.before, sides.after];
  const comparison = useMemo(() => (isSource(b) && isSource(a) ? buildComparison(b.doc, a.doc) : undefined), [b, a]);
  const counts = comparison ? countDifferences(comparison.entries) : undefined;

  const choose = useCallback(
    (entry: ComparisonEntry) => {
      setSelected(entry.select);
      if (!comparison) return;
      const edges = new Set(entry.select.edges);
      const ends = comparison.drawing.edges.filter((e) => edges.has(e.id)).flatMap((e) => [e.source, e.target]);
      setFocus({ ids: [...new Set([...entry.select.nodes, ...ends])], at: Date.now() });
    },
    [comparison],
  );

  const back = isSource(b) && b.editKey ? { href: editHash(b.editKey), text: "Back to the design" } : { href: "#/", text: "Gallery" };
  const names = { before: isSource(b) ? b.title : "before", after: isSource(a) ? a.title : "after" };
  const errors = [b, a].filter((s): s is { ref: string; error: string } => !!s && "error" in s);

  return (
    <div className="compare-page">
      <header className="compare-header">
        <a href={back.href} className="button">
          ← {back.text}
        </a>
        <h1 className="compare-title">Compare designs</h1>
        <div className="compare-sides">
          <SourcePicker label="Before" value={before} sides={[b, a]} onPick={(ref) => go(compareHash(ref, after))} />
          <button
            type="button"
            onClick={() => after && go(compareHash(after, before))}
            disabled={!after}
            aria-label="Swap before and after"
            title="Swap before and after"
          >
            ⇄ Swap
          </button>
          <SourcePicker label="After" value={after} sides={[b, a]} onPick={(ref) => go(compareHash(before, ref))} />
        </div>
        <ThemeToggle />
      </header>
      {errors.map((e) => (
        <p key={e.ref} className="field-error compare-error" role="alert">
          {e.error}
        </p>
      ))}
      {!after ? (
        <p className="compare-empty">
          Choose the design to compare “{names.before}” with: a design of yours, its reference or original, or a file.
        </p>
      ) : null}
      {after && !comparison && !errors.length ? (
        <p className="compare-empty" aria-busy="true">
          Loading the designs…
        </p>
      ) : null}
      {comparison && counts ? (
        <>
          <ul className="compare-legend" aria-label="Legend">
            {ORDER.map((status) => (
              <li key={status} className={`diff-text-${status}`}>
                <span className={`diff-badge diff-badge-${status}`}>
                  <DiffIcon status={status} size={11} />
                  {STATUS_TEXT[status]}
                </span>{" "}
                <span className="compare-legend-count">{counts[status]}</span>
              </li>
            ))}
            <li className="muted">
              Removed parts are ghosted (dashed) where they were, or at the foot of their stage when that spot is taken.
            </li>
          </ul>
          <div className="compare-body">
            <ReactFlowProvider>
              <CompareCanvas comparison={comparison} selected={selected} onSelect={setSelected} focus={focus} />
            </ReactFlowProvider>
            <DiffList entries={comparison.entries} names={names} selected={selected} onChoose={choose} />
          </div>
        </>
      ) : null}
    </div>
  );
};
