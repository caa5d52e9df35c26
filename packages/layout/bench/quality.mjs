// `pnpm bench` (part 2): drawing quality, side by side in one run, on the 40 catalogue designs and on
// generated designs: mlsd "rows" (the default), mlsd "right" (the old default), Graphviz dot (top to
// bottom, one cluster per stage, same box sizes, edge labels as dot labels; the WASM build of Graphviz)
// and dagre (top to bottom, same sizes, labels). Runs over dist. BENCH_SIZES=10,30 limits the
// generated sizes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as dagreModule from "@dagrejs/dagre";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { parseDocumentText, STAGE_IDS } from "@mlsd/core";
import { estimateTextWidth, NODE_METRICS, nodeSize } from "@mlsd/scene";
import { generateStagedDocument } from "../dist/generate.js";
import { layout } from "../dist/index.js";
import { a4TextPt, countBends, countCrossings, editorTextPx, findEdgesThroughBoxes, findLabelCollisions } from "../dist/testing.js";

const dagre = dagreModule.default ?? dagreModule;
const graphviz = await Graphviz.load();
const root = new URL("../../catalog/documents/", import.meta.url).pathname;
const files = [
  "project-flow.mlsd.json",
  ...["case-studies", "exercises"].flatMap((d) => readdirSync(join(root, d)).map((f) => join(d, f))),
];
const catalogue = files.map((f) => parseDocumentText(readFileSync(join(root, f), "utf8")).value);
const SIZES = (process.env.BENCH_SIZES ?? "10,30,100,300,1000").split(",").map(Number);

const labelSize = (text) => ({ width: estimateTextWidth(text, NODE_METRICS.edgeLabelSize) + 8, height: NODE_METRICS.edgeLabelSize + 6 });
const sizesOf = (doc) => new Map(doc.nodes.map((n) => [n.id, nodeSize(n)]));
const boundsOf = (nodes, edges) => {
  const xs = [...nodes.flatMap((n) => [n.x, n.x + n.width]), ...edges.flatMap((e) => e.points.map((p) => p.x))];
  const ys = [...nodes.flatMap((n) => [n.y, n.y + n.height]), ...edges.flatMap((e) => e.points.map((p) => p.y))];
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
};

const mlsd = (direction) => async (doc) => {
  const scene = await layout(doc, { direction });
  return { nodes: scene.nodes, edges: scene.edges, bounds: scene.bounds, bends: true };
};

const dagreRun = (doc) => {
  const sizes = sizesOf(doc);
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  g.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 44, edgesep: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of doc.nodes) g.setNode(n.id, { ...sizes.get(n.id) });
  for (const e of doc.edges) g.setEdge(e.source, e.target, e.label ? { ...labelSize(e.label), labelpos: "c" } : {}, e.id);
  dagre.layout(g);
  const nodes = doc.nodes.map((n) => {
    const v = g.node(n.id);
    return { id: n.id, x: v.x - v.width / 2, y: v.y - v.height / 2, width: v.width, height: v.height };
  });
  const edges = g.edges().map((k) => {
    const v = g.edge(k);
    return {
      id: k.name,
      source: k.v,
      target: k.w,
      points: v.points ?? [],
      ...(v.width && v.x !== undefined
        ? { labelBox: { x: v.x - v.width / 2, y: v.y - v.height / 2, width: v.width, height: v.height } }
        : {}),
    };
  });
  return { nodes, edges, bounds: boundsOf(nodes, edges), bends: true };
};

const quote = (s) => `"${String(s).replace(/["\\]/g, "\\$&")}"`;
const dotRun = (doc) => {
  const sizes = sizesOf(doc);
  const lines = ["digraph G {", 'rankdir=TB; nodesep=0.39; ranksep=0.61; node [shape=box, fixedsize=true, label=""]; edge [fontsize=11];'];
  for (const stage of STAGE_IDS) {
    lines.push(`subgraph ${quote(`cluster_${stage}`)} { label=${quote(stage)};`);
    for (const n of doc.nodes.filter((n) => n.stage === stage)) {
      const s = sizes.get(n.id);
      lines.push(`${quote(n.id)} [width=${s.width / 72}, height=${s.height / 72}];`);
    }
    lines.push("}");
  }
  for (const e of doc.edges)
    lines.push(`${quote(e.source)} -> ${quote(e.target)} [id=${quote(e.id)}${e.label ? `, label=${quote(e.label)}` : ""}];`);
  lines.push("}");
  const json = JSON.parse(graphviz.layout(lines.join("\n"), "json", "dot"));
  const [, , , top] = json.bb.split(",").map(Number);
  const flipY = (y) => top - y;
  const nodes = (json.objects ?? [])
    .filter((o) => o.pos)
    .map((o) => {
      const [x, y] = o.pos.split(",").map(Number);
      const w = Number(o.width) * 72;
      const h = Number(o.height) * 72;
      return { id: o.name, x: x - w / 2, y: flipY(y) - h / 2, width: w, height: h };
    });
  const names = new Map((json.objects ?? []).map((o) => [o._gvid, o.name]));
  const edges = (json.edges ?? []).map((e) => {
    // The spline's control points as a polyline (good enough for crossings and boxes crossed).
    const b = (e._draw_ ?? []).find((d) => d.op === "b" || d.op === "B");
    const points = (b?.points ?? []).map(([x, y]) => ({ x, y: flipY(y) }));
    const label =
      e.label && e.lp
        ? (() => {
            const [x, y] = e.lp.split(",").map(Number);
            const s = labelSize(e.label);
            return { x: x - s.width / 2, y: flipY(y) - s.height / 2, ...s };
          })()
        : undefined;
    return { id: e.id, source: names.get(e.tail), target: names.get(e.head), points, ...(label ? { labelBox: label } : {}) };
  });
  const [, , right] = json.bb.split(",").map(Number);
  return { nodes, edges, bounds: { x: 0, y: 0, width: right, height: top }, bends: false };
};

