import { describe, expect, it } from "vitest";
import { emptyDocument, starterDocument } from "./create.js";
import { isPlaced } from "./placed.js";

describe("isPlaced", () => {
  const doc = starterDocument("Placed", { id: "placed" });
  const placed = { ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: i * 200, y: 0 }, size: { width: 140, height: 48 } })) };

  it("is true when every node has a position and a size", () => {
    expect(isPlaced(placed)).toBe(true);
    expect(isPlaced(emptyDocument("Nothing"))).toBe(true);
  });

  it("is false when one node lacks either", () => {
    expect(isPlaced(doc)).toBe(false);
    expect(isPlaced({ ...placed, nodes: placed.nodes.map((n, i) => (i === 2 ? { ...n, size: undefined } : n)) })).toBe(false);
    expect(isPlaced({ ...placed, nodes: placed.nodes.map((n, i) => (i === 0 ? { ...n, position: undefined } : n)) })).toBe(false);
  });
});
