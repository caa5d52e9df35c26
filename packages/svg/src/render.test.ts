import type { Scene } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { escapeXml, forbiddenInXml } from "./escape.js";
import { renderSvg } from "./render.js";

const scene = (over: Partial<Scene> = {}): Scene => ({
  documentId: "tiny",
  title: "Tiny design",
  summary: "Two parts and a loop.",
  direction: "right",
  bounds: { x: 0, y: 0, width: 420, height: 170 },
  stages: [
    { stage: "setup", title: "Project setup", x: 0, y: 0, width: 60, height: 170 },
    { stage: "data", title: "Data pipeline", x: 70, y: 0, width: 190, height: 170 },
    { stage: "modeling", title: "Modeling", x: 270, y: 0, width: 60, height: 170 },
    { stage: "serving", title: "Serving", x: 340, y: 0, width: 80, height: 170 },
  ],
  nodes: [
    {
      id: "events" as Scene["nodes"][number]["id"],
      kind: "event-stream",
      stage: "data",
      label: "Click events",
      props: { technology: "Kafka", eventsPerSecond: 3000 },
      pinned: false,
      x: 90,
      y: 56,
      width: 150,
      height: 64,
    },
  ],
  edges: [],
  ...over,
});

const withEdges = (): Scene => {
  const base = scene();
  const model = {
    ...(base.nodes[0] as Scene["nodes"][number]),
    id: "model" as Scene["nodes"][number]["id"],
    kind: "model" as const,
    stage: "modeling" as const,
    label: "Model",
    props: {},
    x: 280,
    y: 56,
    width: 150,
    height: 40,
  };
  return {
    ...base,
    nodes: [...base.nodes, model],
    edges: [
      {
        id: "e1" as Scene["edges"][number]["id"],
        kind: "data",
        source: base.nodes[0]?.id as Scene["edges"][number]["source"],
        target: model.id,
        points: [
          { x: 240, y: 76 },
          { x: 280, y: 76 },
        ],
      },
      {
        id: "e2" as Scene["edges"][number]["id"],
        kind: "feedback",
        source: model.id,
        target: base.nodes[0]?.id as Scene["edges"][number]["source"],
        label: "retrain",
        labelBox: { x: 180, y: 140, width: 50, height: 17 },
        points: [
          { x: 355, y: 96 },
          { x: 355, y: 148 },
          { x: 160, y: 148 },
          { x: 160, y: 120 },
        ],
      },
    ],
  };
};

const ELEMENTS = new Set(["svg", "title", "desc", "path", "rect", "g", "text"]);
const elementNames = (svg: string) => [...svg.matchAll(/<([A-Za-z][\w:-]*)/g)].map((m) => m[1]);
const attributeNames = (svg: string) =>
  [...svg.matchAll(/<[A-Za-z][^>]*>/g)].flatMap((tag) => [...tag[0].matchAll(/\s([\w:-]+)=/g)].map((m) => m[1]));

describe("renderSvg", () => {
  it("renders a one-node scene (snapshot)", () => {
    expect(renderSvg(scene())).toMatchSnapshot();
  });

  it("renders edges with arrowheads and a dashed feedback loop, light and dark (snapshot)", () => {
    const light = renderSvg(withEdges());
    const dark = renderSvg(withEdges(), { theme: "dark", padding: 8, width: 600, title: "Custom title" });
    expect(light).toMatchSnapshot();
    expect(dark).toMatchSnapshot();
    expect(light).toContain('stroke-dasharray="7 5"');
    // Each edge is one path of M and L commands, followed by its arrowhead in the edge's colour.
    expect(light).toContain(
      '<path class="mlsd-edge" data-kind="feedback" data-edge-id="e2" d="M355 96L355 148L160 148L160 120" fill="none" stroke="#db2777" stroke-width="1.75" stroke-dasharray="7 5" stroke-linejoin="round"/><path d="M160 120L164 130L156 130Z" fill="#db2777"/>',
    );
    expect(dark).toContain("#0f172a");
    expect(dark).toContain('width="600"');
    expect(dark).toContain(">Custom title</title>");
  });

  it("is deterministic and accessible", () => {
    const svg = renderSvg(withEdges());
    expect(renderSvg(withEdges())).toBe(svg);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="mlsd-tiny-light-title mlsd-tiny-light-desc"/);
    expect(svg).toContain('<title id="mlsd-tiny-light-title">Tiny design</title>');
    expect(svg).toContain(
      '<desc id="mlsd-tiny-light-desc">Two parts and a loop. 2 components and 2 connections across four stages.</desc>',
    );
  });

  it("shows the kind's badges with formatted values", () => {
    const svg = renderSvg(scene());
    expect(svg).toContain(">Kafka</text>");
    expect(svg).toContain(">3,000 ev/s</text>");
  });

  it("keeps hostile strings inert everywhere they are drawn", () => {
    const evil = `<script>alert(1)</script>"><img src=x onerror=alert(2)>]]><![CDATA[&amp;\u0000\u001b'`;
    const base = withEdges();
    const hostile: Scene = {
      ...base,
      documentId: `doc"><script>x</script>`,
      title: evil,
      summary: evil,
      stages: base.stages.map((s) => ({ ...s, title: evil })),
      nodes: base.nodes.map((n) => ({ ...n, label: evil, notes: evil, props: n.kind === "event-stream" ? { technology: evil } : {} })),
      edges: base.edges.map((e) => ({ ...e, label: evil, labelBox: { x: 180, y: 140, width: 50, height: 17 } })),
    };
    for (const svg of [renderSvg(hostile), renderSvg(hostile, { title: evil, theme: "dark" })]) {
      for (const name of elementNames(svg)) expect(ELEMENTS.has(name as string), `element <${name}>`).toBe(true);
      for (const attr of attributeNames(svg)) expect(attr?.toLowerCase().startsWith("on"), `attribute ${attr}`).toBe(false);
      expect(svg).not.toContain("]]>");
      expect(svg).not.toContain("<![CDATA[");
      expect(Array.from({ length: svg.length }, (_, i) => forbiddenInXml(svg, i)).includes(true)).toBe(false);
      expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img");
    }
  });
});

describe("escapeXml", () => {
  it("escapes markup characters and drops characters XML cannot hold", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&#39;");
    expect(escapeXml("x\u0000y\u0007z\ud800")).toBe("xyz");
    expect(escapeXml("tab\tnew\nline 😀")).toBe("tab\tnew\nline 😀");
    expect(escapeXml(undefined)).toBe("");
    expect(escapeXml(42)).toBe("42");
  });
});
