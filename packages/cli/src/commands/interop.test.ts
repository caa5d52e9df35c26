import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocumentText, serializeDocument, starterDocument } from "@mlsd/core";
import { importMermaid } from "@mlsd/interop";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";

const dir = tempDir("mlsd-interop-");
const PIPELINE = [
  "flowchart LR",
  "  raw[(Raw events)] --> fs[(Feature Store)] --> train[Model training] --> reg[Model Registry]",
  "  reg --> api[Prediction service] --> mon[Monitoring]",
  "  mon -.->|drift| train",
].join("\n");
const README = ["# Notes", "```mermaid", "sequenceDiagram", "  A->>B: hi", "```", "```mermaid", PIPELINE, "```", ""].join("\n");

beforeAll(async () => {
  await writeFile(join(dir(), "pipeline.mmd"), PIPELINE);
  await writeFile(join(dir(), "README.md"), README);
  await writeFile(join(dir(), "starter.mlsd.json"), serializeDocument(starterDocument("Starter")));
});

// Imports and draw.io exports run a full ELK layout.
describe("mlsd import", { timeout: 30_000 }, () => {
  it("prints a laid-out design and reports inference and review on standard error", async () => {
    const { code, out, err } = await run("import", join(dir(), "pipeline.mmd"));
    expect(code).toBe(0);
    const doc = parseDocumentText(out);
    if (!doc.ok) throw new Error(doc.error.message);
    expect(doc.value.title).toBe("pipeline");
    expect(doc.value.nodes.map((n) => n.kind)).toEqual([
      "data-source",
      "feature-store",
      "training-job",
      "model-registry",
      "online-service",
      "monitoring",
    ]);
    expect(doc.value.nodes.every((n) => n.position && n.size)).toBe(true);
    expect(doc.value.edges.find((e) => e.source === "mon")?.kind).toBe("feedback");
    expect(err).toContain("pipeline.mmd: 6 parts and 6 edges");
    expect(err).toMatch(/review: \d+ errors?, \d+ warnings?/);
  });

  it("writes -o, picks the first flowchart of Markdown or the block asked for", async () => {
    const out = join(dir(), "readme.mlsd.json");
    const written = await run("import", join(dir(), "README.md"), "-o", out);
    expect(written.code).toBe(0);
    expect(written.err).toContain("from Mermaid block 2 of 2 (line 7)");
    const saved = parseDocumentText(await readFile(out, "utf8"));
    expect(saved.ok && saved.value.nodes.length).toBe(6);
    expect(saved.ok && saved.value.title).toBe("Notes");
    const first = await run("import", join(dir(), "README.md"), "--block", "1");
    expect(first.code).toBe(1);
    expect(first.err).toContain("This is a sequence diagram (sequenceDiagram)");
    expect((await run("import", join(dir(), "README.md"), "--block", "0")).code).toBe(2);
  });

  it("never writes or changes a file when the import fails, and names line and column", async () => {
    const out = join(dir(), "kept.mlsd.json");
    await writeFile(out, "my earlier work");
    await writeFile(join(dir(), "broken.mmd"), "flowchart LR\n  A -- label B\n");
    const { code, err } = await run("import", join(dir(), "broken.mmd"), "-o", out);
    expect(code).toBe(1);
    expect(err).toBe(
      `${join(dir(), "broken.mmd")}: line 2, column 5: the link label started with "--" has no closing arrow such as "-->"\n`,
    );
    expect(await readFile(out, "utf8")).toBe("my earlier work");
    const missing = await run("import", join(dir(), "nope.mmd"), "-o", out);
    expect(missing.err).toContain("cannot read the file: no such file");
    expect(await readFile(out, "utf8")).toBe("my earlier work");
  });
});

describe("mlsd export", { timeout: 30_000 }, () => {
  it("writes a Mermaid flowchart that imports back to the same design", async () => {
    const { code, out } = await run("export", join(dir(), "starter.mlsd.json"), "--to", "mermaid");
    expect(code).toBe(0);
    expect(out).toMatch(/^---\ntitle: "Starter"\n---\n%% mlsd design/);
    const back = importMermaid(out);
    expect(back.ok && back.value.document.nodes.map((n) => [n.id, n.kind, n.stage])).toEqual(
      starterDocument("Starter").nodes.map((n) => [n.id, n.kind, n.stage]),
    );
  });

  it("lays out a design without positions before writing draw.io", async () => {
    const out = join(dir(), "starter.drawio");
    const { code, err } = await run("export", join(dir(), "starter.mlsd.json"), "--to", "drawio", "-o", out);
    expect(code).toBe(0);
    expect(err).toBe(`wrote ${out}\n`);
    const xml = await readFile(out, "utf8");
    expect(xml).toMatch(/^<\?xml[^>]+>\n<mxfile /);
    expect(xml.match(/<UserObject /g)).toHaveLength(4);
    expect(xml.match(/ edge="1"/g)).toHaveLength(3);
    expect(xml.match(/swimlane;/g)).toHaveLength(4);
  });

  it("refuses an unknown format and an invalid design", async () => {
    const bad = await run("export", join(dir(), "starter.mlsd.json"), "--to", "png");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Allowed choices are mermaid, drawio");
    expect((await run("export", join(dir(), "starter.mlsd.json"))).code).toBe(2);
    await writeFile(join(dir(), "invalid.mlsd.json"), "{}");
    const invalid = await run("export", join(dir(), "invalid.mlsd.json"), "--to", "mermaid");
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('invalid.mlsd.json: format: expected "mlsd"');
  });
});
