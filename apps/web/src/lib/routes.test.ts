import { NodeId, starterDocument } from "@mlsd/core";
import type { SceneEdge } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { withBoxes } from "./geometry.js";
import { labelPoint, rerouteMoving, roundedPath, routeDocument } from "./routes.js";

describe("edge routes", () => {
  const doc = withBoxes(starterDocument("t"));

  it("routes every edge of a document", () => {
    const routes = routeDocument(doc);
    expect([...routes.keys()].sort()).toEqual(doc.edges.map((e) => e.id).sort());
    for (const r of routes.values()) expect(r.points.length).toBeGreaterThanOrEqual(2);
  });

  it("re-routes only the edges of moving nodes and keeps the others as they were", () => {
    const base = routeDocument(doc);
    const moved = rerouteMoving(doc, base, new Map([[NodeId("model"), { x: 2000, y: 500 }]]));
    expect(moved.get("objective-data-source")).toBe(base.get("objective-data-source"));
    expect(moved.get("data-source-model")).not.toBe(base.get("data-source-model"));
    expect(moved.get("data-source-model")!.points.at(-1)!.x).toBeGreaterThanOrEqual(2000);
  });

  it("draws rounded corners and finds a label point", () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    expect(roundedPath(pts)).toBe("M 0,0 L 92,0 Q 100,0 100,8 L 100,100");
    const edge = { id: "e", kind: "data", source: "a", target: "b", points: pts } as never as SceneEdge;
    // The middle of the first longest segment, as scene places a label the layout gave no box.
    expect(labelPoint({ ...edge, label: "clicks" })).toEqual({ x: 50, y: 0 });
    expect(labelPoint({ ...edge, label: "clicks", labelBox: { x: 90, y: 40, width: 40, height: 16 } })).toEqual({ x: 110, y: 48 });
    expect(labelPoint(edge)).toBeUndefined();
  });
});
