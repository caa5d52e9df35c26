import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serializeDocument, starterDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "./testing.js";

/** Issue 17, item 7: nothing echoed from a file reaches the terminal raw. */
const dir = tempDir("mlsd-terminal-");
const file = (name: string) => join(dir(), name);
/** Raw control characters (but line breaks and tabs) and bidi overrides/isolates. */
const RAW = /(?![\n\t])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

const ESCAPES = "\u001b[2J\u001b]0;pwned\u0007";
beforeAll(async () => {
  await writeFile(file("escapes.mlsd.json"), `${ESCAPES} {`);
  const doc = starterDocument("Evil \u202eelif");
  const bad = JSON.parse(serializeDocument({ ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, label: `Part\u202e${i}\u001b[31m` })) }));
  await writeFile(file("bidi.mlsd.json"), JSON.stringify(bad));
  bad.nodes[3].props = { latencyMs: "fast\u202e\u001b[2J" };
  await writeFile(file("bad-bidi.mlsd.json"), JSON.stringify(bad));
});

/** Runs mlsd with file names made absolute in this test's folder. */
const runHere = (args: string[]) => run(...args.map((a) => (a.endsWith(".json") || a.endsWith(".pdf") ? file(a) : a)));

const commands = (f: string): [string, string[]][] => [
  ["validate", ["validate", f]],
  ["review", ["review", f]],
  ["review --format json", ["review", "--format", "json", f]],
  ["layout", ["layout", f]],
  ["render", ["render", f]],
  ["handout", ["handout", f, "-o", "out.pdf"]],
];

// Layouts and handouts run here: room for a busy machine.
describe("terminal escapes from a file", { timeout: 60_000 }, () => {
  it.each(commands("escapes.mlsd.json"))("mlsd %s shows the escape sequences of a garbage file escaped", async (_, args) => {
    const { code, out, err } = await runHere(args);
    expect(code).toBe(1);
    expect(out + err).not.toMatch(RAW);
    expect(out + err).toContain("\\x1b[2J");
  });

  it.each(commands("bad-bidi.mlsd.json"))("mlsd %s shows bidi overrides in an invalid value escaped", async (_, args) => {
    const { code, out, err } = await runHere(args);
    expect(code).toBe(1);
    expect(out + err).not.toMatch(RAW);
    expect(out + err).toContain("\\u202e");
  });

  it.each(commands("bidi.mlsd.json"))("mlsd %s prints a valid design holding bidi overrides without raw ones", async (_, args) => {
    const { out, err } = await runHere(args);
    expect(out + err).not.toMatch(RAW);
  });

  it("keeps the data it prints the same: JSON escapes in a design, character references in an SVG", async () => {
    const layout = await run("layout", file("bidi.mlsd.json"));
    expect(JSON.parse(layout.out).title).toBe("Evil \u202eelif");
    const svg = await run("render", file("bidi.mlsd.json"));
    expect(svg.out).toContain("Evil &#x202e;elif");
  });

  it("escapes a file name given on the command line too", async () => {
    const { err } = await run("validate", file("\u001b[31mred\u202e.json"));
    expect(err).not.toMatch(RAW);
    expect(err).toContain("\\x1b[31mred\\u202e.json: cannot read the file: no such file");
  });
});
