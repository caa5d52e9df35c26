// Times review() on generated designs (run after `tsc -b`; `pnpm bench` does both).
import { performance } from "node:perf_hooks";
import { parseDocument } from "../dist/index.js";
import { review } from "../dist/review/index.js";
import { generatedDesign } from "../dist/review/sketch.js";

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

console.log("review() on generated designs");
console.log("nodes  edges  findings  runs  median ms  p95 ms");
for (const [size, runs] of [
  [100, 500],
  [1000, 200],
]) {
  const doc = generatedDesign(size);
  const loaded = parseDocument(doc);
  if (!loaded.ok) throw new Error(`the generated ${size}-node design does not load: ${loaded.error.message}`);
  let findings = 0;
  for (let i = 0; i < 30; i++) findings = review(doc).length; // warm up the JIT
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    review(doc);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const row = [
    String(doc.nodes.length).padStart(5),
    String(doc.edges.length).padStart(6),
    String(findings).padStart(9),
    String(runs).padStart(5),
    quantile(times, 0.5).toFixed(3).padStart(10),
    quantile(times, 0.95).toFixed(3).padStart(7),
  ];
  console.log(row.join(" "));
}
