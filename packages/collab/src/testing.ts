// Helpers for the tests: replicas of one room that exchange updates like a server would.
import type { Document } from "@mlsd/core";
import { expect } from "vitest";
import * as Y from "yjs";
import { readDocument } from "./read.js";
import { writeDocument } from "./write.js";

/** Two or more replicas of one room, started from the same design and in sync. */
export const replicas = (doc: Document, count = 2): Y.Doc[] => {
  const first = new Y.Doc();
  writeDocument(first, doc);
  const state = Y.encodeStateAsUpdate(first);
  return [
    first,
    ...Array.from({ length: count - 1 }, () => {
      const d = new Y.Doc();
      Y.applyUpdate(d, state);
      return d;
    }),
  ];
};

/** Sends every replica what the others have: after this they hold the same state. */
export const sync = (...docs: Y.Doc[]) => {
  const updates = docs.map((d) => Y.encodeStateAsUpdate(d));
  for (const d of docs) for (const u of updates) Y.applyUpdate(d, u);
};

/** The design a replica holds; fails the test when it is not a valid document. */
export const designOf = (ydoc: Y.Doc): Document => {
  const read = readDocument(ydoc);
  if (!read.ok) expect.fail(`${read.error.message} ${read.error.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return read.value;
};

/** Applies a core operation to a replica the way the editor does: read, change, write the difference. */
export const edit = (ydoc: Y.Doc, op: (doc: Document) => Document, origin: unknown = null) => {
  const before = designOf(ydoc);
  writeDocument(ydoc, op(before), { before, origin });
};
