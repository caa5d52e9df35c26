import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Document, NODE_KINDS, NodeId, serializeDocument, starterDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./testing.js";

/**
 * The built `mlsd` process itself (bin/mlsd.js over dist/, as `pnpm test` builds it): real
 * pipes and real permissions, which the in-process tests cannot show.
 */
const BIN = fileURLToPath(new URL("../bin/mlsd.js", import.meta.url));
const dir = tempDir("mlsd-process-");
const file = (name: string) => join(dir(), name);

/** A design with stored positions whose SVG is far larger than a pipe's buffer (64 KB). */
const large = (): Document => {
  const doc = starterDocument("Large");
  const nodes = Array.from({ length: 300 }, (_, i) => ({
    id: NodeId(`n${i}`),
    kind: NODE_KINDS[i % NODE_KINDS.length]!,
    stage: (["setup", "data", "modeling", "serving"] as const)[i % 4],
    label: `Part number ${i}`,
    props: {},
    position: { x: (i % 4) * 400, y: Math.floor(i / 4) * 120 },
    size: { width: 170, height: 64 },
  })) as Document["nodes"];
  return { ...doc, nodes, edges: [] };
};
beforeAll(() => writeFile(file("large.mlsd.json"), serializeDocument(large())));

const exit = (child: ReturnType<typeof spawn>) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    let stderr = "";
    child.stderr?.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stderr }));
  });

describe("a reader that stops early (item 7)", { timeout: 60_000 }, () => {
  it.each([
    ["kinds", ["kinds"]],
    ["kinds --json", ["kinds", "--json"]],
    ["render", ["render", "large.mlsd.json"]],
  ])("mlsd %s into a closed pipe ends quietly with exit 0", async (_, args) => {
    const child = spawn(process.execPath, [BIN, ...args.map((a) => (a.endsWith(".json") ? file(a) : a))], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    // Close our end before mlsd writes: each of its writes now fails with EPIPE.
    child.stdout?.destroy();
    expect(await exit(child)).toEqual({ code: 0, stderr: "" });
  });

  it("mlsd render | head -c 100 ends quietly with exit 0", () => {
    const script = `"${process.execPath}" "${BIN}" render "${file("large.mlsd.json")}" | head -c 100 > /dev/null; echo "status \${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(result.stdout).toBe("status 0\n");
    expect(result.stderr).toBe("");
  });
});

describe("a folder mlsd may not write in (item 10)", { timeout: 60_000 }, () => {
  it("is named before any work, with the user's path", async () => {
    await chmod(dir(), 0o755);
    const locked = file("locked");
    await mkdir(locked);
    await chmod(locked, 0o555);
    // root may write anywhere: run mlsd as an ordinary user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const target = join(locked, "out.svg");
    const child = spawn(process.execPath, [BIN, "render", file("missing.mlsd.json"), "-o", target], { stdio: "pipe", ...asUser });
    const { code, stderr } = await exit(child);
    expect(code).toBe(1);
    expect(stderr).toBe(`mlsd: cannot write ${target}: no permission to write in the folder ${locked}\n`);
  });
});
