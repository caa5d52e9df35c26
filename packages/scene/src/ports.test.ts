import { EdgeId, NodeId } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { spreadPorts } from "./ports.js";
import type { SceneNode } from "./types.js";

const node = (id: string, x: number, y: number): SceneNode => ({
  id: NodeId(id),
  kind: "component",
  stage: "data",
  label: id,
  props: {},
  pinned: false,
  x,
  y,
  width: 100,
  height: 60,
});
const edge = (id: string, source: string, target: string) => ({
  id: EdgeId(id),
  kind: "data" as const,
  source: NodeId(source),
  target: NodeId(target),
});

describe("spreadPorts", () => {
  // One source feeding a target above and one below it, in the next column.
  const nodes = [node("s", 0, 100), node("up", 300, 0), node("down", 300, 200), node("t", 600, 100)];

  it("spreads the ends that share a side evenly along it, ordered by where the other end lies", () => {
    const ports = spreadPorts(nodes, [edge("to-down", "s", "down"), edge("to-up", "s", "up")], "right");
    // The source side runs y 100..160: thirds at 120 and 140, the upper target first.
    expect(ports.get("to-up")).toEqual({ source: 120 });
    expect(ports.get("to-down")).toEqual({ source: 140 });
  });

  it("leaves a lone end in the middle (no port) and spreads entering ends too", () => {
    const ports = spreadPorts(nodes, [edge("a", "up", "t"), edge("b", "down", "t"), edge("c", "s", "up")], "right");
    expect(ports.get("c")).toBeUndefined();
    expect(ports.get("a")).toEqual({ target: 120 });
    expect(ports.get("b")).toEqual({ target: 140 });
  });

  it("ignores edges that do not run from a far side to a near side, and works across in direction down", () => {
    expect(spreadPorts(nodes, [edge("back", "t", "s"), edge("back2", "t", "up")], "right").size).toBe(0);
    const down = nodes.map((n) => ({ ...n, x: n.y, y: n.x, width: n.height, height: n.width }));
    const ports = spreadPorts(down, [edge("to-down", "s", "down"), edge("to-up", "s", "up")], "down");
    expect(ports.get("to-up")).toEqual({ source: 120 });
  });
});
