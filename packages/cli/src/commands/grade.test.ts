import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { getDocument, getReference, getRubric } from "@mlsd/catalog";
import { type Document, NodeId, removeNodes, serializeDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";
import { csvField } from "./grade.js";

const dir = tempDir("mlsd-grade-");
const write = async (name: string, doc: Document | string) => {
  const file = join(dir(), name);
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, typeof doc === "string" ? doc : serializeDocument(doc));
  return file;
};

/** Splits CSV text into rows of fields, honouring quotes (enough for these tests). */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
};

let reference: Document;
let starter: Document;
let ids: string[];
beforeAll(async () => {
  reference = await getReference("credit-card-fraud");
  starter = await getDocument("credit-card-fraud");
  ids = (await getRubric("credit-card-fraud")).items.map((i) => i.id);
});

describe("mlsd grade", () => {
  it("prints each item passed or missed with its points and evidence, and exits 0", async () => {
    const file = await write("starter.mlsd.json", starter);
    const { code, out, err } = await run("grade", "--exercise", "credit-card-fraud", file);
    expect([code, err]).toEqual([0, ""]);
    const lines = out.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: \\d+/25 on credit-card-fraud$`));
    expect(out).toContain("  pass  four-stages (1/1)  All four stages covered\n");
    expect(out).toContain("  MISS  monitoring (0/2)  Monitoring of what is served\n        missing: a path from serving");
  });

  it("prints JSON: one object per file with file, exercise, score, max and items", async () => {
    const good = await write("reference.mlsd.json", reference);
    const worse = await write("no-monitoring.mlsd.json", removeNodes(reference, [NodeId("monitor")]));
    const { code, out } = await run("grade", "-e", "credit-card-fraud", "--format", "json", good, worse);
    expect(code).toBe(0);
    const [full, missing] = JSON.parse(out);
    expect(full).toMatchObject({ file: good, exercise: "credit-card-fraud", score: 25, max: 25 });
    expect(full.items.map((i: { id: string }) => i.id)).toEqual(ids);
    for (const item of full.items) expect(Object.keys(item)).toEqual(expect.arrayContaining(["id", "title", "passed", "evidence"]));
    expect(missing.score).toBeLessThan(25);
    expect(missing.items.find((i: { id: string }) => i.id === "monitoring")).toMatchObject({
      passed: false,
      earned: 0,
      evidence: expect.stringContaining("the design has no monitoring (a Monitoring node)"),
    });
  });

  it("grades a folder of a class as CSV: a header, one row per file, fields escaped; bad files named without stopping the rest", async () => {
    const klass = join(dir(), "class");
    await write("class/ada.mlsd.json", reference);
    await write('class/smith, jo "jj".mlsd.json', starter);
    await write("class/=cmd.mlsd.json", starter);
    await write("class/broken.mlsd.json", serializeDocument(starter).replace('"kind": "model"', '"kind": "modle"'));
    await write("class/notes.txt", "not a design");
    const { code, out, err } = await run("grade", "--exercise", "credit-card-fraud", "--format", "csv", klass);
    expect(code).toBe(1);
    expect(err).toBe(`${join(klass, "broken.mlsd.json")}: nodes[5].kind: unknown kind "modle"\n`);
    expect(out.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(["file", "score", "max", ...ids]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      join(klass, "=cmd.mlsd.json"),
      join(klass, "ada.mlsd.json"),
      join(klass, 'smith, jo "jj".mlsd.json'),
    ]);
    expect(rows[2]!.slice(1, 3)).toEqual(["25", "25"]);
    expect(
      rows[2]!
        .slice(3)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(25);
    for (const r of rows) expect(r).toHaveLength(3 + ids.length);
    expect(out).toContain(`"${join(klass, 'smith, jo ""jj"".mlsd.json')}"`);
  });

  it("defuses spreadsheet formulas and quotes what CSV needs quoted", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("12.5")).toBe("12.5");
  });

  it("grades against a rubric file, and names the path of a problem in a bad one", async () => {
    const rubric = await write(
      "rubric.json",
      JSON.stringify({
        items: [
          {
            id: "monitoring",
            title: "Monitoring",
            why: "It matters.",
            points: 3,
            requirement: { type: "node", match: { kinds: ["monitoring"] } },
          },
        ],
      }),
    );
    const file = await write("reference.mlsd.json", reference);
    const { code, out } = await run("grade", "--rubric", rubric, "--format", "json", file);
    expect(code).toBe(0);
    expect(JSON.parse(out)[0]).toMatchObject({ exercise: rubric, score: 3, max: 3 });
    const bad = await write(
      "bad-rubric.json",
      JSON.stringify({
        items: [{ id: "x", title: "X", why: "w", points: 1, requirement: { type: "node", match: { kinds: ["monitor"] } } }],
      }),
    );
    const refused = await run("grade", "--rubric", bad, file);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^.*bad-rubric\.json: items\[0\]\.requirement\.match\.kinds\[0\]: expected one of .*, got "monitor"\n$/);
  });

  it("exits 2 on bad usage: an unknown exercise, no exercise, no files, an unknown format", async () => {
    const file = await write("starter.mlsd.json", starter);
    const unknown = await run("grade", "--exercise", "lyft-fraud", file);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^mlsd grade: no exercise "lyft-fraud"; the exercises are duolingo-story-difficulty, credit-card-fraud, /);
    expect((await run("grade", file)).code).toBe(2);
    expect((await run("grade", "--exercise", "credit-card-fraud")).code).toBe(2);
    expect((await run("grade", "--exercise", "credit-card-fraud", "--format", "xlsx", file)).code).toBe(2);
  });

  it("says so when a folder holds no design, and sums up several files", async () => {
    const empty = join(dir(), "empty");
    await mkdir(empty, { recursive: true });
    const file = await write("reference.mlsd.json", reference);
    const { code, out, err } = await run("grade", "-e", "credit-card-fraud", empty, file);
    expect(code).toBe(1);
    expect(err).toBe(`${empty}: the folder holds no .mlsd.json file\n`);
    expect(out).toMatch(/\n1 file graded, 1 could not be read: mean 25\/25\n$/);
  });
});
