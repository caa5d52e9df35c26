import { type Document, err, escapeXml, KINDS, ok, type Result } from "@mlsd/core";
import { EDGE_DASH, KIND_STYLES, STAGE_COLORS, THEMES } from "@mlsd/scene";
import { placedScene } from "./placed.js";
import { DRAWIO_SHAPES, KIND_SHAPES, tint } from "./shapes.js";

/** Text inside an XML attribute value; line breaks kept as character references. */
const attr = (text: string): string => escapeXml(text).replace(/\r?\n/g, "&#10;");

/** Labels are HTML to draw.io (`html=1`, needed for wrapping): escape them as HTML first, then as XML. */
const label = (text: string) => attr(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));

const n = (v: number) => String(Math.round(v * 100) / 100);

const geometry = (x: number, y: number, width: number, height: number) =>
  `<mxGeometry x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" as="geometry"/>`;

/** Where a route meets a box, as draw.io's relative exit/entry point (0..1 on each axis). */
const port = (p: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) => ({
  x: Math.min(1, Math.max(0, (p.x - box.x) / box.width)),
  y: Math.min(1, Math.max(0, (p.y - box.y) / box.height)),
});

/**
 * Why a design could not be exported to draw.io: it has no stored positions (lay it out first).
 * @public
 */
export interface DrawioExportError {
  kind: "notPlaced";
  message: string;
}

/**
 * A design as a draw.io file (uncompressed `mxfile` XML): each stage a swimlane container
 * at its frame, each part a vertex inside it at its stored position and size with its
 * kind's shape and colours (and its kind, stage and id as data), each edge an edge along
 * its drawn route with its label. Needs stored positions: lay the design out first.
 * @public
 */
export const exportDrawio = (doc: Document): Result<string, DrawioExportError> => {
  const scene = placedScene(doc);
  if (!scene)
    return err({
      kind: "notPlaced",
      message: "The design has no stored positions: lay it out first (mlsd layout, or open it in the editor).",
    });
  const theme = THEMES.light;
  const right = scene.direction === "right";
  const b = scene.bounds;
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const frameOf = new Map(scene.stages.map((f) => [f.stage, f]));

  for (const f of scene.stages) {
    const color = STAGE_COLORS[f.stage];
    const style = `swimlane;horizontal=${right ? 1 : 0};startSize=28;container=1;collapsible=0;rounded=1;arcSize=4;fillColor=${color};swimlaneFillColor=${tint(color, theme.frameTint)};strokeColor=${color};fontColor=#ffffff;fontStyle=1;html=1;`;
    cells.push(
      `<mxCell id="stage-${f.stage}" value="${label(f.title)}" style="${style}" vertex="1" parent="1">${geometry(f.x - b.x, f.y - b.y, f.width, f.height)}</mxCell>`,
    );
  }

  const boxes = new Map(scene.nodes.map((node) => [node.id as string, node]));
  for (const node of scene.nodes) {
    const color = KIND_STYLES[node.kind].color;
    const style = `${DRAWIO_SHAPES[KIND_SHAPES[node.kind]]}whiteSpace=wrap;html=1;fillColor=${tint(color, 0.12)};strokeColor=${color};strokeWidth=2;fontColor=${theme.text};`;
    const frame = frameOf.get(node.stage);
    const parent = frame ? `stage-${node.stage}` : "1";
    const x = frame ? node.x - frame.x : node.x - b.x;
    const y = frame ? node.y - frame.y : node.y - b.y;
    // <UserObject> carries mlsd's facts as data a draw.io user sees in "Edit Data".
    cells.push(
      `<UserObject id="node-${attr(node.id)}" label="${label(node.label)}" mlsdId="${attr(node.id)}" kind="${node.kind}" stage="${node.stage}" tooltip="${attr(KINDS[node.kind].title)}"><mxCell style="${style}" vertex="1" parent="${parent}">${geometry(x, y, node.width, node.height)}</mxCell></UserObject>`,
    );
  }

  for (const e of scene.edges) {
    const color = theme.edge[e.kind];
    const dash = EDGE_DASH[e.kind];
    const source = boxes.get(e.source)!;
    const target = boxes.get(e.target)!;
    const first = e.points[0];
    const last = e.points.at(-1);
    const exit = first ? port(first, source) : null;
    const entry = last ? port(last, target) : null;
    const style = [
      "edgeStyle=orthogonalEdgeStyle;rounded=1;html=1;endArrow=block;endFill=1;strokeWidth=1.5;",
      `strokeColor=${color};fontColor=${color};`,
      dash ? `dashed=1;dashPattern=${dash};` : "",
      exit ? `exitX=${n(exit.x)};exitY=${n(exit.y)};exitDx=0;exitDy=0;exitPerimeter=0;` : "",
      entry ? `entryX=${n(entry.x)};entryY=${n(entry.y)};entryDx=0;entryDy=0;entryPerimeter=0;` : "",
    ].join("");
    const inner = e.points.slice(1, -1);
    const points = inner.length
      ? `<Array as="points">${inner.map((p) => `<mxPoint x="${n(p.x - b.x)}" y="${n(p.y - b.y)}"/>`).join("")}</Array>`
      : "";
    cells.push(
      `<mxCell id="edge-${attr(e.id)}" value="${label(e.label ?? "")}" style="${style}" edge="1" parent="1" source="node-${attr(e.source)}" target="node-${attr(e.target)}"><mxGeometry relative="1" as="geometry">${points}</mxGeometry></mxCell>`,
    );
  }

  const model = `<mxGraphModel dx="0" dy="0" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" pageScale="1" pageWidth="${n(b.width)}" pageHeight="${n(b.height)}" math="0" shadow="0">`;
  return ok(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<mxfile host="mlsd" agent="mlsd" version="24.0.0" type="device">',
      `  <diagram id="${attr(doc.id)}" name="${attr(doc.title)}">`,
      `    ${model}`,
      "      <root>",
      ...cells.map((c) => `        ${c}`),
      "      </root>",
      "    </mxGraphModel>",
      "  </diagram>",
      "</mxfile>",
      "",
    ].join("\n"),
  );
};
