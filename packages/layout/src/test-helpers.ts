import { readFileSync } from "node:fs";
import { type Document, type Point, parseDocumentText } from "@mlsd/core";
import type { Rect, Scene } from "@mlsd/scene";

/** Test-only helpers (not exported from the package). */
export const readSample = (name: string): Document => {
  const text = readFileSync(new URL(`../../../samples/${name}`, import.meta.url), "utf8");
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(`sample ${name}: ${result.error.message}`);
  return result.value;
};

/** Whether the segment a→b runs through the inside of a box (touching its border is fine). */
export const segmentHitsBox = (a: Point, b: Point, r: Rect): boolean => {
  const x0 = Math.min(a.x, b.x);
  const x1 = Math.max(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  const y1 = Math.max(a.y, b.y);
  return x0 < r.x + r.width - 1 && x1 > r.x + 1 && y0 < r.y + r.height - 1 && y1 > r.y + 1;
};

/** Edges whose route passes through a node box. */
export const edgesThroughNodes = (scene: Scene): string[] =>
  scene.edges
    .filter((e) => e.points.slice(1).some((b, i) => scene.nodes.some((n) => segmentHitsBox(e.points[i] as Point, b, n))))
    .map((e) => e.id);
