import { EdgeId, NodeId } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { paint, paintOverview } from "./paint.js";
import { type PathShape, paintRuns, type RectShape, type Shape, type TextShape } from "./shapes.js";
import { STYLE, THEMES, type ThemeTokens } from "./theme.js";
import type { Scene } from "./types.js";

/** Two nodes, a labelled data edge with a box and a labelled feedback loop without one. */
const scene = (): Scene => ({
  documentId: "tiny",
  title: "Tiny",
  summary: "",
  direction: "right",
  bounds: { x: 0, y: 0, width: 500, height: 200 },
  stages: [
    { stage: "setup", title: "Project setup", x: 0, y: 0, width: 40, height: 200 },
    { stage: "data", title: "Data pipeline", x: 50, y: 0, width: 200, height: 200 },
    { stage: "modeling", title: "Modeling", x: 260, y: 0, width: 200, height: 200 },
    { stage: "serving", title: "Serving", x: 470, y: 0, width: 30, height: 200 },
  ],
  nodes: [
    {
      id: NodeId("events"),
      kind: "event-stream",
      stage: "data",
      label: "Click events",
      props: { technology: "Kafka" },
      pinned: false,
      x: 70,
      y: 60,
      width: 150,
      height: 64,
    },
    {
      id: NodeId("model"),
      kind: "model",
      stage: "modeling",
      label: "Model",
      props: {},
      pinned: false,
      x: 300,
      y: 60,
      width: 120,
      height: 40,
    },
  ],
  edges: [
    {
      id: EdgeId("e1"),
      kind: "data",
      source: NodeId("events"),
      target: NodeId("model"),
      label: "features",
      labelBox: { x: 240, y: 70, width: 50, height: 17 },
      points: [
        { x: 220, y: 80 },
        { x: 300, y: 80 },
      ],
    },
    {
      id: EdgeId("loop"),
      kind: "feedback",
      source: NodeId("model"),
      target: NodeId("events"),
      label: "clicks",
      points: [
        { x: 360, y: 100 },
        { x: 360, y: 160 },
        { x: 145, y: 160 },
        { x: 145, y: 124 },
      ],
    },
  ],
});

const of = <T extends Shape["type"]>(shapes: readonly Shape[], type: T, role: string, id?: string) =>
  shapes.filter((s): s is Extract<Shape, { type: T }> => s.type === type && s.part.role === role && (id === undefined || s.part.id === id));

