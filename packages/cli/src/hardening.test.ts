import { lstat, mkdir, readdir, readFile, readlink, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Document, NodeId, serializeDocument, starterDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "./testing.js";

/** Issue 17: what the CLI does with hostile paths, files and sizes. */
const dir = tempDir("mlsd-hardening-");
const file = (name: string) => join(dir(), name);
const starter = () => file("starter.mlsd.json");
beforeAll(() => writeFile(starter(), serializeDocument(starterDocument("Starter"))));

/** The starter with stored positions, its first and last part `gap` pixels apart. */
const spread = (gap: number): Document => {
  const doc = starterDocument("Spread");
  return {
    ...doc,
    nodes: doc.nodes.map((n, i) => ({
      ...n,
      position: { x: i === doc.nodes.length - 1 ? gap : i * 200, y: 0 },
      size: { width: 150, height: 60 },
    })),
  };
};

describe("PNG pixel cap (item 2)", { timeout: 60_000 }, () => {
  it("refuses a PNG wider than 8,000 pixels before drawing it, naming the largest scale that fits", async () => {
    await writeFile(file("wide.mlsd.json"), serializeDocument(spread(9000)));
    const { code, err } = await run("render", file("wide.mlsd.json"), "-o", file("wide.png"));
    expect(code).toBe(1);
    expect(err).toMatch(
      /^mlsd render: a PNG at --scale 2 would be 18,\d{3} × \d+ pixels, more than the 8,000-pixel limit on a side; the largest scale that fits is 0\.8\d \(--scale 0\.8\d\); or write an SVG/,
    );
    expect(await readdir(dir())).not.toContain("wide.png");
    const fits = /--scale (0\.\d+)\)/.exec(err)?.[1] ?? "";
    expect((await run("render", file("wide.mlsd.json"), "-o", file("wide.png"), "--scale", fits)).code).toBe(0);
  });

  it("says no scale fits when parts are a million pixels apart", async () => {
    const doc = spread(0);
    const far = { ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: i % 2 ? 1_000_000 : -1_000_000, y: i * 100 } })) };
    await writeFile(file("far.mlsd.json"), serializeDocument(far));
    const { code, err } = await run("render", file("far.mlsd.json"), "-o", file("far.png"));
    expect(code).toBe(1);
    expect(err).toContain("no scale of 0.1 or more fits, so write an SVG");
  });

  it.each(["0.0001", "0", "-1", "9", "abc", "1e-9", ""])("refuses --scale %j with a plain message", async (scale) => {
    const { code, err } = await run("render", starter(), "-o", file("s.png"), "--scale", scale);
    expect(code).toBe(2);
    expect(err).toBe(`mlsd render: --scale must be a number from 0.1 to 8 (PNG pixels per SVG unit), got "${scale}"\n`);
  });
});

describe("output paths (items 6 and 10)", { timeout: 60_000 }, () => {
  it.each([
    ["render", ["-o", ""]],
    ["layout", ["-o", ""]],
    ["new", ["--title", "x", "-o", ""]],
  ])("mlsd %s -o '' is an error, not standard output", async (command, args) => {
    const input = command === "new" ? [] : [starter()];
    const { code, out, err } = await run(command, ...input, ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe("mlsd: the output file name is empty; give one with -o, e.g. -o design.svg\n");
  });

  it.each([
    ["render", ".svg"],
    ["render", ".png"],
    ["layout", ".mlsd.json"],
    ["handout", ".pdf"],
  ])("mlsd %s to a folder (%s) names the folder before reading the input, never a temporary file", async (command, ext) => {
    const folder = file(`folder${ext}`);
    await mkdir(folder, { recursive: true });
    // The input does not exist: the output is checked first.
    const { code, err } = await run(command, file("missing.mlsd.json"), "-o", folder);
    expect(code).toBe(1);
    expect(err).toBe(`mlsd: cannot write ${folder}: it is a folder; give a file name inside it\n`);
    expect(err).not.toContain(".tmp");
  });

  it("never follows a symlink planted at the temporary name or at the target", async () => {
    const victim = file("victim.txt");
    await writeFile(victim, "precious");
    const out = file("planted.svg");
    // The old writer's predictable temporary names, for this process, planted as links to the victim.
    for (const name of [`.planted.svg.${process.pid}.tmp`, `.planted.svg.tmp`]) await symlink(victim, file(name));
    await symlink(victim, out);
    const { code, err } = await run("render", starter(), "-o", out);
    expect(code, err).toBe(0);
    expect(await readFile(victim, "utf8")).toBe("precious");
    expect((await lstat(out)).isSymbolicLink()).toBe(false);
    expect(await readFile(out, "utf8")).toMatch(/^<svg /);
    expect(await readlink(file(`.planted.svg.${process.pid}.tmp`))).toBe(victim);
    expect(
      (await readdir(dir())).filter((n) => n.startsWith(".planted.svg.") && !n.endsWith(`${process.pid}.tmp`) && n !== ".planted.svg.tmp"),
    ).toEqual([]);
  });
});

describe("reading input (item 11)", { timeout: 60_000 }, () => {
  it("refuses a file over 20 MB by its size in bytes, without reading it", async () => {
    const big = file("big.mlsd.json");
    await writeFile(big, "");
    await truncate(big, 1_200_000_000); // sparse: takes no disk
    const { code, err } = await run("validate", big);
    expect(code).toBe(1);
    expect(err).toBe(`${big}: the file is 1,144.4 MB, more than the 20 MB limit\n`);
  });

  it("refuses an endless input (a device) as soon as it passes the limit", async () => {
    const { code, err } = await run("validate", "/dev/zero");
    expect(code).toBe(1);
    expect(err).toBe("/dev/zero: the input is more than the 20 MB limit\n");
  });

  it("counts bytes, not characters", async () => {
    const euros = file("euros.mlsd.json");
    await writeFile(euros, JSON.stringify({ ...starterDocument("x"), summary: "€".repeat(7_000_000) }));
    const { code, err } = await run("validate", euros);
    expect(code).toBe(1);
    expect(err).toMatch(/: the file is 20\.0 MB, more than the 20 MB limit\n$/);
  });

  it("refuses a UTF-16 file as the editor does", async () => {
    const text = serializeDocument(starterDocument("Sixteen"));
    await writeFile(file("utf16.mlsd.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const { code, err } = await run("validate", file("utf16.mlsd.json"));
    expect(code).toBe(1);
    expect(err).toContain("it is saved as UTF-16 or UTF-32; save it as UTF-8");
  });

  it("reads a design from standard input with -", async () => {
    const doc = { ...starterDocument("Piped"), nodes: starterDocument("Piped").nodes.filter((n) => n.id !== NodeId("model")), edges: [] };
    const stdin = async function* () {
      yield Buffer.from(serializeDocument(doc));
    };
    const { main } = await import("./main.js");
    const out: string[] = [];
    const code = await main(["node", "mlsd", "validate", "-"], { out: (t) => out.push(t), err: (t) => out.push(t), stdin: stdin() });
    expect(code).toBe(0);
    expect(out.join("")).toBe("-: ok (3 nodes, 0 edges)\n");
  });
});
