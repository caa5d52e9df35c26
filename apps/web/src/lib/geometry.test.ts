import { NodeId, starterDocument, updateNode } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { frameAt, openingView, stageFrames, syncSizes, withBoxes } from "./geometry.js";

describe("geometry", () => {
  const doc = withBoxes(starterDocument("t"));

  it("gives every node a place and its measured size", () => {
    for (const n of doc.nodes) {
      expect(n.position).toBeDefined();
      expect(n.size!.width).toBeGreaterThan(0);
    }
    expect(withBoxes(doc)).toBe(doc);
  });

  it("finds the frame of each stage under its nodes", () => {
    const frames = stageFrames(doc);
    expect(frames.map((f) => f.stage)).toEqual(["setup", "data", "modeling", "serving"]);
    for (const n of doc.nodes) expect(frameAt(frames, { x: n.position!.x + 5, y: n.position!.y + 5 })?.stage).toBe(n.stage);
  });

  it("re-measures a node whose label grew", () => {
    const edited = updateNode(doc, NodeId("model"), { label: "A much longer model name that wraps" });
    const synced = syncSizes(doc, edited);
    const before = doc.nodes.find((n) => n.id === "model")!.size!;
    const after = synced.nodes.find((n) => n.id === "model")!.size!;
    expect(after.width * after.height).toBeGreaterThan(before.width * before.height);
    expect(synced.nodes.find((n) => n.id === "objective")).toBe(doc.nodes.find((n) => n.id === "objective"));
  });

  it("opens a small design whole and a wide one at a readable zoom from its start", () => {
    const small = openingView([{ x: 0, y: 0, width: 400, height: 300 }], 1000, 800);
    expect(small.zoom).toBeCloseTo(1.2);
    const wide = openingView([{ x: 100, y: 0, width: 8000, height: 400 }], 1000, 800);
    expect(wide.zoom).toBe(0.7);
    expect(wide.x).toBeCloseTo(24 - 100 * 0.7);
    const tallAndWide = openingView([{ x: 0, y: 0, width: 9000, height: 6000 }], 1000, 800);
    expect(tallAndWide.zoom).toBe(0.25);
  });
});
