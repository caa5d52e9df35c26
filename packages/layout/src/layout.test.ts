import { type Document, EdgeId, emptyDocument, NodeId, starterDocument } from "@mlsd/core";
import { nodeSize, sceneFromDocument } from "@mlsd/scene";
import { describe, expect, it } from "vitest";
import type { ElkNode, LayoutAdapter } from "./adapter.js";
import { applyScene, isLayoutStale, storedOrFreshScene } from "./apply.js";
import { checkScene, sceneProblems } from "./checks.js";
import { LayoutError } from "./errors.js";
import { generateStagedDocument } from "./generate.js";
import { createInProcessAdapter } from "./in-process.js";
import { layout } from "./layout.js";
import { edgesThroughNodes, readSample } from "./test-helpers.js";

const designs = (): [string, Document][] => [
  ["project-flow sample", readSample("project-flow.mlsd.json")],
  ["fraud-detection sample", readSample("fraud-detection.mlsd.json")],
  ["starter", starterDocument("Starter")],
  ["generated 30", generateStagedDocument(30, 7)],
];

describe("layout", () => {
  for (const direction of ["rows", "right", "down"] as const)
    for (const [name, doc] of designs())
      it(`lays out ${name} (${direction}) with no overlaps, every node in its frame, edges attached`, async () => {
        const scene = await layout(doc, { direction });
        const check = checkScene(scene);
        expect(sceneProblems(check)).toEqual([]);
        expect(scene.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
        expect(scene.edges.map((e) => e.id)).toEqual(doc.edges.map((e) => e.id));
        expect(scene.stages.map((s) => s.stage)).toEqual(["setup", "data", "modeling", "serving"]);
        expect(edgesThroughNodes(scene)).toEqual([]);
        for (const e of scene.edges)
          for (let i = 1; i < e.points.length; i++) {
            const a = e.points[i - 1];
            const b = e.points[i];
            expect(a?.x === b?.x || a?.y === b?.y, `edge ${e.id} is orthogonal`).toBe(true);
          }
        expect(scene.direction).toBe(direction);
        expect(scene.bounds).toMatchObject({ x: 0, y: 0 });
      });

  for (const direction of ["rows", "right"] as const)
    it(`lays out compact boxes (${direction}): sized without badges, sound, and the Scene says so`, async () => {
      const doc = starterDocument("Compact");
      const scene = await layout(doc, { direction, compact: true });
      expect(scene.compact).toBe(true);
      expect(sceneProblems(checkScene(scene))).toEqual([]);
      for (const n of doc.nodes) {
        const box = scene.nodes.find((b) => b.id === n.id);
        expect({ width: box?.width, height: box?.height }).toEqual(nodeSize(n, { compact: true }));
      }
      // The default is unchanged: full boxes, no compact flag.
      const full = await layout(doc, { direction });
      expect(full.compact).toBeUndefined();
      expect(full.nodes.map((n) => ({ width: n.width, height: n.height }))).toEqual(doc.nodes.map((n) => nodeSize(n)));
    });

  for (const [name, doc] of designs())
    it(`stores positions that redraw without ELK (${name}): same boxes and frames, no route through a box`, async () => {
      const scene = await layout(doc);
      const redrawn = sceneFromDocument(applyScene(doc, scene));
      expect(redrawn.nodes).toEqual(scene.nodes);
      expect(sceneProblems(checkScene(redrawn))).toEqual([]);
      expect(edgesThroughNodes(redrawn)).toEqual([]);
    });

  it("keeps every generated design sound: sizes 5 to 80, both directions", async () => {
    for (const [count, seed] of [
      [5, 11],
      [12, 12],
      [25, 13],
      [40, 14],
      [80, 15],
    ] as const)
      for (const direction of ["right", "down"] as const) {
        const scene = await layout(generateStagedDocument(count, seed), { direction });
        const where = `${count} nodes, seed ${seed}, ${direction}`;
        expect(sceneProblems(checkScene(scene)), where).toEqual([]);
        expect(edgesThroughNodes(scene), where).toEqual([]);
      }
  });

  it("is deterministic: equal input gives an identical scene, also on a fresh engine", async () => {
    const doc = generateStagedDocument(30, 3);
    const a = await layout(doc);
    const b = await layout(structuredClone(doc));
    const c = await layout(doc, { adapter: createInProcessAdapter() });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it("routes feedback edges as back edges around every node, on lanes past the boxes (right)", async () => {
    const doc = readSample("project-flow.mlsd.json");
    const scene = await layout(doc, { direction: "right" });
    const top = Math.min(...scene.nodes.map((n) => n.y));
    const bottom = Math.max(...scene.nodes.map((n) => n.y + n.height));
    const feedback = scene.edges.filter((e) => e.kind === "feedback");
    expect(feedback.length).toBe(doc.edges.filter((e) => e.kind === "feedback").length);
    expect(feedback.length).toBeGreaterThan(2);
    // Each loop runs along a lane below or above every box, and returns leftwards.
    const lanes = feedback.map((e) => {
      const ys = e.points.map((p) => p.y);
      return Math.max(...ys) > bottom ? Math.max(...ys) : Math.min(...ys);
    });
    for (const lane of lanes) expect(lane > bottom || lane < top).toBe(true);
    for (const e of feedback) expect((e.points[e.points.length - 1]?.x ?? 0) < (e.points[0]?.x ?? 0)).toBe(true);
    // Loops whose spans overlap get lanes of their own.
    const span = (e: (typeof feedback)[number]) => [Math.min(...e.points.map((p) => p.x)), Math.max(...e.points.map((p) => p.x))];
    for (let i = 0; i < feedback.length; i++)
      for (let j = i + 1; j < feedback.length; j++) {
        const [a0, a1] = span(feedback[i] as (typeof feedback)[number]) as [number, number];
        const [b0, b1] = span(feedback[j] as (typeof feedback)[number]) as [number, number];
        if (a0 < b1 && b0 < a1) expect(lanes[i]).not.toBe(lanes[j]);
      }
  });

  it("draws a frame for every stage, even empty ones, in order", async () => {
    const doc = { ...emptyDocument("Only data"), nodes: starterDocument("x").nodes.filter((n) => n.stage === "data") };
    for (const d of [emptyDocument("Empty"), doc]) {
      const scene = await layout(d);
      expect(scene.stages).toHaveLength(4);
      expect(checkScene(scene).frameOrder).toEqual([]);
      for (const f of scene.stages) expect(f.width).toBeGreaterThan(40);
    }
  });

  it("sizes nodes from their measured label", async () => {
    const doc = starterDocument("Sizes");
    const long = { ...doc, nodes: doc.nodes.map((n, i) => (i === 1 ? { ...n, label: "A data source with a rather long name" } : n)) };
    const base = await layout(long);
    const width = (s: typeof base, id: string) => s.nodes.find((n) => n.id === id)?.width ?? 0;
    expect(width(base, "data-source")).toBeGreaterThan(width(base, "model"));
    // The estimate is the contract: every box is exactly the size scene's nodeSize gives it.
    for (const n of long.nodes) {
      const box = base.nodes.find((m) => m.id === n.id);
      expect(box && { width: box.width, height: box.height }, n.id).toEqual(nodeSize(n));
    }
    expect(base.nodes.find((n) => n.id === "data-source")?.height).toBeGreaterThan(base.nodes.find((n) => n.id === "model")?.height ?? 0);
  });

  it("stacks setup nodes and control-linked nodes in one column, joined along it", async () => {
    const base = readSample("fraud-detection.mlsd.json");
    const link = (id: string, source: string, target: string, label?: string) => ({
      id: EdgeId(id),
      kind: "control" as const,
      source: NodeId(source),
      target: NodeId(target),
      ...(label ? { label } : {}),
    });
    const doc: Document = {
      ...base,
      edges: [
        ...base.edges,
        link("s1", "objective", "recall-metric", "measured by"),
        link("s2", "objective", "latency"),
        link("s3", "rules", "model"),
      ],
    };
    for (const direction of ["right", "down"] as const) {
      const scene = await layout(doc, { direction });
      expect(sceneProblems(checkScene(scene))).toEqual([]);
      expect(edgesThroughNodes(scene)).toEqual([]);
      const main = (id: string) => {
        const n = scene.nodes.find((x) => x.id === id);
        return direction === "right" ? n?.x : n?.y;
      };
      // One column: the stacked nodes overlap along the main direction.
      const span = (id: string): [number, number] => {
        const n = scene.nodes.find((x) => x.id === id);
        return direction === "right" ? [n?.x ?? 0, (n?.x ?? 0) + (n?.width ?? 0)] : [n?.y ?? 0, (n?.y ?? 0) + (n?.height ?? 0)];
      };
      const [lo, hi] = span("objective");
      for (const id of ["recall-metric", "latency"]) expect((main(id) ?? 0) < hi && span(id)[1] > lo).toBe(true);
      expect(scene.edges.find((e) => e.id === "s1")?.labelBox?.width).toBeGreaterThan(40);
    }
  });

  it("places edge labels", async () => {
    const doc = starterDocument("Labels");
    doc.edges[1] = { ...(doc.edges[1] as Document["edges"][number]), label: "daily batch" };
    const scene = await layout(doc);
    const edge = scene.edges[1];
    expect(edge?.label).toBe("daily batch");
    expect(edge?.labelBox?.width).toBeGreaterThan(40);
  });
});

const spyAdapter = () => {
  const calls: ElkNode[] = [];
  const adapter: LayoutAdapter = {
    run: async (graph) => {
      calls.push(graph);
      return graph;
    },
    dispose: () => {},
  };
  return { adapter, calls };
};

describe("layout refuses and reports", () => {
  it("refuses an invalid document with core's problems before ELK runs", async () => {
    const { adapter, calls } = spyAdapter();
    const doc = starterDocument("Bad");
    const bad = {
      ...doc,
      edges: [...doc.edges, { id: EdgeId("x"), kind: "data" as const, source: NodeId("model"), target: NodeId("nope") }],
    };
    const error = await layout(bad, { adapter }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayoutError);
    expect((error as LayoutError).kind).toBe("invalid");
    expect((error as LayoutError).problems).toContainEqual({ path: "edges[3].target", message: 'no node with id "nope"' });
    expect((error as LayoutError).message).toContain("edges[3].target");
    expect(calls).toHaveLength(0);
  });

  it("refuses a too-large document before ELK runs", async () => {
    const { adapter, calls } = spyAdapter();
    const big = generateStagedDocument(2001);
    const error = (await layout(big, { adapter }).catch((e: unknown) => e)) as LayoutError;
    expect(error.kind).toBe("invalid");
    expect(error.problems[0]?.path).toBe("nodes");
    expect(calls).toHaveLength(0);
  });

  it("surfaces an ELK failure as an error with the document id and size", async () => {
    const adapter: LayoutAdapter = { run: () => Promise.reject({ message: "java.lang.NullPointerException" }), dispose: () => {} };
    const error = (await layout(starterDocument("Boom", { id: "boom" }), { adapter }).catch((e: unknown) => e)) as LayoutError;
    expect(error).toBeInstanceOf(LayoutError);
    expect(error.kind).toBe("engine");
    expect(error.message).toContain('"boom" (4 nodes, 3 edges)');
    expect(error.message).toContain("NullPointerException");
    expect((error.cause as Error).message).toBe("java.lang.NullPointerException");
  });

  it("rejects with an AbortError when cancelled before or during the run", async () => {
    const doc = generateStagedDocument(30);
    const before = new AbortController();
    before.abort();
    await expect(layout(doc, { signal: before.signal })).rejects.toMatchObject({ name: "AbortError" });
    const during = new AbortController();
    const pending = layout(doc, { signal: during.signal });
    during.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    // The shared engine still works afterwards.
    await expect(layout(doc)).resolves.toMatchObject({ documentId: "generated-30" });
  });
});

describe("stored layouts", () => {
  it("applyScene writes position and size into every node; isLayoutStale tells when they are out of date", async () => {
    const doc = readSample("fraud-detection.mlsd.json");
    expect(await isLayoutStale(doc)).toBe(true);
    const scene = await layout(doc);
    const stored = applyScene(doc, scene);
    for (const n of stored.nodes) {
      const box = scene.nodes.find((s) => s.id === n.id);
      expect(n.position).toEqual({ x: box?.x, y: box?.y });
      expect(n.size).toEqual({ width: box?.width, height: box?.height });
    }
    expect(doc.nodes[0]?.position).toBeUndefined(); // the input is not changed
    expect(await isLayoutStale(stored)).toBe(false);
    expect(await isLayoutStale(stored, { direction: "down" })).toBe(true);
    const moved = structuredClone(stored);
    (moved.nodes[2]?.position as { x: number }).x += 10;
    expect(await isLayoutStale(moved)).toBe(true);
  });
});

describe("pinned nodes", () => {
  it("keep their stored position while the rest is laid out again and a new node is added", async () => {
    const doc = readSample("fraud-detection.mlsd.json");
    const stored = applyScene(doc, await layout(doc));
    const pinnedIds = [stored.nodes[3]?.id, stored.nodes[8]?.id] as string[];
    const pinned: Document = {
      ...stored,
      nodes: [
        ...stored.nodes.map((n) => {
          if (!pinnedIds.includes(n.id)) return { ...n, position: undefined, size: undefined };
          // The user dragged one pinned node 90 px down, onto its neighbours' row.
          return n.id === pinnedIds[1]
            ? { ...n, pinned: true, position: { x: n.position?.x ?? 0, y: (n.position?.y ?? 0) + 90 } }
            : { ...n, pinned: true };
        }),
        { id: NodeId("new-cache"), kind: "prediction-cache", stage: "serving", label: "Score cache", props: {} },
      ],
      edges: [
        ...stored.edges,
        { id: EdgeId("to-cache"), kind: "data", source: NodeId(pinnedIds[1] as string), target: NodeId("new-cache") },
      ],
    };
    const scene = await layout(pinned);
    for (const id of pinnedIds) {
      const want = pinned.nodes.find((n) => n.id === id);
      const got = scene.nodes.find((n) => n.id === id);
      expect({ x: got?.x, y: got?.y, width: got?.width, height: got?.height }).toEqual({ ...want?.position, ...want?.size });
      expect(got?.pinned).toBe(true);
    }
    const check = checkScene(scene);
    expect(check.overlaps).toEqual([]);
    expect(check.detachedEdges).toEqual([]);
    expect(check.outsideFrames).toEqual([]);
    expect(edgesThroughNodes(scene)).toEqual([]);
    // Laying out the result again moves nothing that is pinned, and is stable.
    expect(await layout(pinned)).toEqual(scene);
  });

  it("pins work top to bottom too", async () => {
    const doc = generateStagedDocument(20, 21);
    const stored = applyScene(doc, await layout(doc, { direction: "down" }));
    const target = stored.nodes[5];
    const moved: Document = {
      ...stored,
      nodes: stored.nodes.map((n) =>
        n === target
          ? { ...n, pinned: true, position: { x: (n.position?.x ?? 0) + 120, y: n.position?.y ?? 0 } }
          : { ...n, position: undefined },
      ),
    };
    const scene = await layout(moved);
    expect(scene.direction).toBe("down");
    const got = scene.nodes.find((n) => n.id === target?.id);
    expect({ x: got?.x, y: got?.y }).toEqual(moved.nodes[5]?.position);
    expect(checkScene(scene).overlaps).toEqual([]);
    expect(checkScene(scene).detachedEdges).toEqual([]);
  });

  it("a fully pinned, unchanged layout comes back exactly", async () => {
    const doc = readSample("project-flow.mlsd.json");
    const scene = await layout(doc);
    const stored = applyScene(doc, scene);
    const again = await layout({ ...stored, nodes: stored.nodes.map((n) => ({ ...n, pinned: true })) });
    expect(again.nodes.map(({ x, y, width, height }) => ({ x, y, width, height }))).toEqual(
      scene.nodes.map(({ x, y, width, height }) => ({ x, y, width, height })),
    );
    expect(again.edges).toEqual(scene.edges);
  });
});

describe("applyScene", () => {
  it("keeps the stored box of a node the scene lacks, and refuses one that has none", async () => {
    const doc = starterDocument("Apply");
    const scene = await layout(doc);
    const stored = applyScene(doc, scene);
    const first = stored.nodes[0]!;
    const partial = { ...scene, nodes: scene.nodes.slice(1) };
    expect(applyScene(stored, partial).nodes[0]).toMatchObject({ position: first.position, size: first.size });
    expect(() => applyScene(doc, partial)).toThrow(`the scene has no box for node "${first.id}"`);
  });
});

describe("storedOrFreshScene", () => {
  it("draws stored positions when they fit the direction asked for, else lays out afresh", async () => {
    const doc = starterDocument("Stored or fresh");
    const stored = applyScene(doc, await layout(doc));
    const moved = {
      ...stored,
      nodes: stored.nodes.map((n, i) => (i === 0 && n.position ? { ...n, position: { x: n.position.x + 7, y: n.position.y } } : n)),
    };
    const kept = await storedOrFreshScene(moved);
    expect(kept.stored).toBe(true);
    expect(kept.scene).toEqual(sceneFromDocument(moved));
    expect((await storedOrFreshScene(moved, { direction: "rows" })).stored).toBe(true);
    expect((await storedOrFreshScene(moved, { target: "screen" })).stored).toBe(true);
    expect(await storedOrFreshScene(moved, { target: "a4-portrait" })).toMatchObject({
      stored: false,
      scene: { direction: "rows", target: "a4-portrait" },
    });
    expect((await storedOrFreshScene(moved, { direction: "right" })).stored).toBe(false);
    const down = await storedOrFreshScene(moved, { direction: "down" });
    expect(down).toMatchObject({ stored: false, scene: { direction: "down" } });
    const unplaced = await storedOrFreshScene(doc);
    expect(unplaced.stored).toBe(false);
    expect(unplaced.scene).toEqual(await layout(doc));
  });
});
