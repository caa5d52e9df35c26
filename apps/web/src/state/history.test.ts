import { describe, expect, it } from "vitest";
import { createHistory, HISTORY_LIMIT, push, redo, undo } from "./history.js";

describe("history", () => {
  it("undoes and redoes in order", () => {
    let h = createHistory(0);
    h = push(h, 1);
    h = push(h, 2);
    h = undo(h);
    expect(h.present).toBe(1);
    h = undo(h);
    expect(h.present).toBe(0);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(2);
    expect(redo(h)).toBe(h);
  });

  it("drops the redo branch on a new edit", () => {
    const h = push(undo(push(push(createHistory("a"), "b"), "c")), "d");
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe("b");
  });

  it("keeps at least 100 steps and at most its limit", () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 50; i++) h = push(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    for (let i = 0; i < 100; i++) h = undo(h);
    expect(h.present).toBe(HISTORY_LIMIT + 50 - 100);
  });

  it("merges quick edits with the same key into one step", () => {
    let h = push(createHistory("x"), "xa", "label:n1", 1000);
    h = push(h, "xab", "label:n1", 1200);
    h = push(h, "xabc", "label:n1", 1400);
    expect(undo(h).present).toBe("x");
    h = push(h, "xabcd", "label:n2", 1500);
    expect(undo(h).present).toBe("xabc");
    const late = push(push(createHistory("x"), "xa", "k", 0), "xab", "k", 10_000);
    expect(undo(late).present).toBe("xa");
  });
});
