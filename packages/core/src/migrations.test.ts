import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkMigrationChain, MIGRATIONS, type Migration, type RawDocument } from "./migrations.js";
import { createLoader } from "./parse.js";
import { CURRENT_VERSION } from "./schema.js";

// A test-only history of the format: v1 named the summary `description`; v2 called nodes `items`.
const chain: Migration[] = [
  {
    from: 1,
    description: "rename description → summary",
    up: (doc) => {
      doc.summary = doc.description;
      delete doc.description;
      (doc.log as string[]).push("1→2");
      return doc;
    },
  },
  {
    from: 2,
    description: "rename items → nodes",
    up: (doc) => {
      doc.nodes = doc.items;
      delete doc.items;
      (doc.log as string[]).push("2→3");
      return doc;
    },
  },
];

const V3 = z.strictObject({
  format: z.literal("mlsd"),
  version: z.literal(3),
  summary: z.string(),
  nodes: z.array(z.string()),
  log: z.array(z.string()),
});
const load = createLoader({
  version: 3,
  migrations: chain,
  validate: (doc: RawDocument) => (V3.safeParse(doc).success ? [] : [{ path: "", message: "not a v3 document" }]),
  build: (doc) => V3.parse(doc),
});

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
};

describe("migrations", () => {
  it("the real chain is gap-free and ends at the current version", () => {
    expect(checkMigrationChain(MIGRATIONS, 1, CURRENT_VERSION)).toEqual([]);
  });

  it("runs every step in order from the document's version", () => {
    const v1 = deepFreeze({ format: "mlsd", version: 1, description: "old", items: ["a"], log: [] as string[] });
    const result = load(v1);
    expect(result).toEqual({ ok: true, value: { format: "mlsd", version: 3, summary: "old", nodes: ["a"], log: ["1→2", "2→3"] } });
  });

  it("starts from the middle of the chain for a newer document", () => {
    const v2 = { format: "mlsd", version: 2, summary: "mid", items: ["b"], log: [] };
    expect(load(v2)).toEqual({ ok: true, value: { format: "mlsd", version: 3, summary: "mid", nodes: ["b"], log: ["2→3"] } });
  });

  it("does not mutate its input", () => {
    const v1 = { format: "mlsd", version: 1, description: "old", items: ["a"], log: [] as string[] };
    const before = structuredClone(v1);
    load(v1);
    expect(v1).toEqual(before);
  });

  it("refuses a version newer than the chain knows", () => {
    const result = load({ format: "mlsd", version: 4 });
    expect(!result.ok && result.error.kind).toBe("versionTooNew");
  });

  it("reports a failing step as migrationFailed with its versions", () => {
    const broken = createLoader({
      version: 2,
      migrations: [
        {
          from: 1,
          description: "throws",
          up: () => {
            throw new Error("no summary to move");
          },
        },
      ],
      validate: () => [],
      build: (doc) => doc,
    });
    const result = broken({ format: "mlsd", version: 1 });
    expect(!result.ok && result.error).toMatchObject({
      kind: "migrationFailed",
      from: 1,
      to: 2,
      message: expect.stringMatching(/no summary to move/),
    });
  });

  it("refuses a chain with a gap or the wrong end", () => {
    const gap = [chain[0] as Migration, { ...(chain[1] as Migration), from: 3 }];
    expect(checkMigrationChain(gap, 1, 3)).toEqual(["migration 1 starts at version 3, expected 2"]);
    expect(checkMigrationChain(chain, 1, 4)).toEqual(["the chain reaches version 3, but the current version is 4"]);
    expect(() => createLoader({ version: 3, migrations: gap, validate: () => [], build: (d) => d })).toThrow(/broken migration chain/);
  });
});
