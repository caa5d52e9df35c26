import { emptyDocument, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { emptyStageId, toElkGraph } from "./elk-graph.js";
import { readSample } from "./test-helpers.js";

describe("toElkGraph", () => {
  it("gives each stage its own run of layers, in lifecycle order, and asks ELK to keep them", () => {
    const graph = toElkGraph(starterDocument("Layers"));
    const x = (id: string) => graph.children?.find((c) => c.id === id)?.x ?? Number.NaN;
    const xs = ["objective", "data-source", "model", "online-service"].map(x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(xs).size).toBe(4);
    expect(graph.layoutOptions?.["elk.layered.layering.strategy"]).toBe("INTERACTIVE");
    expect(graph.layoutOptions?.["elk.direction"]).toBe("RIGHT");
    const down = toElkGraph(starterDocument("Down"), { direction: "down" });
    expect(down.layoutOptions?.["elk.direction"]).toBe("DOWN");
    expect(down.children?.map((c) => c.x)).toEqual([0, 0, 0, 0]);
  });

  it("leaves back edges to the router and gives every forward edge its own ports", () => {
    const doc = readSample("project-flow.mlsd.json");
    const graph = toElkGraph(doc);
    const forward = doc.edges.filter((e) => e.kind !== "feedback");
    expect(graph.edges?.map((e) => e.id)).toEqual(forward.map((e) => e.id));
    const ports = graph.children?.flatMap((c) => c.ports ?? []) ?? [];
    expect(ports).toHaveLength(forward.length * 2);
    expect(new Set(ports.map((p) => p.id)).size).toBe(ports.length);
  });

  it("adds a placeholder for each empty stage and is pure", () => {
    const doc = emptyDocument("Empty");
    const before = structuredClone(doc);
    const graph = toElkGraph(doc);
    expect(graph.children?.map((c) => c.id)).toEqual(["setup", "data", "modeling", "serving"].map((s) => emptyStageId(s as "setup")));
    expect(doc).toEqual(before);
    expect(toElkGraph(doc)).toEqual(graph);
  });
});
