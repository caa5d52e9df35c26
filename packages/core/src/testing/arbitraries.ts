import fc from "fast-check";
import { EDGE_KINDS, KINDS, NODE_KINDS, type NodeKind } from "../kinds.js";
import type { PropSpec } from "../props.js";
import type { Document } from "../schema.js";
import { STAGE_IDS } from "../stages.js";

/** fast-check generators of valid documents, for property tests (test-only: not exported). */
const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
const textArb = (max: number) => fc.string({ maxLength: max, unit: "grapheme" });

const propArb = (s: PropSpec): fc.Arbitrary<unknown> => {
  switch (s.type) {
    case "number": {
      const min = s.min ?? -1e6;
      const max = s.max ?? 1e9;
      return s.integer
        ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 2 ** 31)) })
        : fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    }
    case "string":
      return textArb(40);
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...s.options);
  }
};

const propsArb = (kind: NodeKind) => {
  const specs = KINDS[kind].props as Record<string, PropSpec>;
  const entries = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, propArb(s)]));
  return fc.record(entries, { requiredKeys: [] });
};

const coord = fc.integer({ min: -5000, max: 5000 });

const nodeArb = (id: string) =>
  fc.constantFrom(...NODE_KINDS).chain((kind) =>
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant(kind),
        stage: fc.constantFrom(...STAGE_IDS),
        label: textArb(60),
        props: propsArb(kind),
        notes: textArb(80),
        position: fc.record({ x: coord, y: coord }),
        size: fc.record({ width: fc.integer({ min: 1, max: 500 }), height: fc.integer({ min: 1, max: 300 }) }),
        pinned: fc.boolean(),
      },
      { requiredKeys: ["id", "kind", "stage", "label", "props"] },
    ),
  );

export const documentArb: fc.Arbitrary<Document> = fc
  .uniqueArray(idArb, { minLength: 0, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      nodes: ids.length ? fc.tuple(...ids.map(nodeArb)) : fc.constant([]),
      edges:
        ids.length > 1
          ? fc
              .uniqueArray(
                fc.record({
                  s: fc.constantFrom(...ids),
                  t: fc.constantFrom(...ids),
                  kind: fc.constantFrom(...EDGE_KINDS),
                  label: fc.option(textArb(30), { nil: undefined }),
                }),
                { selector: (e) => `${e.s}|${e.t}|${e.kind}`, maxLength: 10 },
              )
              .map((es) =>
                es
                  .filter((e) => e.s !== e.t)
                  .map((e, i) => ({
                    id: `e${i}`,
                    kind: e.kind,
                    source: e.s,
                    target: e.t,
                    ...(e.label !== undefined ? { label: e.label } : {}),
                  })),
              )
          : fc.constant([]),
      notes: fc.array(
        fc.record({
          text: textArb(100),
          title: fc.option(textArb(30), { nil: undefined }),
          stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
      title: textArb(60),
      summary: textArb(200),
      tags: fc.option(fc.array(textArb(20), { maxLength: 4 }), { nil: undefined }),
    }),
  )
  .map(({ nodes, edges, notes, title, summary, tags }) => {
    const doc: Record<string, unknown> = {
      format: "mlsd",
      version: 1,
      id: "generated",
      title,
      summary,
      nodes,
      edges,
      notes: notes.map((n, i) => Object.fromEntries(Object.entries({ id: `note-${i}`, ...n }).filter(([, v]) => v !== undefined))),
    };
    if (tags) doc.tags = tags;
    return doc as unknown as Document;
  });
