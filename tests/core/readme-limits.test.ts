import { readFileSync } from "node:fs";
import { LIMITS } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { LONG_LINK_CHARS } from "../../apps/web/src/lib/share.js";
import { MAX_DIAGRAM_PAGES } from "../../packages/pdf/src/geometry.js";

/** The README's "Limits" table says what the code enforces: every limit, with its value. */
const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("## Limits"), readme.indexOf("\n## ", readme.indexOf("## Limits") + 1));
const rows = section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| limit") && !l.startsWith("|---"));

const shown = (key: string, value: number) => (key.endsWith("Bytes") ? `${value / 1024 / 1024} MB` : value.toLocaleString("en-US"));

describe("the README's Limits section", () => {
  it("names every limit in LIMITS", () => {
    for (const key of Object.keys(LIMITS)) expect(section, `LIMITS.${key}`).toContain(`\`LIMITS.${key}\``);
  });

  it.each(Object.entries({ ...LIMITS, LONG_LINK_CHARS, MAX_DIAGRAM_PAGES }))("gives %s its value from the code", (key, value) => {
    const name = /^[A-Z_]+$/.test(key) ? `\`${key}\`` : `\`LIMITS.${key}\``;
    const row = rows.find((r) => r.split("|")[1]?.includes(name));
    expect(row, name).toBeDefined();
    const [, limit = "", cell = ""] = row?.split("|") ?? [];
    // A row naming two limits gives their values in the same order.
    const names = [...limit.matchAll(/`(LIMITS\.\w+|LONG_LINK_CHARS|MAX_DIAGRAM_PAGES)`/g)].map((m) => m[1]);
    const values = [...cell.matchAll(/\d{1,3}(?:,\d{3})*(?:\.\d+)?(?: MB)?/g)].map((m) => m[0]);
    expect(values[names.indexOf(name.slice(1, -1))], `${name} in "${cell.trim()}"`).toBe(shown(key, value));
  });
});
