// `pnpm bench`: mlsd layout() ("rows", the default, and "right") against raw elkjs and dagre on
// generated staged designs. Runs over dist (build first: turbo's bench task depends on build).
// Prints a table. BENCH_SIZES=10,30 limits the sizes.
import * as dagreModule from "@dagrejs/dagre";
import ElkBundled from "elkjs/lib/elk.bundled.js";
import { toElkGraph } from "../dist/elk-graph.js";
import { generateStagedDocument } from "../dist/generate.js";
import { layout } from "../dist/index.js";
import { checkScene, countCrossings } from "../dist/testing.js";

const dagre = dagreModule.default ?? dagreModule;
const SIZES = (process.env.BENCH_SIZES ?? "10,30,100,300,1000").split(",").map(Number);
const RUNS = { 10: 40, 30: 30, 100: 12, 300: 8, 1000: 3 };
const WARMUP = 2;

const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
};

/**
 * Times several contenders on the same input, interleaved (A B C, B C A, …) so that JIT
 * warm-up and machine load fall on all of them alike.
 */
const timeTogether = async (runs, fns) => {
  const names = Object.keys(fns);
  const times = Object.fromEntries(names.map((k) => [k, []]));
  const results = {};
  for (let i = 0; i < WARMUP + runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const t = performance.now();
      results[name] = await fns[name]();
      if (i >= WARMUP) times[name].push(performance.now() - t);
    }
  }
  return Object.fromEntries(names.map((k) => [k, { ...stats(times[k]), result: results[k] }]));
};

const elk = new ElkBundled.default();

const elkRoutes = (graph) => ({
  edges: (graph.edges ?? []).map((e) => {
    const s = e.sections?.[0];
    return { points: s ? [s.startPoint, ...(s.bendPoints ?? []), s.endPoint] : [] };
  }),
});

const dagreRun = (doc, sizes) => {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 28, ranksep: 68, edgesep: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of doc.nodes) g.setNode(n.id, { ...sizes.get(n.id) });
  for (const e of doc.edges) g.setEdge(e.source, e.target, {}, e.id);
  dagre.layout(g);
  return { edges: g.edges().map((e) => ({ points: g.edge(e).points ?? [] })) };
};

// Warm the JIT on a mid-size design first, so the small sizes are measured warm.
for (let i = 0; i < 5; i++) await layout(generateStagedDocument(100, 99));

const rows = [];
for (const n of SIZES) {
  const doc = generateStagedDocument(n);
  const graph = toElkGraph(doc);
  const sizes = new Map(graph.children.map((c) => [c.id, { width: c.width, height: c.height }]));
  const runs = RUNS[n];
  // ELK writes into its input: give each raw run a fresh copy, made before timing starts.
  const copies = Array.from({ length: WARMUP + runs }, () => structuredClone(graph));
  const {
    rows: mlsd,
    right,
    raw,
    dg,
  } = await timeTogether(runs, {
    rows: () => layout(doc),
    right: () => layout(doc, { direction: "right" }),
    raw: () => elk.layout(copies.pop()),
    dg: () => dagreRun(doc, sizes),
  });
  const check = checkScene(mlsd.result);
  const checkRight = checkScene(right.result);
  rows.push({
    nodes: n,
    edges: doc.edges.length,
    feedback: doc.edges.filter((e) => e.kind === "feedback").length,
    mlsd,
    right,
    raw,
    dagre: dg,
    overhead: (right.median - raw.median) / raw.median,
    crossings: {
      mlsd: check.crossings,
      right: checkRight.crossings,
      elk: countCrossings(elkRoutes(raw.result)),
      dagre: countCrossings(dg.result),
    },
    problems: [check, checkRight].reduce(
      (sum, c) => sum + c.overlaps.length + c.outsideFrames.length + c.frameOrder.length + c.detachedEdges.length,
      0,
    ),
  });
  process.stderr.write(`  ${n} nodes done\n`);
}

const ms = (v) => v.toFixed(v < 10 ? 1 : 0);
const header =
  "| nodes | edges (feedback) | mlsd rows median / p95 ms | mlsd right median / p95 ms | raw elkjs median / p95 ms | right's overhead | dagre median / p95 ms | crossings rows / right / raw elk / dagre | scene problems |";
console.log(header);
console.log(
  `|${header
    .split("|")
    .slice(1, -1)
    .map(() => "---")
    .join("|")}|`,
);
for (const r of rows)
  console.log(
    `| ${r.nodes} | ${r.edges} (${r.feedback}) | ${ms(r.mlsd.median)} / ${ms(r.mlsd.p95)} | ${ms(r.right.median)} / ${ms(r.right.p95)} | ${ms(r.raw.median)} / ${ms(r.raw.p95)} | ${(r.overhead * 100).toFixed(1)}% | ${ms(r.dagre.median)} / ${ms(r.dagre.p95)} | ${r.crossings.mlsd} / ${r.crossings.right} / ${r.crossings.elk} / ${r.crossings.dagre} | ${r.problems} |`,
  );
console.log(
  '\nraw elkjs gets the same ELK graph as layout(doc, { direction: "right" }) (forward edges only: mlsd routes back edges itself);',
);
console.log("dagre gets the same nodes and sizes and every edge, feedback included. Crossings: proper crossings between different edges.");
