// Prints the size of a fresh layout of every catalogue document (run after `pnpm build`):
// node bench/sizes.mjs [right|down]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocumentText } from "@mlsd/core";
import { layout } from "../dist/index.js";
import { checkScene, sceneProblems } from "../dist/testing.js";

const root = new URL("../../catalog/documents/", import.meta.url).pathname;
const direction = process.argv[2] ?? "right";
const files = [
  "project-flow.mlsd.json",
  ...["case-studies", "exercises"].flatMap((d) => readdirSync(join(root, d)).map((f) => join(d, f))),
];
const rows = [];
for (const file of files) {
  const doc = parseDocumentText(readFileSync(join(root, file), "utf8"));
  if (!doc.ok) throw new Error(`${file}: ${doc.error.message}`);
  const scene = await layout(doc.value, { direction });
  const check = checkScene(scene);
  const { width, height } = scene.bounds;
  rows.push({ file, n: doc.value.nodes.length, width, height, crossings: check.crossings, problems: sceneProblems(check).length });
}
for (const r of rows)
  console.log(
    `${r.file.padEnd(52)} ${String(r.n).padStart(3)} ${String(r.width).padStart(5)} x ${String(r.height).padStart(4)}  ratio ${(r.width / r.height).toFixed(2)}  crossings ${r.crossings}  problems ${r.problems}`,
  );
const cs = rows.filter((r) => r.file.startsWith("case"));
const sum = (k, list) => list.reduce((a, r) => a + r[k], 0);
console.log(
  `case studies: mean ${Math.round(sum("width", cs) / cs.length)} x ${Math.round(sum("height", cs) / cs.length)}, crossings ${sum("crossings", cs)}`,
);
const ex = rows.filter((r) => r.file.startsWith("ex"));
console.log(
  `exercises: mean ${Math.round(sum("width", ex) / ex.length)} x ${Math.round(sum("height", ex) / ex.length)}, crossings ${sum("crossings", ex)}`,
);
