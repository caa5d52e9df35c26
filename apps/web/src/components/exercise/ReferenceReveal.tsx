import { type Document, KINDS, STAGES, type StageId } from "@mlsd/core";
import { nodeBadges, STAGE_COLORS } from "@mlsd/scene";
import { useId, useMemo, useState } from "react";
import { sourceRef } from "../../lib/compareSources.js";
import { revealedStages } from "../../lib/exerciseRecord.js";
import { referenceKey } from "../../lib/open.js";
import { compareHash, editHash } from "../../lib/route.js";
import { useTheme } from "../../lib/theme.js";
import { designSvg, svgDataUrl } from "../../lib/thumbnail.js";
import { useEditor } from "../../state/context.js";
import { Dialog } from "../common/Dialog.js";
import { KindIcon } from "../common/KindIcon.js";
import { useExerciseSession } from "./session.js";

const stageTitle = (stage: StageId) => STAGES.find((s) => s.id === stage)!.title;

/** The reference's parts and notes of one stage, in words. */
const RevealedStage = ({ doc, stage }: { doc: Document; stage: StageId }) => {
  const nodes = doc.nodes.filter((n) => n.stage === stage);
  const notes = doc.notes.filter((n) => n.stage === stage);
  const titleId = useId();
  return (
    <section className="ref-stage" aria-labelledby={titleId} style={{ "--stage-color": STAGE_COLORS[stage] } as React.CSSProperties}>
      <h4 id={titleId} className="ref-stage-title">
        {stageTitle(stage)} <span className="muted">· {nodes.length} parts</span>
      </h4>
      <ul className="ref-parts">
        {nodes.map((n) => {
          const badges = nodeBadges(n);
          return (
            <li key={n.id}>
              <KindIcon kind={n.kind} size={16} />
              <span>
                <span className="ref-part-label">{n.label}</span>
                <span className="muted small">
                  {" "}
                  · {KINDS[n.kind].title}
                  {badges.length ? ` · ${badges.join(", ")}` : ""}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {notes.map((note) => (
        <div key={note.id} className="ref-note">
          {note.title ? <strong>{note.title}</strong> : null}
          <p>{note.text}</p>
        </div>
      ))}
    </section>
  );
};

/** The revealed stages of the reference, drawn (the hidden ones stay empty frames). */
const RevealedDrawing = ({ doc, stages, onClose }: { doc: Document; stages: readonly StageId[]; onClose: () => void }) => {
  const { theme } = useTheme();
  const url = useMemo(() => {
    const shown = new Set(stages);
    const nodes = doc.nodes.filter((n) => shown.has(n.stage));
    const ids = new Set<string>(nodes.map((n) => n.id));
    const edges = doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    return svgDataUrl(designSvg({ ...doc, nodes, edges }, theme));
  }, [doc, stages, theme]);
  const what = stages.length === STAGES.length ? "all stages" : stages.map(stageTitle).join(", ");
  return (
    <Dialog title={`Reference drawing: ${what}`} onClose={onClose} wide>
      <img className="ref-drawing" src={url} alt={`The reference design, ${what}`} />
    </Dialog>
  );
};

/**
 * The reference, hidden until asked for, then revealed a stage at a time; once whole, it
 * can be compared with the learner's design or opened in the editor.
 */
export const ReferenceReveal = () => {
  const { record, update, reference, exerciseId } = useExerciseSession();
  const key = useEditor((s) => s.key);
  const [drawing, setDrawing] = useState(false);
  const titleId = useId();
  if (!record) return null;
  const stages = revealedStages(record);
  const next = STAGES[record.revealed];
  const reveal = (count: number) => update((r) => ({ ...r, revealed: count }));
  const doc = reference.state === "ready" ? reference.value : undefined;
  return (
    <section className="exercise-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="exercise-heading">
        Reference design
      </h3>
      <p className="exercise-warning">
        <strong>Not a secret.</strong> The reference comes with this page, so anyone can read it in the browser. For an exam, a teacher
        keeps references out of the link learners get.
      </p>
      {stages.length === 0 ? (
        <p className="small muted">
          Hidden until you ask. It is one strong answer, not the only one: try a stage yourself, then reveal the reference's version of it.
        </p>
      ) : null}
      {reference.state === "loading" ? <p className="small muted">Loading the reference…</p> : null}
      {reference.state === "failed" ? (
        <p className="field-error" role="alert">
          The reference could not be loaded: {reference.error}
        </p>
      ) : null}
      {doc ? stages.map((stage) => <RevealedStage key={stage} doc={doc} stage={stage} />) : null}
      <div className="button-row wrap">
        {next ? (
          <button type="button" onClick={() => reveal(record.revealed + 1)}>
            Reveal {stages.length ? "next: " : ""}
            {next.title}
          </button>
        ) : null}
        {stages.length > 0 && next ? (
          <button type="button" onClick={() => reveal(STAGES.length)}>
            Reveal all
          </button>
        ) : null}
        {doc && stages.length ? (
          <button type="button" onClick={() => setDrawing(true)}>
            View the drawing
          </button>
        ) : null}
        {!next ? (
          <>
            <a className="button primary" href={compareHash(sourceRef("design", key), sourceRef("reference", exerciseId))}>
              Compare with my design
            </a>
            <a className="button" href={editHash(referenceKey(exerciseId))}>
              Open the reference in the editor
            </a>
          </>
        ) : null}
        {stages.length ? (
          <button type="button" onClick={() => reveal(0)}>
            Hide the reference
          </button>
        ) : null}
      </div>
      {drawing && doc ? <RevealedDrawing doc={doc} stages={stages} onClose={() => setDrawing(false)} /> : null}
    </section>
  );
};
