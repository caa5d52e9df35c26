import { describe, expect, it } from "vitest";
import { Heap } from "./grid-router.js";

describe("Heap", () => {
  it("pops items in order of their keys, through growth, interleaved pushes and a clear", () => {
    let seed = 11;
    const rnd = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 4294967296;
    };
    const heap = new Heap();
    const reference: { item: number; key: number }[] = [];
    const popBoth = () => {
      reference.sort((a, b) => a.key - b.key);
      const key = heap.peekKey();
      const item = heap.pop();
      expect(key).toBe(reference[0]?.key);
      // Among equal keys any may come first: it must be one of them.
      const at = reference.findIndex((r) => r.item === item && r.key === key);
      expect(at).toBeGreaterThanOrEqual(0);
      reference.splice(at, 1);
    };
    for (let k = 0; k < 5000; k++) {
      const key = Math.floor(rnd() * 300) / 4; // many ties
      heap.push(k, key);
      reference.push({ item: k, key });
      if (rnd() < 0.3) popBoth();
    }
    expect(heap.size).toBe(reference.length);
    expect(heap.size).toBeGreaterThan(1024);
    while (reference.length > 2000) popBoth();
    heap.clear();
    expect(heap.size).toBe(0);
    heap.push(7, 3.5);
    heap.push(8, -1);
    heap.push(9, 2);
    expect([heap.pop(), heap.pop(), heap.pop()]).toEqual([8, 9, 7]);
    expect(heap.size).toBe(0);
  });
});
