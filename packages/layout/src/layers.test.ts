import { STAGE_IDS, type StageId } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { generateStagedDocument } from "./generate.js";
import { assignLayers } from "./layers.js";

const n = (id: string, stage: StageId) => ({ id, stage });
const e = (source: string, target: string) => ({ source, target });

describe("assignLayers", () => {
  it("keeps every stage in its own run of layers, in lifecycle order", () => {
    const doc = generateStagedDocument(120, 4);
    const forward = doc.edges.filter((x) => x.kind !== "feedback");
    const layers = assignLayers(doc.nodes, forward);
    for (let s = 1; s < STAGE_IDS.length; s++) {
      const prev = doc.nodes.filter((x) => x.stage === STAGE_IDS[s - 1]).map((x) => layers.get(x.id) ?? 0);
      const next = doc.nodes.filter((x) => x.stage === STAGE_IDS[s]).map((x) => layers.get(x.id) ?? 0);
      expect(Math.max(...prev)).toBeLessThan(Math.min(...next));
    }
    for (const x of forward) expect(layers.get(x.target)).toBeGreaterThan(layers.get(x.source) ?? 0);
  });

  it("breaks a cycle inside a stage and pulls a source next to its successor", () => {
    const nodes = [n("a", "data"), n("b", "data"), n("c", "data"), n("lonely", "data"), n("m", "modeling")];
    const layers = assignLayers(nodes, [e("a", "b"), e("b", "c"), e("c", "a"), e("lonely", "m")]);
    // The empty setup stage keeps layer 0 for its placeholder.
    expect([layers.get("#empty:setup"), layers.get("a"), layers.get("b"), layers.get("c")]).toEqual([0, 1, 2, 3]);
    // "lonely" feeds the next stage only: it sits in the stage's last layer, next to it.
    expect(layers.get("lonely")).toBe(3);
    expect(layers.get("m")).toBe(4);
  });

  it("gives empty stages a placeholder layer of their own", () => {
    const layers = assignLayers([n("a", "setup"), n("b", "serving")], [e("a", "b")]);
    expect([layers.get("a"), layers.get("#empty:data"), layers.get("#empty:modeling"), layers.get("b")]).toEqual([0, 1, 2, 3]);
  });

  it("stacks nodes joined only by soft edges in one layer, and keeps hard edges forward", () => {
    const nodes = [n("goal", "setup"), n("metric", "setup"), n("src", "data"), n("a", "modeling"), n("b", "modeling")];
    const soft = (source: string, target: string) => ({ source, target, soft: true });
    const layers = assignLayers(nodes, [soft("goal", "metric"), e("src", "a"), soft("a", "b"), e("a", "b")]);
    expect(layers.get("goal")).toBe(layers.get("metric"));
    // a → b has a hard edge too: b still comes after a.
    expect(layers.get("b")).toBe((layers.get("a") ?? 0) + 1);
    const only = assignLayers(nodes.slice(3), [soft("a", "b")]);
    expect(only.get("a")).toBe(only.get("b"));
  });
});
