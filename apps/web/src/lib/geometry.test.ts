import { NodeId, starterDocument, updateNode } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { frameAt, stageFrames, syncSizes, withBoxes } from "./geometry.js";

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
});
