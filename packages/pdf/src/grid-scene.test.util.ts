import { type Document, STAGES } from "@mlsd/core";
import type { Scene, SceneNode, StageFrame } from "@mlsd/scene";

/**
 * A trivial layout for unit tests (the real one lives in @mlsd/layout, which this package
 * must not run): stages as columns, nodes stacked in each, edges as elbows.
 */
export const gridScene = (document: Document, box = { width: 190, height: 56, gapX: 70, gapY: 26 }): Scene => {
  const frames: StageFrame[] = [];
  const nodes: SceneNode[] = [];
  let x = 0;
  let maxH = 0;
  for (const stage of STAGES) {
    const inStage = document.nodes.filter((n) => n.stage === stage.id);
    if (inStage.length === 0) continue;
    const height = 40 + inStage.length * (box.height + box.gapY);
    for (const [i, n] of inStage.entries())
      nodes.push({
        id: n.id,
        kind: n.kind,
        stage: n.stage,
        label: n.label,
        props: n.props,
        ...(n.notes ? { notes: n.notes } : {}),
        pinned: false,
        x: x + 20,
        y: 40 + i * (box.height + box.gapY),
        width: box.width,
        height: box.height,
      });
    frames.push({ stage: stage.id, title: stage.title, x, y: 0, width: box.width + 40, height });
    maxH = Math.max(maxH, height);
    x += box.width + 40 + box.gapX;
  }
  for (const f of frames) f.height = maxH;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges = document.edges.map((e) => {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    const a = { x: s.x + s.width, y: s.y + s.height / 2 };
    const b = { x: t.x, y: t.y + t.height / 2 };
    const mid = (a.x + b.x) / 2;
    return {
      id: e.id,
      kind: e.kind,
      source: e.source,
      target: e.target,
      ...(e.label ? { label: e.label } : {}),
      points: [a, { x: mid, y: a.y }, { x: mid, y: b.y }, b],
    };
  });
  return {
    documentId: document.id,
    title: document.title,
    summary: document.summary,
    ...(document.source ? { source: document.source } : {}),
    direction: "right",
    bounds: { x: -10, y: -10, width: Math.max(0, x - box.gapX) + 20, height: maxH + 20 },
    stages: frames,
    nodes,
    edges,
  };
};
