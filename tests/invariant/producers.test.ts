import {
  addNode,
  changeKind,
  connect,
  createNode,
  type Document,
  duplicateNodes,
  EDGE_KINDS,
  emptyDocument,
  LIMITS,
  MIGRATIONS,
  moveToStage,
  NODE_KINDS,
  NodeId,
  parseDocument,
  parseDocumentText,
  pasteNodes,
  removeNodes,
  runMigrations,
  STAGE_IDS,
  serializeDocument,
  updateNode,
} from "@mlsd/core";
import { applyScene, layout } from "@mlsd/layout";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commitMoves } from "../../apps/web/src/components/canvas/commit.js";
import { stageFrames, withBoxes } from "../../apps/web/src/lib/geometry.js";
import { decodeShare, encodeShare } from "../../apps/web/src/lib/share.js";
import { createEditorStore, editorActions } from "../../apps/web/src/state/editor.js";
import { extremeDocumentArb } from "../support/arbitraries.js";

/**
 * Issue 17's invariant: whatever mlsd writes is a document `parseDocument` accepts. Every
 * producer of documents runs over random valid designs whose boxes sit anywhere the schema
 * allows (its bounds, a million pixels apart, fractions of a pixel) with hostile text.
 */
const SEED = 17;
const L = LIMITS.coordinate;

/** The problems of what a producer wrote, read back as a file would be. */
const problemsOf = (doc: Document): string[] => {
  const read = parseDocumentText(serializeDocument(doc));
  return read.ok ? [] : read.error.problems.map((p) => `${p.path}: ${p.message}`);
};
const expectLoads = (doc: Document) => expect(problemsOf(doc)).toEqual([]);

describe("layout: what applyScene stores", () => {
  it("loads again, for designs placed anywhere, in both directions", async () => {
    await fc.assert(
      fc.asyncProperty(extremeDocumentArb, fc.constantFrom("right" as const, "down" as const), async (doc, direction) => {
        expectLoads(applyScene(doc, await layout(doc, { direction })));
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);
});

/** One editing step as the editor's UI can make it. */
const coordinate = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -2 * L, max: 2 * L }));
const point = fc.record({ x: coordinate, y: coordinate });
type Step = (doc: Document) => Document;
const pick = <T>(items: readonly T[], i: number): T | undefined => items[i % Math.max(1, items.length)];

const stepArb: fc.Arbitrary<[string, Step]> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NODE_KINDS), point)
    .map(([kind, at]): [string, Step] => [`add ${kind} at ${at.x},${at.y}`, (d) => addNode(d, createNode(d, kind, { position: at }))]),
  fc.tuple(fc.nat(), point).map(([i, to]): [string, Step] => [
    `drag #${i} to ${to.x},${to.y}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? commitMoves(d, new Map([[n.id, to]]), stageFrames(d)) : d;
    },
  ]),
  fc.tuple(fc.nat(), point).map(([i, by]): [string, Step] => [
    `paste #${i} shifted ${by.x},${by.y}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? pasteNodes(d, [n], [], by).doc : d;
    },
  ]),
  fc.tuple(fc.nat(), point).map(([i, by]): [string, Step] => [
    `duplicate #${i} shifted ${by.x},${by.y}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? duplicateNodes(d, [n.id], by).doc : d;
    },
  ]),
  fc.nat().map((i): [string, Step] => [
    `remove #${i}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? removeNodes(d, [n.id]) : d;
    },
  ]),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...EDGE_KINDS)).map(([i, j, kind]): [string, Step] => [
    `connect #${i} → #${j} (${kind})`,
    (d) => {
      const s = pick(d.nodes, i);
      const t = pick(d.nodes, j);
      return s && t ? connect(d, { source: s.id, target: t.id, kind }) : d;
    },
  ]),
  fc.tuple(fc.nat(), fc.constantFrom(...NODE_KINDS)).map(([i, kind]): [string, Step] => [
    `change #${i} to ${kind}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? changeKind(d, n.id, kind) : d;
    },
  ]),
  fc.tuple(fc.nat(), fc.constantFrom(...STAGE_IDS)).map(([i, stage]): [string, Step] => [
    `move #${i} to ${stage}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? moveToStage(d, n.id, stage) : d;
    },
  ]),
  fc.tuple(fc.nat(), fc.string({ maxLength: LIMITS.labelLength })).map(([i, label]): [string, Step] => [
    `relabel #${i}`,
    (d) => {
      const n = pick(d.nodes, i);
      return n ? updateNode(d, n.id, { label }) : d;
    },
  ]),
);

