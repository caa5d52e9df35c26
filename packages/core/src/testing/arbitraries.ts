import fc from "fast-check";
import { EDGE_KINDS, KINDS, NODE_KINDS, type NodeKind } from "../kinds.js";
import { LIMITS } from "../limits.js";
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
const size = fc.record({ width: fc.integer({ min: 1, max: 500 }), height: fc.integer({ min: 1, max: 300 }) });

/** What a design's nodes may hold for position and size. */
interface Placement {
  coord: fc.Arbitrary<number>;
  size: fc.Arbitrary<{ width: number; height: number }>;
  text: (max: number) => fc.Arbitrary<string>;
}

const L = LIMITS.coordinate;
/** Anywhere a document may place a box: the bounds' edges, fractions, far apart. */
const extremeCoord = fc.oneof(
  coord,
  fc.constantFrom(-L, L, L - 1, -L + 1, 0),
  fc.double({ min: -L, max: L, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
);
const side = (max: number) =>
  fc.oneof(fc.integer({ min: 1, max }), fc.double({ min: 0.001, max: 2, noNaN: true }), fc.double({ min: 1, max: L, noNaN: true }));
/** Text with control characters, bidi overrides and line breaks among any other characters. */
const hostileText = (max: number) =>
  fc.string({
    maxLength: max,
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom("\u001b", "\u0007", "\u0000", "\u202e", "\u2066", "\u0085", "\n", "\t", "\ufeff", "W") },
    ),
  });

const NORMAL: Placement = { coord, size, text: textArb };
const EXTREME: Placement = { coord: extremeCoord, size: fc.record({ width: side(500), height: side(300) }), text: hostileText };

const nodeArb = (id: string, place: Placement = NORMAL) =>
  fc.constantFrom(...NODE_KINDS).chain((kind) =>
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant(kind),
        stage: fc.constantFrom(...STAGE_IDS),
        label: place.text(60),
        props: propsArb(kind),
        notes: place.text(80),
        position: fc.record({ x: place.coord, y: place.coord }),
        size: place.size,
        pinned: fc.boolean(),
      },
      { requiredKeys: ["id", "kind", "stage", "label", "props"] },
    ),
  );

const designArb = (place: Placement, maxNodes: number): fc.Arbitrary<Document> =>
  fc
    .uniqueArray(idArb, { minLength: 0, maxLength: maxNodes })
    .chain((ids) =>
      fc.record({
        nodes: ids.length ? fc.tuple(...ids.map((id) => nodeArb(id, place))) : fc.constant([]),
        edges:
          ids.length > 1
            ? fc
                .uniqueArray(
                  fc.record({
                    s: fc.constantFrom(...ids),
                    t: fc.constantFrom(...ids),
                    kind: fc.constantFrom(...EDGE_KINDS),
                    label: fc.option(place.text(30), { nil: undefined }),
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
            text: place.text(100),
            title: fc.option(place.text(30), { nil: undefined }),
            stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }),
          }),
          { maxLength: 3 },
        ),
        title: place.text(60),
        summary: place.text(200),
        tags: fc.option(fc.array(place.text(20), { maxLength: 4 }), { nil: undefined }),
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

/** Valid documents of up to 8 nodes with ordinary positions and text. */
export const documentArb: fc.Arbitrary<Document> = designArb(NORMAL, 8);

/**
 * Valid documents whose boxes sit anywhere the schema allows (on its bounds, a million
 * pixels apart, fractional, a thousandth of a pixel wide) and whose text holds control
 * characters, bidi overrides and any unicode: what a producer must still store validly.
 */
export const extremeDocumentArb: fc.Arbitrary<Document> = designArb(EXTREME, 8);