describe("paint", () => {
  it("lists frames, then edges, then edge labels, then nodes, each part's shapes together", () => {
    const { shapes } = paint(scene());
    const roles = paintRuns(shapes).map((r) => r.part.role);
    expect(roles).toEqual(["stage", "stage", "stage", "stage", "edge", "edge", "edge-label", "edge-label", "node", "node"]);
    expect(paintRuns(shapes).map((r) => r.part.id)).toEqual([
      "setup",
      "data",
      "modeling",
      "serving",
      "e1",
      "loop",
      "e1",
      "loop",
      "events",
      "model",
    ]);
  });

  it("draws a node's box first, in its kind's colour, then icon, label and badges inside it", () => {
    const t = THEMES.light;
    const run = paintRuns(paint(scene()).shapes).find((r) => r.part.id === "events");
    const [box, icon, ...rest] = run?.shapes ?? [];
    expect(box).toMatchObject({ type: "rect", x: 70, y: 60, width: 150, height: 64, radius: 8, fill: t.nodeFill, stroke: "#0369a1" });
    expect(icon).toMatchObject({ type: "icon", stroke: "#0369a1", strokeWidth: 2 });
    expect(rest.filter((s) => s.type === "text").map((s) => (s as TextShape).text)).toEqual(["Click events", "Kafka"]);
    expect(run?.part).toMatchObject({ className: "mlsd-node", group: true, data: { kind: "event-stream", "node-id": "events" } });
    expect(run?.part.role === "node" && run.part.title).toBe("Click events\nEvent stream");
  });

  it("draws an edge as one line along its route with an arrowhead on its end, feedback dashed and wider", () => {
    const [data, loop] = of(paint(scene()).shapes, "path", "edge") as PathShape[];
    expect(data?.points).toEqual(scene().edges[0]?.points);
    expect(data).toMatchObject({
      stroke: THEMES.light.edge.data,
      strokeWidth: STYLE.edge.strokeWidth,
      part: { className: "mlsd-edge", group: false },
    });
    expect(data?.dash).toBeUndefined();
    expect(data?.arrow?.points).toEqual([
      { x: 300, y: 80 },
      { x: 290, y: 84 },
      { x: 290, y: 76 },
    ]);
    expect(loop).toMatchObject({ stroke: THEMES.light.edge.feedback, dash: "7 5", strokeWidth: STYLE.edge.feedbackStrokeWidth });
    expect(loop?.arrow?.points[0]).toEqual({ x: 145, y: 124 });
  });

  it("puts a label in its layout box, else on the longest segment, over a background, in the edge's colour", () => {
    const t = THEMES.dark;
    const shapes = paint(scene(), "dark").shapes;
    const [boxed, placed] = of(shapes, "rect", "edge-label") as RectShape[];
    expect(boxed).toMatchObject({ x: 240, y: 70, width: 50, height: 17, fill: t.labelFill, fillOpacity: t.labelOpacity, radius: 4 });
    // The loop's longest segment runs from x 360 to 145 at y 160: the box is centred on it.
    expect(placed && placed.x + placed.width / 2).toBe((360 + 145) / 2);
    expect(placed && placed.y + placed.height / 2).toBe(160);
    const texts = of(shapes, "text", "edge-label") as TextShape[];
    expect(texts.map((s) => [s.text, s.fill, s.anchor])).toEqual([
      ["features", t.edge.data, "middle"],
      ["clicks", t.edge.feedback, "middle"],
    ]);
  });

  it("takes every colour from the tokens it is given", () => {
    const tokens: ThemeTokens = { ...THEMES.light, labelFill: "#123456", labelOpacity: 0.5, nodeFill: "#abcdef", background: "#fefefe" };
    const painting = paint(scene(), tokens);
    expect(painting.background).toBe("#fefefe");
    expect(of(painting.shapes, "rect", "edge-label").map((s) => [s.fill, s.fillOpacity])).toEqual([
      ["#123456", 0.5],
      ["#123456", 0.5],
    ]);
    expect(
      of(painting.shapes, "rect", "node")
        .filter((s) => s.stroke)
        .map((s) => s.fill),
    ).toEqual(["#abcdef", "#abcdef"]);
  });

  it("passes every string through `text` and leaves out what is outside `within`", () => {
    const printed = paint(scene(), "light", { text: (s) => s.replace(/[aeiou]/g, "_") }).shapes;
    const texts = printed.filter((s): s is TextShape => s.type === "text").map((s) => s.text);
    expect(texts).toEqual([
      "Pr_j_ct s_t_p",
      "D_t_ p_p_l_n_",
      "M_d_l_ng",
      "S_rv_ng",
      "f__t_r_s",
      "cl_cks",
      "Cl_ck _v_nts",
      "K_fk_",
      "M_d_l",
    ]);
    // Wrapped after printing: a wider printed label takes the lines it needs.
    const wide = paint(scene(), "light", { text: (s) => s.toUpperCase() }).shapes;
    expect(of(wide, "text", "node", "events").map((t) => t.text)).toEqual(["CLICK", "EVENTS"]);
    const left = paint(scene(), "light", { within: { x: 0, y: 0, width: 240, height: 200 } }).shapes;
    expect([...new Set(left.map((s) => `${s.part.role}:${s.part.id}`))]).toEqual([
      "stage:setup",
      "stage:data",
      "edge:e1",
      "edge:loop",
      "edge-label:loop",
      "node:events",
    ]);
  });

  it("leaves out of a tile the edges and labels it does not show (a tile of a huge drawing draws only its own)", () => {
    const right = paint(scene(), "light", { within: { x: 440, y: 0, width: 60, height: 200 } }).shapes;
    expect([...new Set(right.map((s) => `${s.part.role}:${s.part.id}`))]).toEqual(["stage:modeling", "stage:serving"]);
    // A line passing just outside the tile still reaches into it with its stroke and arrowhead.
    const below = paint(scene(), "light", { within: { x: 100, y: 163, width: 100, height: 30 } }).shapes;
    expect(of(below, "path", "edge").map((s) => s.part.id)).toEqual(["loop"]);
    expect(of(below, "text", "edge-label")).toEqual([]);
  });

  it("leaves a frame's title out of a tile that shows only the frame's top edge (no clipped text)", () => {
    const edge = paint(scene(), "light", { within: { x: 0, y: -50, width: 500, height: 54 } }).shapes;
    expect(of(edge, "rect", "stage").length).toBeGreaterThan(0);
    expect(of(edge, "text", "stage")).toEqual([]);
    const titled = paint(scene(), "light", { within: { x: 0, y: -50, width: 500, height: 80 } }).shapes;
    expect(of(titled, "text", "stage").map((t) => t.text)).toEqual(["Project setup", "Data pipeline", "Modeling", "Serving"]);
  });

  it("draws no badges in a box too short for its badge row", () => {
    const s = scene();
    const short = { ...s, nodes: s.nodes.map((n) => (n.id === "events" ? { ...n, height: 40 } : n)) };
    const texts = of(paint(short).shapes, "text", "node", "events").map((t) => t.text);
    expect(texts).toEqual(["Click events"]);
  });

  it("draws a compact Scene's boxes without badges, even where a badge row would fit", () => {
    const compact = { ...scene(), compact: true };
    const run = paintRuns(paint(compact).shapes).find((r) => r.part.id === "events");
    expect(run?.shapes.filter((s) => s.type === "text").map((s) => (s as TextShape).text)).toEqual(["Click events"]);
    // Box and icon only besides the label: no badge pill.
    expect(run?.shapes.map((s) => s.type)).toEqual(["rect", "icon", "text"]);
  });
});

describe("paintOverview", () => {
  it("draws frames, lines and filled boxes without text, lines as thin at any scale", () => {
    const shapes = paintOverview(scene(), "light", 4).shapes;
    expect(shapes.some((s) => s.type === "text" || s.type === "icon")).toBe(false);
    const lines = shapes.filter((s): s is PathShape => s.type === "path");
    expect(lines.map((l) => l.strokeWidth)).toEqual([STYLE.overview.strokeWidth * 4, STYLE.overview.strokeWidth * 4]);
    expect(lines.every((l) => !l.arrow)).toBe(true);
    expect(of(shapes, "rect", "node").map((r) => [r.fill, r.fillOpacity])).toEqual([
      ["#0369a1", STYLE.overview.nodeOpacity],
      ["#047857", STYLE.overview.nodeOpacity],
    ]);
  });
});
