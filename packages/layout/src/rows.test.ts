import {
  type DesignEdge,
  type DesignNode,
  type Document,
  DocumentId,
  EdgeId,
  KINDS,
  NODE_KINDS,
  NodeId,
  type StageId,
  starterDocument,
} from "@mlsd/core";
import { sceneFromDocument } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import { applyScene } from "./apply.js";
import { checkScene, countCrossings, sceneProblems } from "./checks.js";
import { generateStagedDocument } from "./generate.js";
import { layout } from "./layout.js";
import { findEdgesThroughBoxes, findLabelCollisions } from "./quality.js";
import { readSample } from "./test-helpers.js";

/** One part per stage but data, which holds a chain of `n` parts that each also feed the one model. */
const fannedChain = (n: number): Document => {
  const node = (id: string, stage: StageId) =>
    ({ id: NodeId(id), kind: NODE_KINDS.find((k) => KINDS[k].stage === stage), stage, label: `Part ${id}`, props: {} }) as DesignNode;
  const chain = Array.from({ length: n }, (_, i) => `d${i}`);
  const nodes = [node("s", "setup"), ...chain.map((id) => node(id, "data")), node("m", "modeling"), node("v", "serving")];
  const pairs = [["s", "d0"], ...chain.slice(1).map((id, i) => [chain[i], id]), ...chain.map((id) => [id, "m"]), ["m", "v"]];
  const edges = pairs.map(
    ([source, target], i): DesignEdge => ({
      id: EdgeId(`e${i}`),
      kind: "data",
      source: NodeId(source as string),
      target: NodeId(target as string),
    }),
  );
  return { format: "mlsd", version: 1, id: DocumentId("fanned-chain"), title: "Fanned chain", summary: "", nodes, edges, notes: [] };
};

const aspect = (s: { bounds: { width: number; height: number } }) => s.bounds.width / s.bounds.height;

// Rows routes every edge on a grid (scene's routeRows): seconds on a busy 2-core machine.
describe("the rows arrangement", { timeout: 120_000 }, () => {
  it("is the default for a document that stores no arrangement, and records its target", async () => {
    const doc = starterDocument("Rows");
    const scene = await layout(doc);
    expect(scene).toMatchObject({ direction: "rows", target: "screen" });
    expect(applyScene(doc, scene).layout).toEqual({ direction: "rows", target: "screen" });
    // A target alone asks for rows, whatever the document stored.
    const right = applyScene(doc, await layout(doc, { direction: "right" }));
    expect(await layout(right, { target: "a4-portrait" })).toMatchObject({ direction: "rows", target: "a4-portrait" });
  });

  it("keeps stage rows in order top to bottom, and every part in its stage's row", async () => {
    const scene = await layout(readSample("fraud-detection.mlsd.json"));
    expect(sceneProblems(checkScene(scene))).toEqual([]);
    const frames = scene.stages.filter((f) => scene.nodes.some((n) => n.stage === f.stage));
    for (let i = 1; i < frames.length; i++)
      expect((frames[i]?.y ?? 0) >= (frames[i - 1]?.y ?? 0) + (frames[i - 1]?.height ?? 0)).toBe(true);
  });

  it("wraps a long design towards the target's shape: narrower for a portrait page than for a screen", async () => {
    const doc = generateStagedDocument(60, 3);
    const screen = await layout(doc, { target: "screen" });
    const portrait = await layout(doc, { target: "a4-portrait" });
    const strip = await layout(doc, { direction: "right" });
    expect(aspect(screen)).toBeLessThan(aspect(strip) / 2);
    expect(aspect(portrait)).toBeLessThan(aspect(screen));
    expect(aspect(screen)).toBeGreaterThan(0.5);
    expect(aspect(screen)).toBeLessThan(2.5);
  });

  it("keeps a design near the target's shape even where a wrapping far off it would cross less", async () => {
    // Seven data parts in a chain: unwrapped (or in one column) no route crosses another, but the
    // drawing is a strip (0.43:1 when this was written); wrapped it crosses a little and fits a screen.
    const scene = await layout(fannedChain(7));
    expect(aspect(scene)).toBeGreaterThan(0.8);
    expect(aspect(scene)).toBeLessThan(2.4);
  });

  it("turns a row upside down where its parts then meet the other rows with fewer crossings", async () => {
    // In ELK's own order of each layer's parts (which sees only the edges inside a stage) these two
    // designs cross 2 and 6 times; with their rows turned where it helps, 0 and 2.
    expect(countCrossings(await layout(generateStagedDocument(14, 2)))).toBe(0);
    expect(countCrossings(await layout(generateStagedDocument(14, 3)))).toBeLessThanOrEqual(2);
  });

  it("moves a row's unconnected blocks along it towards the parts they meet in other rows", async () => {
    // ELK packs the blocks of a row in an order of its own: this design crosses 3 times in it, once reordered.
    expect(countCrossings(await layout(generateStagedDocument(18, 2)))).toBeLessThanOrEqual(1);
  });

  it("never puts an edge label on a part or on another label, nor an edge through a part that is not its end", async () => {
    for (const doc of [readSample("project-flow.mlsd.json"), readSample("fraud-detection.mlsd.json"), generateStagedDocument(36, 5)]) {
      const scene = await layout(doc);
      expect(findLabelCollisions(scene), doc.id).toEqual([]);
      expect(findEdgesThroughBoxes(scene), doc.id).toEqual([]);
    }
  });

  it("runs feedback loops past other stages' rows on lanes beside every part, never down among them", async () => {
    const scene = await layout(readSample("project-flow.mlsd.json"));
    const left = Math.min(...scene.nodes.map((n) => n.x));
    const right = Math.max(...scene.nodes.map((n) => n.x + n.width));
    const stageOf = new Map(scene.nodes.map((n) => [n.id as string, n.stage]));
    const loops = scene.edges.filter((e) => e.kind === "feedback");
    expect(loops.length).toBeGreaterThan(2);
    let onLane = 0;
    for (const e of loops) {
      const ends = [stageOf.get(e.source), stageOf.get(e.target)];
      const others = scene.nodes.filter((n) => !ends.includes(n.stage));
      e.points.slice(1).forEach((b, i) => {
        const a = e.points[i] as (typeof e.points)[number];
        if (a.x !== b.x) return;
        const beside = a.x > right || a.x < left;
        if (beside) onLane++;
        // A vertical run among the rows never spans a row of a stage that is not one of its ends.
        const spans = others.some((n) => Math.min(a.y, b.y) <= n.y && Math.max(a.y, b.y) >= n.y + n.height);
        expect(beside || !spans, `${e.id} at x=${a.x}`).toBe(true);
      });
    }
    expect(onLane).toBeGreaterThan(0);
  });

  it("stores exactly what it drew: the scene of the stored positions is the laid-out scene", async () => {
    const doc = readSample("project-flow.mlsd.json");
    const scene = await layout(doc, { target: "4:3" });
    expect(sceneFromDocument(applyScene(doc, scene))).toEqual(scene);
  });
});
