import { fileURLToPath } from "node:url";
import { getDocument, getReference } from "@mlsd/catalog";
import { serializeDocument, starterDocument } from "@mlsd/core";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The built `mlsd mcp` as a child process over real stdio, driven by the SDK's own client.
const BIN = fileURLToPath(new URL("../../bin/mlsd.js", import.meta.url));

let client: Client;
let stderr = "";

beforeAll(async () => {
  const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, "mcp"], stderr: "pipe" });
  transport.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  client = new Client({ name: "mlsd-test", version: "1.0.0" });
  await client.connect(transport);
}, 30_000);

afterAll(async () => {
  await client?.close();
});

type Text = { type: "text"; text: string };
const call = async (name: string, args: Record<string, unknown>) => {
  const r = await client.callTool({ name, arguments: args });
  return {
    isError: r.isError === true,
    text: (r.content as Text[]).map((c) => c.text).join(""),
    data: r.structuredContent as Record<string, unknown> | undefined,
  };
};

const starter = serializeDocument(starterDocument("Starter"));
const PIPELINE =
  "flowchart LR\n  raw[(Raw events)] --> train[Model training] --> api[Prediction service] --> mon[Monitoring]\n  mon --> raw";

// Each call crosses a process boundary and may lay out with ELK: slower than an in-process test.
describe("mlsd mcp", { timeout: 30_000 }, () => {
  it("lists its tools with input schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(["validate", "review", "layout", "render", "import_mermaid", "export", "diff", "grade"]);
    const review = tools.find((t) => t.name === "review");
    expect(review?.inputSchema.required).toEqual(["document"]);
  });

  it("validates: a good design and a bad one with paths", async () => {
    expect(await call("validate", { document: starter })).toMatchObject({ isError: false, text: "valid: 4 nodes, 3 edges" });
    const bad = await call("validate", {
      document: { ...JSON.parse(starter), nodes: [{ id: "x", kind: "model", stage: "nowhere", label: "X", props: {} }] },
    });
    expect(bad.isError).toBe(false);
    expect(bad.data).toMatchObject({ valid: false });
    expect(bad.text).toContain("nodes[0].stage:");
  });

  it("reviews, lays out, renders and exports a design", async () => {
    const reviewed = await call("review", { document: starter });
    expect(reviewed.text).toMatch(/^Starter: \d+ errors?/);
    expect(reviewed.data?.findings).toBeInstanceOf(Array);
    const laid = JSON.parse((await call("layout", { document: starter, direction: "down" })).text);
    expect(laid.layout).toEqual({ direction: "down" });
    expect(laid.nodes.every((n: { position?: unknown }) => n.position)).toBe(true);
    const svg = await call("render", { document: laid, theme: "dark" });
    expect(svg.text).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await call("export", { document: starter, to: "mermaid" })).text).toContain("flowchart LR");
    expect((await call("export", { document: starter, to: "drawio" })).text).toContain("<mxGraphModel");
  });

  it("imports Mermaid into a laid-out design with its report", async () => {
    const r = await call("import_mermaid", { text: PIPELINE, title: "Loop" });
    expect(r.isError).toBe(false);
    expect(r.text).toMatch(/^4 parts and 4 edges\n/);
    const doc = JSON.parse(r.text.slice(r.text.indexOf("{")));
    expect(doc.title).toBe("Loop");
    expect(doc.edges.find((e: { source: string }) => e.source === "mon").kind).toBe("feedback");
  });

  it("compares two designs, naming what was removed", async () => {
    const doc = JSON.parse(starter);
    expect((await call("diff", { before: starter, after: starter })).data).toMatchObject({ same: true });
    const gone = doc.nodes[1];
    const after = { ...doc, nodes: doc.nodes.filter((n: { id: string }) => n.id !== gone.id), edges: [] };
    const r = await call("diff", { before: doc, after });
    expect(r.data).toMatchObject({ same: false, nodes: { removed: [expect.objectContaining({ id: gone.id })] } });
    expect(r.text).toContain(`- "${gone.label}"`);
  });

  it("grades the starter below the reference, with evidence per item", async () => {
    const reference = await call("grade", {
      document: serializeDocument(await getReference("credit-card-fraud")),
      exercise: "credit-card-fraud",
    });
    expect(reference.data?.score).toBe(reference.data?.max);
    const start = await call("grade", {
      document: serializeDocument(await getDocument("credit-card-fraud")),
      exercise: "credit-card-fraud",
    });
    expect(start.data?.score as number).toBeLessThanOrEqual((start.data?.max as number) / 2);
    expect(start.text).toMatch(/MISS {2}monitoring/);
    expect(await call("grade", { document: starter, exercise: "no-such-exercise" })).toMatchObject({ isError: true });
  });

  it("answers bad input with an error result and keeps serving", async () => {
    const bad = await call("review", { document: "{ not json" });
    expect(bad).toMatchObject({ isError: true });
    expect(bad.text).toContain("not valid JSON");
    const mermaid = await call("import_mermaid", { text: "sequenceDiagram\n  A->>B: hi" });
    expect(mermaid.isError).toBe(true);
    expect(mermaid.text).toContain("sequence diagram");
    const wrongType = await call("export", { document: starter, to: "png" });
    expect(wrongType.isError).toBe(true);
    expect(wrongType.text).toContain('expected one of "mermaid"|"drawio"');
    expect(await call("validate", { document: starter })).toMatchObject({ text: "valid: 4 nodes, 3 edges" });
    expect(stderr).toBe("");
  });

  it("serves the kinds and the catalogue as resources", async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(
      expect.arrayContaining(["mlsd://kinds", "mlsd://catalog", "mlsd://catalog/uber-michelangelo"]),
    );
    const kinds = JSON.parse(((await client.readResource({ uri: "mlsd://kinds" })).contents[0] as { text: string }).text);
    expect(kinds).toHaveLength(30);
    const catalog = JSON.parse(((await client.readResource({ uri: "mlsd://catalog" })).contents[0] as { text: string }).text);
    expect(catalog).toHaveLength(40);
    const design = (await client.readResource({ uri: "mlsd://catalog/uber-michelangelo" })).contents[0] as { text: string };
    expect(design.text).toBe(serializeDocument(await getDocument("uber-michelangelo")));
  });
});
