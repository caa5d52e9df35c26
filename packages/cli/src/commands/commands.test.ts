import { parseDocumentText, SCHEMA_URL, STAGE_IDS } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { run } from "../testing.js";

describe("mlsd new", () => {
  it("prints a valid starter design with the four stages and their questions", async () => {
    const { code, out } = await run("new", "--title", "Fraud at Lyft");
    expect(code).toBe(0);
    const result = parseDocumentText(out);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ $schema: SCHEMA_URL, id: "fraud-at-lyft", title: "Fraud at Lyft" });
    expect(out.split("\n")[1]).toBe(`  "$schema": "${SCHEMA_URL}",`);
    expect(new Set(result.value.nodes.map((n) => n.stage))).toEqual(new Set(STAGE_IDS));
    expect(result.value.notes.map((n) => n.stage)).toEqual([...STAGE_IDS]);
  });

  it("refuses an empty title and a bad id with a clear message", async () => {
    expect((await run("new", "--title", "  ")).code).toBe(2);
    const bad = await run("new", "--title", "x", "--id", "not an id");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^mlsd new: id: expected an id/);
  });

  it("asks for --title", async () => {
    const { code, err } = await run("new");
    expect(code).toBe(2);
    expect(err).toMatch(/--title/);
  });
});

describe("mlsd validate", () => {
  it("gives unreadable files their own message", async () => {
    const { code, err } = await run("validate", "/nonexistent/design.mlsd.json");
    expect(code).toBe(1);
    expect(err).toBe("/nonexistent/design.mlsd.json: cannot read the file: no such file\n");
  });
});

describe("writing files", () => {
  it.each([
    ["new", "--title", "x", "-o"],
    ["handout", new URL("../../../../samples/fraud-detection.mlsd.json", import.meta.url).pathname, "-o"],
    ["import", new URL("../../../interop/fixtures/course-loop.mmd", import.meta.url).pathname, "-o"],
    ["export", new URL("../../../../samples/fraud-detection.mlsd.json", import.meta.url).pathname, "--to", "drawio", "-o"],
  ])("mlsd %s names a missing output folder before doing any work", async (...args) => {
    const target = "/nonexistent-folder/out.pdf";
    const { code, err } = await run(...args, target);
    expect(code).toBe(1);
    expect(err).toBe(`mlsd: cannot write ${target}: the folder /nonexistent-folder does not exist\n`);
  });
});

describe("mlsd kinds", () => {
  it("lists every kind with its stage and typed properties", async () => {
    const { code, out } = await run("kinds");
    expect(code).toBe(0);
    expect(out).toMatch(/^online-service \(serving\): Online prediction service\./m);
    expect(out).toMatch(/^ {4}latencyMs: number \(ms\), ≥ 0$/m);
    expect(out).toMatch(/^ {4}source: human \| weak-supervision \| user-feedback/m);
  });
});
