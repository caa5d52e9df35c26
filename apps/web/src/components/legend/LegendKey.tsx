import type { Legend, LegendLine } from "@mlsd/scene";
import { KindIcon } from "../common/KindIcon.js";

/** A short line in the edge's colour and dash, with its arrowhead: as the canvas draws it. */
const LineSwatch = ({ line }: { line: LegendLine }) => (
  <svg className="legend-swatch" width="34" height="10" viewBox="0 0 34 10" aria-hidden="true">
    <line x1="1" y1="5" x2="26" y2="5" stroke={line.color} strokeWidth="1.75" strokeDasharray={line.dash} />
    <polygon points="33,5 25,1.5 25,8.5" fill={line.color} />
  </svg>
);

/**
 * The key to the drawing, from @mlsd/scene's legend model (the one the PDF handout's
 * legend uses): the kinds of lines, the marks on parts, the stage colours and, with
 * `parts`, the kinds of parts.
 */
export const LegendKey = ({ legend, parts = false }: { legend: Legend; parts?: boolean }) => (
  <div className="legend-key">
    <section aria-label="Lines">
      <h3 className="legend-heading">Lines</h3>
      <ul className="legend-list">
        {legend.lines.map((line) => (
          <li key={line.kind} title={line.description}>
            <LineSwatch line={line} />
            <span>
              {line.title}
              <span className="sr-only">: {line.description}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
    <section aria-label="Marks on parts">
      <h3 className="legend-heading">Marks on parts</h3>
      <ul className="legend-list">
        <li>
          <span className="legend-bar" aria-hidden="true" style={{ "--kind-color": legend.stages[2]?.color } as React.CSSProperties} />
          <span>Bar and icon: kind of part, in its stage’s colour</span>
        </li>
        <li>
          <span className="finding-badge is-sample" aria-hidden="true">
            2
          </span>
          <span>Review findings: click to read</span>
        </li>
        <li>
          <span className="pin is-sample" aria-hidden="true" />
          <span>Pinned: auto layout keeps it</span>
        </li>
      </ul>
    </section>
    <section aria-label="Stages">
      <h3 className="legend-heading">Stages</h3>
      <ul className="legend-list">
        {legend.stages.map((s) => (
          <li key={s.stage}>
            <span className="legend-stage" aria-hidden="true" style={{ "--stage-color": s.color } as React.CSSProperties} />
            <span>{s.title}</span>
          </li>
        ))}
      </ul>
    </section>
    {parts && legend.parts.length ? (
      <section aria-label="Kinds of parts" className="legend-parts">
        <h3 className="legend-heading">Kinds of parts</h3>
        <ul className="legend-list">
          {legend.parts.map((p) => (
            <li key={p.kind}>
              <KindIcon kind={p.kind} size={16} />
              <span>{p.title}</span>
            </li>
          ))}
        </ul>
      </section>
    ) : null}
  </div>
);
