import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED_DIR } from "../scripts/documents.mjs";
import { listFiles, renderGenerated } from "../scripts/generate.mjs";

describe("src/generated (run `pnpm --filter @mlsd/catalog generate` after changing a document)", () => {
  const expected = renderGenerated();

  it("has exactly one module per document and per rubric, plus the index", () => {
    expect(listFiles(GENERATED_DIR).sort()).toEqual([...expected.keys()].sort());
  });

  it.each([...expected.keys()])("%s matches the documents", (name) => {
    expect(readFileSync(join(GENERATED_DIR, name), "utf8")).toBe(expected.get(name));
  });

  it("keeps documents out of the index: it loads each one only through a dynamic import", () => {
    const index = expected.get("index.ts") ?? "";
    expect(index).not.toMatch(/^import (?!type )/m);
    // Every module but the index itself and the shared rubric items, which each rubric module imports.
    expect(index.match(/\(\) => import\("\.\/[^"]+\.js"\)/g)).toHaveLength(expected.size - 2);
    expect(expected.get("rubrics/credit-card-fraud.ts")).toContain('import base from "./base.js";');
  });
});
