import { EDGE_KINDS, NODE_KINDS } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { KIND_STYLES } from "./kind-styles.js";
import { legendOf } from "./legend.js";
import { EDGE_DASH, THEMES } from "./theme.js";

describe("legendOf", () => {
  const drawing = {
    nodes: [
      { kind: "online-service" },
      { kind: "data-source" },
      { kind: "model" },
      { kind: "data-source" },
      { kind: "objective" },
    ] as const,
    edges: [{ kind: "feedback" }, { kind: "data" }, { kind: "feedback" }] as const,
  };

  it("lists the kinds a drawing uses once each, parts in lifecycle order, lines in the format's order", () => {
    const legend = legendOf(drawing);
    expect(legend.parts.map((p) => p.kind)).toEqual(["objective", "data-source", "model", "online-service"]);
    expect(legend.lines.map((l) => l.kind)).toEqual(["data", "feedback"]);
    expect(legend.stages.map((s) => s.stage)).toEqual(["setup", "data", "modeling", "serving"]);
  });

  it("draws each entry with the tokens the drawing uses", () => {
    const legend = legendOf(drawing, { theme: "dark" });
    const feedback = legend.lines.find((l) => l.kind === "feedback")!;
    expect(feedback.color).toBe(THEMES.dark.edge.feedback);
    expect(feedback.dash).toBe(EDGE_DASH.feedback);
    expect(legend.lines.find((l) => l.kind === "data")!.dash).toBeUndefined();
    expect(legend.parts[0]!.icon).toBe(KIND_STYLES.objective.icon);
    expect(legendOf(drawing).lines[1]!.color).toBe(THEMES.light.edge.feedback);
  });

  it("lists every kind when asked for all", () => {
    const legend = legendOf({ nodes: [], edges: [] }, { all: true });
    expect(legend.parts).toHaveLength(NODE_KINDS.length);
    expect(legend.lines.map((l) => l.kind)).toEqual([...EDGE_KINDS]);
  });
});
