/**
 * The optional interview clock of exercise mode: one budget per stage of a 45-minute
 * interview. The booklet sets no times; this split is mlsd's: setup is a few clarifying
 * questions (goal, metric, limits), data and serving each get a solid block, modeling the
 * largest (model choice, baselines, training, debugging, tuning, scaling), and a short
 * wrap-up for trade-offs and questions. Pure: every function takes the time it needs.
 */
export const TIMER_PLAN = [
  { id: "setup", title: "Project setup", minutes: 7 },
  { id: "data", title: "Data pipeline", minutes: 10 },
  { id: "modeling", title: "Modeling", minutes: 15 },
  { id: "serving", title: "Serving", minutes: 10 },
  { id: "wrap-up", title: "Wrap-up", minutes: 3 },
] as const;

export const TIMER_TOTAL_MINUTES = TIMER_PLAN.reduce((sum, s) => sum + s.minutes, 0);

const MINUTE = 60_000;

export interface TimerState {
  /** The stage being timed (an index into TIMER_PLAN); TIMER_PLAN.length once every stage is done. */
  stage: number;
  /** Milliseconds spent in each stage, not counting the run in progress. */
  spent: number[];
  /** While running: when the run in progress started (ms since the epoch). */
  since?: number;
}

export const newTimer = (): TimerState => ({ stage: 0, spent: TIMER_PLAN.map(() => 0) });

export const isRunning = (t: TimerState) => t.since !== undefined;
export const isFinished = (t: TimerState) => t.stage >= TIMER_PLAN.length;
export const isStarted = (t: TimerState) => isRunning(t) || t.stage > 0 || t.spent.some((ms) => ms > 0);

/** Time spent in a stage so far, the run in progress included. */
export const spentIn = (t: TimerState, stage: number, now: number): number =>
  (t.spent[stage] ?? 0) + (t.since !== undefined && stage === t.stage ? Math.max(0, now - t.since) : 0);

/** The run in progress folded into the stage's time: the clock stops. */
export const pause = (t: TimerState, now: number): TimerState => {
  if (t.since === undefined) return t;
  const spent = t.spent.map((ms, i) => (i === t.stage ? spentIn(t, i, now) : ms));
  return { stage: t.stage, spent };
};

export const start = (t: TimerState, now: number): TimerState => (isRunning(t) || isFinished(t) ? t : { ...t, since: now });

/** Ends the current stage and times the next one (still running if the clock was). */
export const nextStage = (t: TimerState, now: number): TimerState => {
  if (isFinished(t)) return t;
  const paused = pause(t, now);
  const stage = t.stage + 1;
  return isRunning(t) && stage < TIMER_PLAN.length ? { ...paused, stage, since: now } : { ...paused, stage };
};

export interface TimerView {
  running: boolean;
  finished: boolean;
  /** The stage being timed (undefined once finished). */
  current?: { index: number; title: string; spent: number; planned: number; remaining: number; over: boolean };
  total: { spent: number; planned: number };
}

export const viewTimer = (t: TimerState, now: number): TimerView => {
  const spent = TIMER_PLAN.reduce((sum, _, i) => sum + spentIn(t, i, now), 0);
  const view: TimerView = { running: isRunning(t), finished: isFinished(t), total: { spent, planned: TIMER_TOTAL_MINUTES * MINUTE } };
  const plan = TIMER_PLAN[t.stage];
  if (plan) {
    const planned = plan.minutes * MINUTE;
    const inStage = spentIn(t, t.stage, now);
    view.current = { index: t.stage, title: plan.title, spent: inStage, planned, remaining: planned - inStage, over: inStage > planned };
  }
  return view;
};

/** `m:ss` of a duration (its absolute value: the caller says "left" or "over"). */
export const formatClock = (ms: number): string => {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
};

/** A stored timer, checked: a damaged record gives a fresh timer rather than a broken clock. */
export const readTimer = (raw: unknown): TimerState | undefined => {
  if (typeof raw !== "object" || raw === null) return undefined;
  const { stage, spent, since } = raw as Record<string, unknown>;
  const count = (v: unknown) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  if (!Number.isInteger(stage) || (stage as number) < 0 || (stage as number) > TIMER_PLAN.length) return undefined;
  if (!Array.isArray(spent) || spent.length !== TIMER_PLAN.length || !spent.every(count)) return undefined;
  if (since !== undefined && !count(since)) return undefined;
  return { stage: stage as number, spent: [...(spent as number[])], ...(since === undefined ? {} : { since: since as number }) };
};
