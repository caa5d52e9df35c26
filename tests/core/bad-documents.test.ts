import { readdirSync, readFileSync } from "node:fs";
import { main } from "@mlsd/cli";
import { DocumentSchema, parseDocumentText } from "@mlsd/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

const dir = new URL("../fixtures/bad-documents/", import.meta.url);
const expected: Record<string, { kind: string; path: string }> = JSON.parse(
  readFileSync(new URL("../fixtures/bad-documents.expected.json", import.meta.url), "utf8"),
);
const files = readdirSync(dir).sort();
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
const samples = ["project-flow.mlsd.json", "fraud-detection.mlsd.json"].map((f) => new URL(`../../samples/${f}`, import.meta.url));

describe("bad documents", () => {
  it("has at least 25 fixtures, each with an expectation", () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)("%s is refused with the expected error kind and path", (file) => {
    const result = parseDocumentText(read(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe(expected[file]?.kind);
    expect(result.error.problems.map((p) => p.path)).toContain(expected[file]?.path);
    for (const p of result.error.problems) expect(p.message.length).toBeLessThan(300);
  });

  it("mlsd validate prints `file: path: message` for each and exits 1", async () => {
    const out: string[] = [];
    const errs: string[] = [];
    const paths = files.map((f) => new URL(f, dir).pathname);
    const code = await main(["node", "mlsd", "validate", ...paths], { out: (t) => out.push(t), err: (t) => errs.push(t) });
    expect(code).toBe(1);
    const text = errs.join("");
    for (const f of files) {
      const path = expected[f]?.path;
      const prefix = path ? `${new URL(f, dir).pathname}: ${path}: ` : `${new URL(f, dir).pathname}: `;
      expect(text).toContain(prefix);
    }
    expect(out.join("")).toContain(`0 of ${files.length} files valid`);
  });

  it("mlsd validate exits 0 on the samples", async () => {
    const out: string[] = [];
    const code = await main(["node", "mlsd", "validate", ...samples.map((u) => u.pathname)], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
    });
    expect(out.join("")).toContain("2 of 2 files valid");
    expect(code).toBe(0);
  });
});

describe("the JSON Schema agrees with zod", () => {
  const schema = JSON.parse(readFileSync(new URL("../../packages/core/schema/mlsd.schema.json", import.meta.url), "utf8"));
  const validate = new Ajv2020({ allErrors: false, strict: false }).compile(schema);
  const inputs = [
    ...files.map((f) => ({ name: f, text: read(f) })),
    ...samples.map((u) => ({ name: u.pathname, text: readFileSync(u, "utf8") })),
  ];
  const parsable = inputs.flatMap(({ name, text }) => {
    try {
      return [{ name, value: JSON.parse(text) as unknown }];
    } catch {
      return [];
    }
  });

  it.each(parsable.map((p) => [p.name, p.value] as const))("on %s", (_name, value) => {
    // Reference checks (unique ids, dangling edges) are beyond both schemas; compare the schemas alone.
    expect(validate(value)).toBe(DocumentSchema.safeParse(value).success);
  });

  it("covers valid and invalid inputs", () => {
    const verdicts = parsable.map((p) => DocumentSchema.safeParse(p.value).success);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });
});
