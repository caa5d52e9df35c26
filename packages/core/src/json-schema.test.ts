import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { documentJsonSchema } from "./json-schema.js";

it("the committed JSON Schema matches the zod schema (run `pnpm --filter @mlsd/core schema` after a change)", () => {
  const committed = JSON.parse(readFileSync(new URL("../schema/mlsd.schema.json", import.meta.url), "utf8"));
  expect(committed).toEqual(documentJsonSchema());
});
