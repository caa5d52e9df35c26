import { type Document, LIMITS, serializeDocument } from "@mlsd/core";
import fc from "fast-check";
import { extremeDocumentArb } from "../support/arbitraries.js";

/** Inputs for the fuzzer: valid designs, designs with something broken, and text that is not a design at all. */

/** A valid design placed anywhere, with hostile text, as file text. */
export const validText = extremeDocumentArb.map((d) => serializeDocument(d));

const L = LIMITS.coordinate;
/** Values that break a field: wrong types, extreme numbers, long and hostile strings. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    0,
    -0,
    -1,
    0.4,
    L + 1,
    -L - 1,
    1e308,
    -1e308,
    5e-324,
    2 ** 53,
    "",
    [],
    {},
    "\u001b[2J\u001b]0;x\u0007",
    "\u202e",
  ),
  fc.string({ maxLength: 300 }),
  fc.constantFrom("x".repeat(5_001), "€".repeat(2_001), "\u202e".repeat(500)),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Json => typeof v === "object" && v !== null;

/** Every path into a JSON value (for picking one to break). */
const paths = (value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) => {
  out.push(at);
  if (Array.isArray(value))
    value.forEach((v, i) => {
      paths(v, [...at, i], out);
    });
  else if (isContainer(value)) for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
};

const setAt = (root: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown => {
  if (!path.length) return value;
  const copy = structuredClone(root) as Json;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Json;
  const last = path[path.length - 1] as string | number;
  if (remove && Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else if (remove) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
  return copy;
};

/** A valid design with one to three fields replaced by bad values or removed. */
export const brokenText: fc.Arbitrary<string> = extremeDocumentArb.chain((doc: Document) => {
  const json = JSON.parse(serializeDocument(doc)) as unknown;
  const all = paths(json);
  const edit = fc.tuple(fc.nat({ max: all.length - 1 }), badValue, fc.boolean());
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let value = json;
    for (const [i, bad, remove] of edits) {
      const path = all[i] ?? [];
      try {
        value = setAt(value, path, bad, remove && path.length > 0);
      } catch {
        // An earlier edit removed the parent: skip this one.
      }
    }
    return JSON.stringify(value);
  });
});

/** Text that is not a design: any characters, cut or spliced JSON, other JSON values. */
export const garbageText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  // Cut at least the closing "}" off: never a whole design.
  fc.tuple(validText, fc.nat(), fc.string({ maxLength: 5 })).map(([t, at, junk]) => t.slice(0, at % Math.max(1, t.length - 1)) + junk),
  fc.constantFrom(
    "",
    " ",
    "\ufeff",
    "\u001b[2J\u001b]0;pwned\u0007",
    '{"__proto__":{"format":"mlsd"}}',
    "[".repeat(5_000),
    "1".repeat(400),
  ),
);
