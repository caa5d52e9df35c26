import { STAGES, type StageId } from "@mlsd/core";
import { readTimer, type TimerState } from "./timer.js";

/**
 * What exercise mode remembers of a design, beside it in the browser (never in the
 * document): how many stages of the reference the learner has revealed, in the stages'
 * order, and the interview timer.
 */
export interface ExerciseRecord {
  revealed: number;
  timer?: TimerState;
}

export const EMPTY_RECORD: ExerciseRecord = { revealed: 0 };

/** The stages of the reference shown so far, in order. */
export const revealedStages = (record: ExerciseRecord): StageId[] => STAGES.slice(0, record.revealed).map((s) => s.id);

/** A stored record, checked; a damaged one reads as a fresh start rather than breaking the panel. */
export const readExerciseRecord = (raw: unknown): ExerciseRecord => {
  if (typeof raw !== "object" || raw === null) return EMPTY_RECORD;
  const { revealed, timer } = raw as Record<string, unknown>;
  const count = Number.isInteger(revealed) ? Math.min(Math.max(revealed as number, 0), STAGES.length) : 0;
  const clock = readTimer(timer);
  return { revealed: count, ...(clock ? { timer: clock } : {}) };
};
