import "./startExercise.css";

/** An exercise card's second way in: practise it (your own copy, a rubric check, the reference on request). */
export const StartExercise = ({ id, title }: { id: string; title: string }) => (
  <div className="card-actions">
    <a className="button primary" href={`#/exercise/${id}`} aria-label={`Start exercise: ${title}`}>
      Start exercise
    </a>
  </div>
);
