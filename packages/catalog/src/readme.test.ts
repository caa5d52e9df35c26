import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { PACKAGE_DIR } from "../scripts/documents.mjs";
import { renderReadme } from "../scripts/readme.mjs";
import { CATALOG_IDS } from "./index.js";

it("README.md is up to date (run `pnpm --filter @mlsd/catalog readme`) and lists every entry", () => {
  const readme = readFileSync(join(PACKAGE_DIR, "README.md"), "utf8");
  expect(readme).toBe(renderReadme());
  for (const id of CATALOG_IDS) expect(readme).toContain(`| \`${id}\` |`);
});
