import { describe, expect, it } from "vitest";
import {
  formatClock,
  isFinished,
  isStarted,
  newTimer,
  nextStage,
  pause,
  readTimer,
  spentIn,
  start,
  TIMER_PLAN,
  TIMER_TOTAL_MINUTES,
  viewTimer,
} from "./timer.js";

const MIN = 60_000;

describe("interview timer", () => {
  it("splits a 45-minute interview over the four stages and a wrap-up", () => {
    expect(TIMER_TOTAL_MINUTES).toBe(45);
    expect(TIMER_PLAN.map((s) => s.id)).toEqual(["setup", "data", "modeling", "serving", "wrap-up"]);
  });

  it("counts only while running and keeps what was spent across a pause", () => {
    let t = start(newTimer(), 1000);
    expect(spentIn(t, 0, 1000 + 2 * MIN)).toBe(2 * MIN);
    t = pause(t, 1000 + 2 * MIN);
    expect(t.since).toBeUndefined();
    // Paused: time passes, nothing is counted.
    expect(spentIn(t, 0, 1000 + 30 * MIN)).toBe(2 * MIN);
    t = start(t, 1000 + 30 * MIN);
    expect(spentIn(t, 0, 1000 + 31 * MIN)).toBe(3 * MIN);
  });

  it("tells how much of the stage is left, and how far over it went", () => {
    const t = start(newTimer(), 0);
    const early = viewTimer(t, 5 * MIN).current!;
    expect(early).toMatchObject({ index: 0, title: "Project setup", remaining: 2 * MIN, over: false });
    const late = viewTimer(t, 9 * MIN).current!;
    expect(late).toMatchObject({ remaining: -2 * MIN, over: true });
  });

  it("moves to the next stage, still running, and the last stage ends the clock", () => {
    let t = start(newTimer(), 0);
    t = nextStage(t, 4 * MIN);
    expect(t).toMatchObject({ stage: 1, since: 4 * MIN });
    expect(t.spent[0]).toBe(4 * MIN);
    for (let i = 1; i < TIMER_PLAN.length; i++) t = nextStage(t, (4 + i) * MIN);
    expect(isFinished(t)).toBe(true);
    expect(t.since).toBeUndefined();
    const view = viewTimer(t, 100 * MIN);
    expect(view.current).toBeUndefined();
    expect(view.total.spent).toBe((4 + TIMER_PLAN.length - 1) * MIN);
    // A finished clock does not start again (reset makes a new one).
    expect(start(t, 200 * MIN)).toBe(t);
  });

  it("a paused clock moves on paused", () => {
    const t = nextStage(newTimer(), 10);
    expect(t).toEqual({ stage: 1, spent: [0, 0, 0, 0, 0] });
    expect(isStarted(t)).toBe(true);
    expect(isStarted(newTimer())).toBe(false);
  });

  it("formats durations as minutes and seconds", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(7 * MIN)).toBe("7:00");
    expect(formatClock(-61_999)).toBe("1:01");
  });

  it("reads a stored timer back, and refuses a damaged one", () => {
    const t = pause(start(newTimer(), 0), 90_000);
    expect(readTimer(JSON.parse(JSON.stringify(t)))).toEqual(t);
    expect(readTimer(start(newTimer(), 5))).toEqual({ stage: 0, spent: [0, 0, 0, 0, 0], since: 5 });
    for (const bad of [null, "x", { stage: 9, spent: [0, 0, 0, 0, 0] }, { stage: 0, spent: [0, 0] }, { stage: 0, spent: [0, 0, 0, 0, -1] }])
      expect(readTimer(bad)).toBeUndefined();
  });
});
