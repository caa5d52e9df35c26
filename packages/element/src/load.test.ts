import { getDocument, listCatalog } from "@mlsd/catalog";
import { describe, expect, it } from "vitest";
import { defineMlsdDiagram, MlsdDiagramElement, sceneFromText } from "./index.js";
import { NO_POSITIONS } from "./load.js";

const placed = async () => {
  // project-flow is the catalogue's booklet diagram; every catalogue document carries its layout.
  const entry = listCatalog().find((e) => e.kind === "flow") ?? listCatalog()[0]!;
  return getDocument(entry.id);
};

describe("sceneFromText", () => {
  it("draws a document with stored positions", async () => {
    const document = await placed();
    const loaded = sceneFromText(JSON.stringify(document));
    if (!loaded.ok) throw new Error(loaded.failure.lines.join("\n"));
    expect(loaded.scene.nodes.map((n) => n.label)).toEqual(document.nodes.map((n) => n.label));
  });

  it("explains that a document without positions needs a saved layout", async () => {
    const document = await placed();
    const bare = { ...document, nodes: document.nodes.map(({ position: _p, size: _s, ...n }) => n) };
    expect(sceneFromText(JSON.stringify(bare))).toEqual({ ok: false, failure: NO_POSITIONS });
  });

  it("lists each problem of an invalid document with its path", () => {
    const loaded = sceneFromText(
      JSON.stringify({
        format: "mlsd",
        version: 1,
        id: "x",
        title: "T",
        summary: "",
        nodes: [{ id: "a", kind: "model", stage: "modeling", label: 3, props: {} }],
        edges: [],
        notes: [],
      }),
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.failure.title).toMatch(/could not be shown/);
    expect(loaded.failure.lines.some((l) => l.startsWith("nodes[0].label:"))).toBe(true);
  });

  it("says when the text is not JSON or not an mlsd document", () => {
    const notJson = sceneFromText("{ nope");
    const notMlsd = sceneFromText('{"hello": 1}');
    expect(!notJson.ok && notJson.failure.title).toMatch(/not valid JSON/);
    expect(!notMlsd.ok && notMlsd.failure.title).toMatch(/not an mlsd document/);
  });

  it("caps a long list of problems", () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, kind: "model", stage: "modeling", label: i, props: {} }));
    const loaded = sceneFromText(
      JSON.stringify({ format: "mlsd", version: 1, id: "x", title: "T", summary: "", nodes, edges: [], notes: [] }),
    );
    expect(!loaded.ok && loaded.failure.lines.length).toBe(21);
    expect(!loaded.ok && loaded.failure.lines.at(-1)).toBe("… and 10 more problems");
  });
});

describe("on a server", () => {
  it("imports without a DOM and defining the element is a no-op", () => {
    expect(globalThis.customElements).toBeUndefined();
    expect(typeof MlsdDiagramElement).toBe("function");
    expect(() => defineMlsdDiagram()).not.toThrow();
  });
});
