import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { LIMITS, parseDocumentText, serializeDocument, starterDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";

const dir = tempDir("mlsd-layout-");
beforeAll(() => writeFile(join(dir(), "starter.mlsd.json"), serializeDocument(starterDocument("Starter"))));

describe("mlsd layout", () => {
  it("prints the design with a position and size in every node", async () => {
    const { code, out } = await run("layout", join(dir(), "starter.mlsd.json"));
    expect(code).toBe(0);
    const doc = parseDocumentText(out);
    if (!doc.ok) throw new Error(doc.error.message);
    for (const n of doc.value.nodes) {
      expect(n.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
      expect(n.size?.width).toBeGreaterThan(0);
    }
    expect(doc.value.layout).toEqual({ direction: "rows", target: "screen" });
  });

  it("writes to -o, and --check then passes; a moved node makes --check fail", async () => {
    const file = join(dir(), "starter.mlsd.json");
    const laid = join(dir(), "laid.mlsd.json");
    expect((await run("layout", file, "--check")).code).toBe(1);
    const written = await run("layout", file, "-o", laid);
    expect(written.code).toBe(0);
    expect(written.err).toContain(`wrote ${laid}`);
    const ok = await run("layout", laid, "--check");
    expect(ok).toMatchObject({ code: 0, out: `${laid}: layout up to date\n` });
    expect((await run("layout", laid, "--check", "--direction", "down")).code).toBe(1);
    const text = await readFile(laid, "utf8");
    const moved = text.replace(/"x": (\d+)/, (_, x: string) => `"x": ${Number(x) + 40}`);
    await writeFile(join(dir(), "moved.mlsd.json"), moved);
    const stale = await run("layout", join(dir(), "moved.mlsd.json"), "--check");
    expect(stale.code).toBe(1);
    expect(stale.err).toContain("stale");
  });

  it("lays out top to bottom with --direction down and refuses other directions", async () => {
    const { code, out } = await run("layout", join(dir(), "starter.mlsd.json"), "--direction", "down");
    expect(code).toBe(0);
    const doc = parseDocumentText(out);
    if (!doc.ok) throw new Error(doc.error.message);
    const ys = doc.value.nodes.map((n) => n.position?.y ?? 0);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const bad = await run("layout", join(dir(), "starter.mlsd.json"), "--direction", "left");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--direction must be "rows", "right" or "down"');
  });

  it("fits rows to --target and stores it; --check is stale for another target; refuses bad targets", async () => {
    const file = join(dir(), "starter.mlsd.json");
    const portrait = join(dir(), "portrait.mlsd.json");
    expect((await run("layout", file, "--target", "a4-portrait", "-o", portrait)).code).toBe(0);
    const doc = parseDocumentText(await readFile(portrait, "utf8"));
    if (!doc.ok) throw new Error(doc.error.message);
    expect(doc.value.layout).toEqual({ direction: "rows", target: "a4-portrait" });
    expect((await run("layout", portrait, "--check", "--target", "a4-portrait")).code).toBe(0);
    expect((await run("layout", portrait, "--check", "--target", "16:9")).code).toBe(1);
    for (const [args, message] of [
      [["--target", "wide"], '--target must be "screen", "a4-portrait", "a4-landscape" or a width:height'],
      [["--target", "screen", "--direction", "right"], "does not go with --direction right"],
    ] as const) {
      const bad = await run("layout", file, ...args);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain(message);
    }
  });

  it("prints problems as file: path: message", async () => {
    const bad = join(dir(), "bad.mlsd.json");
    await writeFile(
      bad,
      JSON.stringify({
        ...starterDocument("Bad"),
        nodes: [{ id: "x", kind: "model", stage: "nowhere", label: "X", props: {} }],
        edges: [],
      }),
    );
    const { code, err } = await run("layout", bad);
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: nodes\\[0\\]\\.stage: `));
    const missing = await run("layout", join(dir(), "missing.mlsd.json"));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("cannot read the file: no such file");
  });

  it("writes over its input a file every command reads again, even with a part pinned at the coordinate limit (issue 17, item 1)", {
    timeout: 60_000,
  }, async () => {
    const file = join(dir(), "edge.mlsd.json");
    const doc = starterDocument("Edge");
    const [first, ...rest] = doc.nodes;
    const edge = { ...first!, position: { x: LIMITS.coordinate, y: LIMITS.coordinate }, size: { width: 0.4, height: 0.4 }, pinned: true };
    await writeFile(file, serializeDocument({ ...doc, nodes: [edge, ...rest] }));
    expect((await run("layout", file, "-o", file)).code).toBe(0);
    const again = await run("validate", file);
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    expect((await run("layout", file, "--check")).code).toBe(0);
  });
});
