import { LIMITS, NodeId, parseDocument, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { stageFrames, withBoxes } from "../../lib/geometry.js";
import { commitMoves } from "./commit.js";

describe("committing a drag", () => {
  const doc = withBoxes(starterDocument("t"));
  const frames = stageFrames(doc);
  const modelFrame = frames.find((f) => f.stage === "modeling")!;

  it("stores the position and pins the node", () => {
    const next = commitMoves(doc, new Map([[NodeId("model"), { x: modelFrame.x + 30.4, y: modelFrame.y + 60 }]]), frames);
    const model = next.nodes.find((n) => n.id === "model")!;
    expect(model.position).toEqual({ x: Math.round(modelFrame.x + 30.4), y: modelFrame.y + 60 });
    expect(model.pinned).toBe(true);
    expect(model.stage).toBe("modeling");
  });

  it("moves a node dropped in another stage's frame to that stage", () => {
    const next = commitMoves(doc, new Map([[NodeId("objective"), { x: modelFrame.x + 20, y: modelFrame.y + 40 }]]), frames);
    expect(next.nodes.find((n) => n.id === "objective")!.stage).toBe("modeling");
  });

  it("keeps the stage when dropped outside every frame", () => {
    const next = commitMoves(doc, new Map([[NodeId("objective"), { x: -5000, y: -5000 }]]), frames);
    expect(next.nodes.find((n) => n.id === "objective")!.stage).toBe("setup");
  });

  it("stops a node dragged past the edge of the drawing area at the edge, so the design still loads (issue 17, item 1)", () => {
    const far = LIMITS.coordinate + 5000;
    const next = commitMoves(doc, new Map([[NodeId("model"), { x: far, y: -far }]]), frames);
    expect(next.nodes.find((n) => n.id === "model")!.position).toEqual({ x: LIMITS.coordinate, y: -LIMITS.coordinate });
    expect(parseDocument(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });
});