describe("the editor: every edit through edit()", () => {
  it("leaves a design that loads again after any sequence of edits (a refused edit changes nothing)", () => {
    fc.assert(
      fc.property(extremeDocumentArb, fc.array(stepArb, { minLength: 1, maxLength: 12 }), (doc, steps) => {
        const store = createEditorStore("test", withBoxes(doc));
        const actions = editorActions(store);
        for (const [, step] of steps) {
          actions.edit(step);
          expectLoads(store.get().history.present);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 120_000);

  it("keeps the pure graph operations valid on their own, before the editor's clamp", () => {
    fc.assert(
      fc.property(extremeDocumentArb, fc.array(stepArb, { minLength: 1, maxLength: 8 }), (doc, steps) => {
        let current = doc;
        for (const [, step] of steps) {
          try {
            current = step(current);
          } catch {
            // A refused operation (a duplicate connection, too many parts) leaves the design as it was.
          }
          expectLoads(current);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  }, 120_000);

  it("stops a part dragged a million pixels past the edge at the edge", () => {
    const empty = emptyDocument("Drag");
    const doc = withBoxes(addNode(empty, createNode(empty, "model", { position: { x: 0, y: 0 } })));
    const moved = commitMoves(doc, new Map([[doc.nodes[0]!.id, { x: 3 * L, y: -3 * L }]]), stageFrames(doc));
    expect(moved.nodes[0]?.position).toEqual({ x: L, y: -L });
  });
});

describe("imports, share links and migrations", () => {
  it("withBoxes (every way a design enters the editor) keeps a design loadable", () => {
    fc.assert(
      fc.property(extremeDocumentArb, (doc) => {
        const bare = { ...doc, nodes: doc.nodes.map(({ position: _p, size: _s, ...n }, i) => (i % 2 ? n : doc.nodes[i]!)) } as Document;
        expectLoads(withBoxes(bare));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("a share link opens to a design that loads, equal to the one shared", async () => {
    await fc.assert(
      fc.asyncProperty(extremeDocumentArb, async (doc) => {
        const shared = withBoxes(doc);
        const back = await decodeShare(encodeShare(shared), async () => undefined);
        if (!back.ok) throw new Error(back.message);
        expectLoads(back.doc);
        expect(serializeDocument(back.doc)).toBe(serializeDocument(shared));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("migrations turn every valid document of any version into one that loads", () => {
    fc.assert(
      fc.property(extremeDocumentArb, (doc) => {
        const raw = JSON.parse(serializeDocument(doc)) as Record<string, unknown>;
        const migrated = runMigrations(raw, raw.version as number, MIGRATIONS, 1);
        if (!migrated.ok) throw new Error(migrated.error.message);
        expect(parseDocument(migrated.value).ok).toBe(true);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("the node ids the editor makes stay ids the schema accepts", () => {
    // Copies of an 80-character id (the longest allowed) get a suffix, and stay within 80 characters.
    const doc = emptyDocument("Long ids");
    const withLong = addNode(doc, createNode(doc, "model", { id: NodeId("x".repeat(80)) }));
    let pasted = withLong;
    for (let i = 0; i < 12; i++) pasted = pasteNodes(pasted, withLong.nodes, []).doc;
    expect(pasted.nodes).toHaveLength(13);
    expectLoads(pasted);
  });
});
