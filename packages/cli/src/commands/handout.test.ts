import { execFileSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { getDocument, getReference, getRubric } from "@mlsd/catalog";
import { serializeDocument, starterDocument } from "@mlsd/core";
import { nodeBadges } from "@mlsd/scene";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";

const dir = tempDir("mlsd-handout-");
beforeAll(() => writeFile(join(dir(), "starter.mlsd.json"), serializeDocument(starterDocument("Ride fraud → review ✓"))));

describe("mlsd handout", () => {
  it("prints a design without stored positions as a PDF, laid out afresh", async () => {
    const pdf = join(dir(), "starter.pdf");
    const { code, err } = await run("handout", join(dir(), "starter.mlsd.json"), "-o", pdf);
    expect(code, err).toBe(0);
    expect(err).toMatch(/wrote .*starter\.pdf: \d+ pages, \d+ KB \(fresh layout\)/);
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("Ride fraud → review ✓");
    for (const label of ["Business objective", "Data source", "Model", "Prediction service"]) expect(text).toContain(label);
    expect(text).toContain("Design review");
  }, 60_000);

  it("refuses an invalid document with file: path: message and leaves no file behind", async () => {
    const bad = join(dir(), "bad.mlsd.json");
    const doc = JSON.parse(serializeDocument(starterDocument("Bad")));
    doc.nodes[0].props = { metric: 42 };
    await writeFile(bad, JSON.stringify(doc));
    const before = await readdir(dir());
    const { code, err } = await run("handout", bad, "-o", join(dir(), "bad.pdf"));
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.mlsd\.json: nodes\[0\]\.props\.metric: .+/);
    expect((await readdir(dir())).sort()).toEqual(before.sort());
  });

  it("checks its options before reading anything", async () => {
    const wrongExt = await run("handout", join(dir(), "starter.mlsd.json"), "-o", join(dir(), "x.png"));
    expect(wrongExt.code).toBe(2);
    expect(wrongExt.err).toContain("must end in .pdf");
    const badDirection = await run("handout", join(dir(), "starter.mlsd.json"), "-o", join(dir(), "x.pdf"), "--direction", "up");
    expect(badDirection.code).toBe(2);
    expect((await run("handout", join(dir(), "starter.mlsd.json"))).code).toBe(2);
    const missing = await run("handout", join(dir(), "nope.mlsd.json"), "-o", join(dir(), "x.pdf"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no such file");
    expect((await readdir(dir())).filter((f) => f.startsWith("x") || f.includes(".tmp"))).toEqual([]);
  });

  it("prints Michelangelo's whole diagram on one page, laid out for it, every label legible (issue 11)", async () => {
    const document = await getDocument("uber-michelangelo");
    const file = join(dir(), "michelangelo.mlsd.json");
    await writeFile(file, serializeDocument(document));
    const pdf = join(dir(), "michelangelo.pdf");
    const { code, err } = await run("handout", file, "-o", pdf);
    expect(code, err).toBe(0);
    // Its stored drawing (fitted to a screen) would print in parts.
    expect(err).toMatch(/wrote .*michelangelo\.pdf: \d+ pages, \d+ KB \(laid out for the page\)/);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
    const text = (page: number) => execFileSync("pdftotext", ["-f", `${page}`, "-l", `${page}`, pdf, "-"], { encoding: "utf8" });
    const texts = Array.from({ length: pages }, (_, i) => text(i + 1));
    const drawn = texts.filter((t) => t.includes("Figure: the design by stage"));
    // One diagram page, not parts, and every part's label on it (wrapped lines joined).
    expect(drawn).toHaveLength(1);
    expect(texts.join("")).not.toMatch(/Diagram \(part \d+ of \d+\)/);
    const page = (drawn[0] ?? "").replace(/\s+/g, " ");
    for (const node of document.nodes) expect(page, node.label).toContain(node.label.replace(/\s+/g, " "));
    // The caption states the smallest text: 6 pt or more.
    expect(Number(/smallest text (\d+(?:\.\d+)?) pt/.exec(page)?.[1])).toBeGreaterThanOrEqual(6);
    // Compact boxes: no badge on the drawing (the components table lists every property on later pages).
    const words = [document.title, ...document.nodes.map((n) => n.label), ...document.edges.map((e) => e.label ?? "")].join(" ");
    const badges = document.nodes.flatMap((n) => nodeBadges(n)).filter((b) => !words.includes(b));
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(page).not.toContain(badge);
    // The design file is left as it was.
    expect(await readFile(file, "utf8")).toBe(serializeDocument(document));
  }, 120_000);

  it("prints an exercise's worksheet and answer key (issue 13)", async () => {
    const sheet = join(dir(), "fraud-worksheet.pdf");
    const worksheet = await run("handout", "--worksheet", "credit-card-fraud", "-o", sheet);
    expect(worksheet.code, worksheet.err).toBe(0);
    expect(worksheet.err).toMatch(/wrote .*fraud-worksheet\.pdf: worksheet of credit-card-fraud, \d+ pages/);
    const sheetText = execFileSync("pdftotext", [sheet, "-"], { encoding: "utf8" });
    expect(sheetText).toContain("WORKSHEET");
    expect(sheetText).toContain("Your design, stage by stage");
    expect(sheetText).not.toContain("Rubric");
    const key = join(dir(), "fraud-key.pdf");
    const answerKey = await run("handout", "--answer-key", "credit-card-fraud", "-o", key);
    expect(answerKey.code, answerKey.err).toBe(0);
    const keyText = execFileSync("pdftotext", [key, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(keyText).toContain("ANSWER KEY");
    expect(keyText).toContain((await getReference("credit-card-fraud")).title);
    for (const item of (await getRubric("credit-card-fraud")).items) expect(keyText).toContain(item.title);
  }, 120_000);

  it("refuses an unknown exercise, both variants at once, or a file with an exercise, before any work", async () => {
    const out = join(dir(), "y.pdf");
    const unknown = await run("handout", "--worksheet", "nope", "-o", out);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^mlsd handout: no exercise "nope"; the exercises are .*credit-card-fraud/);
    const both = await run("handout", "--worksheet", "credit-card-fraud", "--answer-key", "credit-card-fraud", "-o", out);
    expect(both.code).toBe(2);
    expect(both.err).toContain("not both");
    const withFile = await run("handout", join(dir(), "starter.mlsd.json"), "--answer-key", "credit-card-fraud", "-o", out);
    expect(withFile.code).toBe(2);
    expect(withFile.err).toContain("leave out the file");
    const none = await run("handout", "-o", out);
    expect(none.code).toBe(2);
    expect(none.err).toContain("name the design file");
    expect((await readdir(dir())).filter((f) => f.startsWith("y"))).toEqual([]);
  });
});
