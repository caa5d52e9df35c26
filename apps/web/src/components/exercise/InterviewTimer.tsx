import { useEffect, useId, useState } from "react";
import {
  formatClock,
  isRunning,
  isStarted,
  newTimer,
  nextStage,
  pause,
  start,
  TIMER_PLAN,
  TIMER_TOTAL_MINUTES,
  type TimerState,
  viewTimer,
} from "../../lib/timer.js";
import { useExerciseSession } from "./session.js";

const SPLIT = TIMER_PLAN.map((s) => `${s.id} ${s.minutes}`).join(" · ");

/** The optional interview clock: one budget per stage, pausable, remembered with the design. */
export const InterviewTimer = () => {
  const { record, update } = useExerciseSession();
  const titleId = useId();
  const timer = record?.timer;
  const running = !!timer && isRunning(timer);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(tick);
  }, [running]);
  if (!record) return null;

  const change = (step: (t: TimerState, now: number) => TimerState) =>
    update((r) => ({ ...r, timer: step(r.timer ?? newTimer(), Date.now()) }));
  const reset = () => update(({ timer: _dropped, ...rest }) => rest);

  const view = timer && isStarted(timer) ? viewTimer(timer, now) : undefined;
  return (
    <section className="exercise-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="exercise-heading">
        Interview clock
      </h3>
      {!view ? (
        <>
          <p className="small muted">
            Optional: a {TIMER_TOTAL_MINUTES}-minute interview, in minutes {SPLIT}. mlsd's suggested split; the booklet sets no times.
          </p>
          <button type="button" onClick={() => change(start)}>
            Start the clock
          </button>
        </>
      ) : (
        <>
          <div className={`timer-now${view.current?.over ? " is-over" : ""}`} role="timer" aria-label="Time in this stage">
            {view.current ? (
              <>
                <span className="timer-stage">{view.current.title}</span>
                <span className="timer-clock">
                  {formatClock(view.current.remaining)} {view.current.over ? "over" : "left"}
                </span>
              </>
            ) : (
              <span className="timer-stage">All stages done</span>
            )}
          </div>
          <p className="small muted" role="status">
            {view.finished ? "Finished" : view.running ? "Running" : "Paused"} · {formatClock(view.total.spent)} of {TIMER_TOTAL_MINUTES}:00
            in all
          </p>
          <ol className="timer-stages" aria-label="Stages of the interview">
            {TIMER_PLAN.map((s, i) => {
              const spent = i === view.current?.index ? view.current.spent : (timer!.spent[i] ?? 0);
              return (
                <li
                  key={s.id}
                  aria-current={i === view.current?.index ? "step" : undefined}
                  className={i < timer!.stage ? "is-done" : undefined}
                >
                  <span>{s.title}</span>
                  <span className="timer-spent">
                    {formatClock(spent)} / {s.minutes}:00
                  </span>
                </li>
              );
            })}
          </ol>
          <div className="button-row wrap">
            {view.finished ? null : running ? (
              <button type="button" onClick={() => change(pause)}>
                Pause
              </button>
            ) : (
              <button type="button" onClick={() => change(start)}>
                Resume
              </button>
            )}
            {view.finished ? null : (
              <button type="button" onClick={() => change(nextStage)}>
                {view.current && view.current.index === TIMER_PLAN.length - 1 ? "Finish" : "Next stage"}
              </button>
            )}
            <button type="button" onClick={reset} aria-label="Reset the clock">
              Reset
            </button>
          </div>
          <p className="small muted">The clock pauses when you leave the editor.</p>
        </>
      )}
    </section>
  );
};
