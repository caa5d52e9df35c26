import { NodeId, starterDocument, updateNode } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { frameAt, nodeBox, pasteOffset, stageFrames, syncSizes, withBoxes } from "./geometry.js";

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

  it("shifts pasted parts to the nearest spot where they land on no part", () => {
    const overlaps = (a: ReturnType<typeof nodeBox>, b: ReturnType<typeof nodeBox>) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const picked of [["model"], ["objective", "model"], doc.nodes.map((n) => n.id)]) {
      const copied = doc.nodes.filter((n) => picked.includes(n.id));
      const d = pasteOffset(doc, copied);
      expect(d.x !== 0 || d.y !== 0).toBe(true);
      for (const c of copied)
        for (const n of doc.nodes)
          expect(overlaps({ ...nodeBox(c), x: c.position!.x + d.x, y: c.position!.y + d.y }, nodeBox(n)), `${c.id} on ${n.id}`).toBe(false);
    }
    // With room below, copies go straight down: they stay in their stage's column.
    expect(
      pasteOffset(
        doc,
        doc.nodes.filter((n) => n.id === "model"),
      ).x,
    ).toBe(0);
    // Into a design where the spot is free, pasted parts keep their places.
    expect(pasteOffset({ ...doc, nodes: [] }, doc.nodes)).toEqual({ x: 0, y: 0 });
  });
});
