import { getDocument, listCatalog } from "@mlsd/catalog";
import { type Document, EdgeId, emptyDocument, isPlaced, NodeId } from "@mlsd/core";
import { sceneFromDocument } from "@mlsd/scene";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportDrawio } from "./drawio.js";

type Attrs = Record<string, string>;
interface Cell {
  id: string;
  parent?: string;
  vertex?: string;
  edge?: string;
  source?: string;
  target?: string;
  value?: string;
  label?: string;
  style?: string;
  kind?: string;
  geometry?: Attrs & { points?: Attrs[] };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true, parseAttributeValue: false });

/** The cells of a draw.io file, checked against the mxGraph file structure on the way. */
const cellsOf = (xml: string): Cell[] => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const tree = parser.parse(xml) as Record<string, unknown>[];
  const child = (nodes: Record<string, unknown>[], name: string) => {
    const found = nodes.find((n) => name in n);
    if (!found) throw new Error(`no <${name}>`);
    return found as Record<string, unknown> & { ":@"?: Attrs };
  };
  const kids = (n: Record<string, unknown>, name: string) => n[name] as Record<string, unknown>[];
  const mxfile = child(tree, "mxfile");
  const diagram = child(kids(mxfile, "mxfile"), "diagram");
  const model = child(kids(diagram, "diagram"), "mxGraphModel");
  const root = child(kids(model, "mxGraphModel"), "root");
  return kids(root, "root").map((entry) => {
    const [tag] = Object.keys(entry).filter((k) => k !== ":@");
    const attrs = (entry[":@"] ?? {}) as Attrs;
    // A <UserObject> holds the id and label; its <mxCell> the rest.
    const cellEntry = tag === "UserObject" ? (kids(entry, "UserObject")[0] as Record<string, unknown>) : entry;
    expect(tag === "UserObject" || tag === "mxCell").toBe(true);
    const cellAttrs = (cellEntry[":@"] ?? {}) as Attrs;
    const geometryEntry = (kids(cellEntry, "mxCell") ?? []).find((g) => "mxGeometry" in g);
    const geometry = geometryEntry
      ? ({
          ...(geometryEntry[":@"] as Attrs),
          points: (kids(geometryEntry, "mxGeometry").find((a) => "Array" in a)?.Array as Record<string, unknown>[] | undefined)?.map(
            (p) => p[":@"] as Attrs,
          ),
        } as Attrs & { points?: Attrs[] })
      : undefined;
    if (geometry) expect(geometry.as).toBe("geometry");
    return { ...cellAttrs, ...attrs, ...(geometry ? { geometry } : {}) } as Cell;
  });
};

const hostile = (): Document => {
  const base = emptyDocument('A <b>bold</b> & "quoted" design');
  return {
    ...base,
    nodes: [
      {
        id: NodeId("a"),
        kind: "data-source",
        stage: "data",
        label: '<script>alert("x")</script> & co',
        props: {},
        position: { x: 40, y: 60 },
        size: { width: 170, height: 64 },
      },
      {
        id: NodeId("b"),
        kind: "model",
        stage: "modeling",
        label: "Model ]]> <!-- -->",
        props: {},
        position: { x: 320, y: 60 },
        size: { width: 170, height: 64 },
      },
    ],
    edges: [{ id: EdgeId("e"), kind: "feedback", source: NodeId("a"), target: NodeId("b"), label: "<img src=x onerror=alert(1)>" }],
  };
};

describe("exportDrawio", () => {
  it("refuses a design without positions, with a message that says what to do", () => {
    const r = exportDrawio({ ...hostile(), nodes: hostile().nodes.map(({ position: _p, ...n }) => n) });
    expect(r.ok ? null : r.error.message).toContain("lay it out first");
  });

  it("keeps labels as text: escaped for XML and again for draw.io's HTML labels", () => {
    const r = exportDrawio(hostile());
    if (!r.ok) throw new Error(r.error.message);
    const cells = cellsOf(r.value);
    const html = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(cells.find((c) => c.id === "node-a")?.label).toBe(html('<script>alert("x")</script> & co'));
    expect(cells.find((c) => c.id === "node-b")?.label).toBe(html("Model ]]> <!-- -->"));
    expect(cells.find((c) => c.id === "edge-e")?.value).toBe(html("<img src=x onerror=alert(1)>"));
    expect(r.value).not.toMatch(/<script|<img/);
  });

  it.each(listCatalog().map((e) => e.id))(
    "%s: every part a vertex where it is drawn, every edge an edge, stages as containers",
    async (id) => {
      const doc = await getDocument(id);
      if (!isPlaced(doc)) throw new Error(`${id} has no stored layout`);
      const scene = sceneFromDocument(doc);
      const r = exportDrawio(doc);
      if (!r.ok) throw new Error(r.error.message);
      const cells = cellsOf(r.value);
      const byId = new Map(cells.map((c) => [c.id, c]));
      expect(byId.size).toBe(cells.length);
      expect(cells.slice(0, 2)).toEqual([{ id: "0" }, { id: "1", parent: "0" }]);
      for (const c of cells.slice(2)) expect(byId.has(c.parent ?? ""), `${c.id} has parent ${c.parent}`).toBe(true);

      const absolute = (c: Cell): { x: number; y: number } => {
        const own = { x: Number(c.geometry?.x), y: Number(c.geometry?.y) };
        const parent = byId.get(c.parent ?? "");
        if (!parent || parent.id === "1") return own;
        const p = absolute(parent);
        return { x: p.x + own.x, y: p.y + own.y };
      };
      const stages = cells.filter((c) => c.style?.startsWith("swimlane;"));
      expect(stages.map((s) => s.id).sort()).toEqual(scene.stages.map((f) => `stage-${f.stage}`).sort());
      expect(stages.every((s) => s.style?.includes("container=1"))).toBe(true);

      const vertices = cells.filter((c) => c.vertex === "1" && c.id.startsWith("node-"));
      expect(vertices).toHaveLength(doc.nodes.length);
      for (const node of doc.nodes) {
        const v = byId.get(`node-${node.id}`)!;
        expect(v.kind).toBe(node.kind);
        expect(v.parent).toBe(`stage-${node.stage}`);
        const at = absolute(v);
        expect(at.x + scene.bounds.x).toBeCloseTo(node.position!.x, 1);
        expect(at.y + scene.bounds.y).toBeCloseTo(node.position!.y, 1);
        expect(Number(v.geometry?.width)).toBeCloseTo(node.size!.width, 1);
        expect(Number(v.geometry?.height)).toBeCloseTo(node.size!.height, 1);
      }
      const edges = cells.filter((c) => c.edge === "1");
      expect(edges).toHaveLength(doc.edges.length);
      for (const e of doc.edges) {
        const cell = byId.get(`edge-${e.id}`)!;
        expect([cell.source, cell.target]).toEqual([`node-${e.source}`, `node-${e.target}`]);
        expect(cell.value).toBe((e.label ?? "").replace(/&/g, "&amp;"));
        expect(cell.style?.includes("dashed=1")).toBe(e.kind !== "data");
      }
    },
  );
});
