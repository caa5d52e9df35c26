import { CheckPanel } from "./CheckPanel.js";
import { InterviewTimer } from "./InterviewTimer.js";
import { ReferenceReveal } from "./ReferenceReveal.js";
import { useExerciseSession } from "./session.js";
import "./exercise.css";

/** The side panel's Exercise tab: the prompt, the clock, the check, and the reference on request. */
export const ExercisePanel = () => {
  const { exercise, isReference } = useExerciseSession();
  const loaded = exercise.state === "ready" ? exercise.value : undefined;
  return (
    <section className="exercise" aria-label="Exercise">
      <h2 className="panel-title">{isReference ? "Exercise reference" : "Exercise"}</h2>
      {loaded ? (
        <>
          <p className="exercise-title">{loaded.title}</p>
          <p className="exercise-prompt">{loaded.prompt}</p>
        </>
      ) : exercise.state === "loading" ? (
        <p className="small muted">Loading the exercise…</p>
      ) : null}
      {isReference ? (
        <p className="small muted">This is the exercise's reference design. Check it to see which of its parts meet each rubric item.</p>
      ) : (
        <InterviewTimer />
      )}
      <CheckPanel />
      {isReference ? null : <ReferenceReveal />}
    </section>
  );
};