const CONTENDERS = { "mlsd rows": mlsd("rows"), "mlsd right (old default)": mlsd("right"), "Graphviz dot": dotRun, dagre: dagreRun };

const measure = async (fn, doc) => {
  const t = performance.now();
  const d = await fn(doc);
  const ms = performance.now() - t;
  return {
    aspect: d.bounds.width / d.bounds.height,
    px: editorTextPx(d.bounds),
    pt: a4TextPt(d.bounds),
    crossings: countCrossings(d),
    bends: d.bends ? countBends(d) / Math.max(1, d.edges.length) : Number.NaN,
    labels: findLabelCollisions(d).length,
    through: findEdgesThroughBoxes(d).length,
    ms,
  };
};

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f = (v, d = 2) => (Number.isNaN(v) ? "–" : v.toFixed(d));

// Warm up the engines.
for (const fn of Object.values(CONTENDERS)) for (let i = 0; i < 3; i++) await fn(catalogue[1]);

console.log(`\n## The ${catalogue.length} catalogue designs (fresh layouts)\n`);
console.log(
  "| layout | median w:h (min–max) | median box text in a 1440×900 editor, px | designs ≥ 6 pt on A4 | crossings | bends per edge | label collisions | edges through a box | median ms |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
for (const [name, fn] of Object.entries(CONTENDERS)) {
  const rows = [];
  for (const doc of catalogue) rows.push(await measure(fn, doc));
  const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
  console.log(
    `| ${name} | ${f(median(rows.map((r) => r.aspect)))} (${f(Math.min(...rows.map((r) => r.aspect)))}–${f(Math.max(...rows.map((r) => r.aspect)))}) | ${f(median(rows.map((r) => r.px)), 1)} | ${rows.filter((r) => r.pt >= 6).length} of ${rows.length} | ${sum("crossings")} | ${f(median(rows.map((r) => r.bends)))} | ${sum("labels")} | ${sum("through")} | ${f(median(rows.map((r) => r.ms)), 0)} |`,
  );
}
{
  // A print layout: "rows" fitted to the page it prints on (the better of portrait and landscape).
  let fits = 0;
  for (const doc of catalogue) {
    const pt = Math.max(
      ...(await Promise.all(["a4-portrait", "a4-landscape"].map(async (target) => a4TextPt((await layout(doc, { target })).bounds)))),
    );
    if (pt >= 6) fits++;
  }
  console.log(
    `\nmlsd rows laid out for the page (target a4-portrait or a4-landscape, whichever prints larger): ${fits} of ${catalogue.length} designs ≥ 6 pt on A4.`,
  );
}

console.log("\n## Generated designs (about 1.5 edges per node, 10% feedback)\n");
console.log(
  "| nodes | layout | w:h | px in editor | pt on A4 | crossings | bends per edge | label collisions | edges through a box | ms |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const n of SIZES) {
  const doc = generateStagedDocument(n);
  for (const [name, fn] of Object.entries(CONTENDERS)) {
    if (name === "dagre" && n > 300) continue; // about 10 s a run at 1,000 nodes
    const r = await measure(fn, doc);
    console.log(
      `| ${n} | ${name} | ${f(r.aspect)} | ${f(r.px, 1)} | ${f(r.pt, 1)} | ${r.crossings} | ${f(r.bends)} | ${r.labels} | ${r.through} | ${f(r.ms, 0)} |`,
    );
  }
  process.stderr.write(`  ${n} nodes done\n`);
}
console.log("\nBox text: the 13 px box label at the scale that fits the whole drawing (editor: canvas 872 × 803 px, zoom ≤ 100%;");
console.log(
  "A4: the handout's diagram room, 523 × 664 pt portrait or 770 × 417 pt landscape, scale ≤ 0.85). dot draws splines: bends are not counted.",
);
