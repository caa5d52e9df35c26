import { type DesignEdge, type Document, STAGE_IDS, type StageId } from "@mlsd/core";
import {
  assembleScene,
  FRAME_METRICS,
  GRID_ROUTER_LIMIT,
  type Rect,
  routeSceneEdges,
  type Scene,
  type SceneNode,
  splitBackEdges,
  toSceneNode,
} from "@mlsd/scene";
import type { ElkNode } from "./adapter.js";
import { countCrossings } from "./checks.js";
import { type LayoutTarget, targetRatio } from "./fit.js";
import { placePinned } from "./pins.js";
import { countBends, findLabelCollisions } from "./quality.js";

/**
 * The "rows" arrangement. ELK lays out each stage's row on its own, left to right (see
 * rows-graph.ts); a row too wide for the target wraps into several lines; rows are stacked top to
 * bottom and every route is drawn by @mlsd/scene's `routeRows` from the boxes alone, so the
 * stored drawing is the laid-out one. Among a few ways to wrap, the one that scores best
 * (shape and text size when fitted to the target, crossings, bends, labels clear) wins, and
 * then each row is tried upside down.
 */

const round = (v: number | undefined) => Math.round(v ?? 0);
const F = FRAME_METRICS;
/** Between the rows of two stages: both frames' padding, a seam, and room for routes. */
const STAGE_GAP = 2 * F.pad + 4;
/** Between two lines of one wrapped stage. */
const LINE_GAP = 2 * F.stub + 20;
/** How many ways of wrapping are routed and scored (the ones whose boxes alone fit the target best). */
const ROUTED_CANDIDATES = 4;
/** How many of the routed ways of wrapping get their rows flipped and reordered (each try is one routing). */
const IMPROVED_WRAPPINGS = 2;
/** Rounds of flips and reorderings at most; a round that improves nothing ends them. */
const IMPROVING_PASSES = 2;
/**
 * Score lost per crossing: one crossing outweighs a drawing about 28% smaller at the target
 * (40 × ln 1.28 ≈ 10). With 2, the wrap whose boxes fit best won even at several crossings more.
 */
const CROSSING_WEIGHT = 10;
/** Between stacked boxes of one line, at least. */
const BOX_GAP = 24;

interface Box extends Rect {
  id: string;
  stage: StageId;
}

interface Column {
  lo: number;
  hi: number;
  boxes: Box[];
}

/** Columns of boxes along x (boxes that overlap in x share one), per stage, left to right. */
const columnsOf = (boxes: readonly Box[]): Column[] => {
  const sorted = [...boxes].sort((a, b) => a.x - b.x || a.y - b.y);
  const out: Column[] = [];
  for (const b of sorted) {
    const last = out[out.length - 1];
    if (last && b.x < last.hi) {
      last.hi = Math.max(last.hi, b.x + b.width);
      last.boxes.push(b);
    } else out.push({ lo: b.x, hi: b.x + b.width, boxes: [b] });
  }
  return out;
};

/** Splits a stage's columns into lines no wider than `wrap` (a line holds at least one column). */
const wrapColumns = (columns: readonly Column[], wrap: number): Column[][] => {
  const lines: Column[][] = [];
  for (const c of columns) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (!line || !first || c.hi - first.lo > wrap) lines.push([c]);
    else line.push(c);
  }
  return lines;
};

/**
 * Vertical places of a line's boxes: ELK's order and relative places, with every empty
 * strip between boxes squeezed to `BOX_GAP` (ELK aligned this stage with the others; on
 * its own a row needs less height). Returns each box's y from the line's top, and its height.
 */
const squeeze = (boxes: readonly Box[]): { y: Map<string, number>; height: number } => {
  const sorted = [...boxes].sort((a, b) => a.y - b.y);
  const top = sorted[0]?.y ?? 0;
  // Occupied strips, merged; each free strip between them shrinks to BOX_GAP.
  const cuts: { at: number; remove: number }[] = [];
  let end = -Infinity;
  for (const b of sorted) {
    if (end > -Infinity && b.y - end > BOX_GAP) cuts.push({ at: b.y, remove: b.y - end - BOX_GAP });
    end = Math.max(end, b.y + b.height);
  }
  const shift = (v: number) => v - top - cuts.filter((c) => c.at <= v).reduce((s, c) => s + c.remove, 0);
  const y = new Map(boxes.map((b) => [b.id, shift(b.y)]));
  return { y, height: Math.max(0, ...boxes.map((b) => (y.get(b.id) as number) + b.height)) };
};

interface Block {
  ids: Set<string>;
  boxes: Box[];
  lo: number;
  hi: number;
}

/** A row's parts grouped by the links between them (groups that overlap in x join), left to right. */
const blocksOf = (boxes: readonly Box[], links: readonly { source: string; target: string }[]): Block[] => {
  const parent = new Map(boxes.map((b) => [b.id, b.id]));
  const find = (id: string): string => {
    const p = parent.get(id) as string;
    if (p === id) return id;
    const r = find(p);
    parent.set(id, r);
    return r;
  };
  for (const l of links) if (parent.has(l.source) && parent.has(l.target)) parent.set(find(l.source), find(l.target));
  const groups = new Map<string, Box[]>();
  for (const b of boxes) groups.set(find(b.id), [...(groups.get(find(b.id)) ?? []), b]);
  const out: Block[] = [];
  for (const g of [...groups.values()]
    .map((g) => ({ boxes: g, lo: Math.min(...g.map((b) => b.x)), hi: Math.max(...g.map((b) => b.x + b.width)) }))
    .sort((a, b) => a.lo - b.lo)) {
    const last = out[out.length - 1];
    if (last && g.lo < last.hi) {
      last.boxes.push(...g.boxes);
      last.hi = Math.max(last.hi, g.hi);
      for (const b of g.boxes) last.ids.add(b.id);
    } else out.push({ ...g, ids: new Set(g.boxes.map((b) => b.id)) });
  }
  return out;
};

/** A design's forward edges and each part's stage: what reordering a row reads, worked out once per layout. */
interface Flow {
  forward: readonly DesignEdge[];
  stageOf: ReadonlyMap<string, StageId>;
}

/** Between two blocks of a reordered row: ELK's `spacing.componentComponent` (rows-graph.ts). */
const BLOCK_GAP = 36;

/**
 * Other orders of a stage's row, as rows to try (each differs from the current one): its blocks
 * (`blocksOf`, by the forward edges inside the stage) in the order of their wishes (where each
 * block's left end would put its parts over or under the parts they meet in other rows, at their
 * `placed` x), and each block moved to either end; packed left to right. ELK lays out a row
 * without the edges to other rows and packs its blocks in an order of its own.
 */
const reorderedRows = (
  { forward, stageOf }: Flow,
  stage: StageId,
  columns: readonly Column[],
  placed: ReadonlyMap<string, Rect>,
): Column[][] => {
  const inStage = columns.flatMap((c) => c.boxes);
  const byId = new Map(inStage.map((b) => [b.id, b]));
  const blocks = blocksOf(
    inStage,
    forward.filter((e) => stageOf.get(e.source) === stage && stageOf.get(e.target) === stage),
  );
  if (blocks.length < 2) return [];
  const wish = (b: Block) => {
    const wishes = forward.flatMap((e) => {
      const [mine, other] = b.ids.has(e.source) ? [e.source, e.target] : [e.target, e.source];
      const m = byId.get(mine);
      const o = placed.get(other);
      if (!b.ids.has(mine) || !m || !o || stageOf.get(other) === stage) return [];
      return [o.x + o.width / 2 - (m.x + m.width / 2 - b.lo)];
    });
    return wishes.length ? wishes.reduce((sum, w) => sum + w, 0) / wishes.length : b.lo;
  };
  const wishes = new Map(blocks.map((b) => [b, wish(b)]));
  const orders = [
    [...blocks].sort((a, b) => (wishes.get(a) as number) - (wishes.get(b) as number)),
    ...blocks.flatMap((b) => {
      const rest = blocks.filter((o) => o !== b);
      return [
        [b, ...rest],
        [...rest, b],
      ];
    }),
  ];
  const seen = new Set<Block[]>();
  const distinct = orders.filter((order) => {
    const same = (other: Block[]) => other.every((b, i) => b === order[i]);
    if (same(blocks) || [...seen].some(same)) return false;
    seen.add(order);
    return true;
  });
  return distinct.map((order) => {
    let x = (blocks[0] as Block).lo;
    return columnsOf(
      order.flatMap((b) => {
        const moved = b.boxes.map((r) => ({ ...r, x: r.x - b.lo + x }));
        x += b.hi - b.lo + BLOCK_GAP;
        return moved;
      }),
    );
  });
};

/**
 * Boxes placed for one way of wrapping. `flipped` holds stages and lines (`stage#k`, the k-th line
 * of a wrapped stage) drawn upside down: a line is, when its stage or the line alone is (not both).
 */
const place = (stages: ReadonlyMap<StageId, Column[]>, wrap: number, flipped: ReadonlySet<string> = new Set()): Map<string, Rect> => {
  const out = new Map<string, Rect>();
  let y = 0;
  let gapBefore = 0;
  for (const stage of STAGE_IDS) {
    const columns = stages.get(stage);
    if (!columns?.length) {
      // An empty stage keeps a band of its own between its neighbours (scene's stageFrames puts it there).
      gapBefore += F.titleBand + F.pad + 2 * F.gap + STAGE_GAP;
      continue;
    }
    y += gapBefore;
    gapBefore = 0;
    for (const [k, line] of wrapColumns(columns, wrap).entries()) {
      if (k > 0) y += LINE_GAP;
      const left = (line[0] as Column).lo;
      const boxes = line.flatMap((c) => c.boxes);
      const { y: ys, height } = squeeze(boxes);
      const top = (b: Box) =>
        flipped.has(stage) !== flipped.has(`${stage}#${k}`) ? height - (ys.get(b.id) as number) - b.height : (ys.get(b.id) as number);
      for (const b of boxes) out.set(b.id, { x: b.x - left, y: y + top(b), width: b.width, height: b.height });
      y += height;
    }
    gapBefore = STAGE_GAP;
  }
  return out;
};

/** How large the drawing comes out in a box of the target's shape (and unit area). */
const fitFactor = (bounds: Rect, ratio: number) => Math.min(Math.sqrt(ratio) / bounds.width, 1 / (Math.sqrt(ratio) * bounds.height));

/** A Scene of the document with its nodes in the given boxes, routed as every "rows" drawing is. */
export const rowsSceneOf = (document: Document, boxes: ReadonlyMap<string, Rect>): Scene => {
  const nodes: SceneNode[] = document.nodes.map((n) => toSceneNode(n, boxes.get(n.id) as Rect));
  return assembleScene(document, "rows", nodes, routeSceneEdges(nodes, document.edges, "rows"));
};

/**
 * Whether a drawing's width:height is near enough the target's: at most 1.5 times wider or 2 times
 * taller (a screen: 0.8 to 2.4). A strip this far off the target is hard to read whole even
 * when its boxes alone fit the target well (one long chain that does not wrap), so a wrapping
 * in shape wins over any that is not.
 */
const inShape = (bounds: Pick<Rect, "width" | "height">, ratio: number) =>
  bounds.width <= 1.5 * ratio * bounds.height && 2 * bounds.width >= ratio * bounds.height;
/** Score lost by a wrapping out of shape: more than fit, crossings and bends can make up. */
const OUT_OF_SHAPE = 1000;

const scoreOf = (scene: Scene, ratio: number): number =>
  Math.log(fitFactor(scene.bounds, ratio)) * 40 -
  countCrossings(scene) * CROSSING_WEIGHT -
  countBends(scene) * 0.1 -
  findLabelCollisions(scene).length * 20;

/** The score of a "rows" drawing with its parts in the given boxes, once routed. */
const judge = (document: Document, boxes: ReadonlyMap<string, Rect>, ratio: number): number => {
  const scene = rowsSceneOf(document, boxes);
  return scoreOf(scene, ratio) - (inShape(scene.bounds, ratio) ? 0 : OUT_OF_SHAPE);
};

/**
 * The boxes of a "rows" drawing from ELK's rows, wrapped the way that
 * scores best for a target of width:height `ratio`.
 */
export const rowsBoxes = (document: Document, elkResult: ElkNode, ratio: number): Map<string, Rect> => {
  // Each stage's row was laid out on its own: positions relative to the row.
  const placed = new Map((elkResult.children ?? []).flatMap((row) => (row.children ?? []).map((c) => [c.id, c] as const)));
  const boxes: Box[] = document.nodes.map((n) => {
    const c = placed.get(n.id);
    if (!c) throw new Error(`the layout result has no box for node "${n.id}"`);
    return { id: n.id, stage: n.stage, x: round(c.x), y: round(c.y), width: round(c.width), height: round(c.height) };
  });
  const stages = new Map(STAGE_IDS.map((s) => [s, columnsOf(boxes.filter((b) => b.stage === s))]));
  const widths = [...stages.values()].filter((c) => c.length).map((c) => (c[c.length - 1] as Column).hi - (c[0] as Column).lo);
  const widest = Math.max(0, ...widths);
  const narrowest = Math.max(0, ...[...stages.values()].flat().map((c) => c.hi - c.lo));
  const wraps = [...new Set([widest, ...widths, ...[2, 3, 4].map((k) => Math.ceil(widest / k))])]
    .filter((w) => w >= narrowest)
    .sort((a, b) => b - a);
  // Routing is the costly part: only the ways of wrapping whose boxes fit the target best are routed and scored.
  const candidates = wraps
    .map((wrap) => {
      const boxes = place(stages, wrap);
      const all = [...boxes.values()];
      const x0 = Math.min(...all.map((b) => b.x));
      const y0 = Math.min(...all.map((b) => b.y));
      const bounds = {
        x: 0,
        y: 0,
        width: Math.max(...all.map((b) => b.x + b.width)) - x0,
        height: Math.max(...all.map((b) => b.y + b.height)) - y0,
      };
      return { wrap, boxes, fit: fitFactor(bounds, ratio), shaped: inShape(bounds, ratio) };
    })
    .sort((a, b) => Number(b.shaped) - Number(a.shaped) || b.fit - a.fit)
    .slice(0, ROUTED_CANDIDATES);
  // Too big for the grid router: its routes would not tell the wrappings apart, and scoring costs
  // seconds, so the wrapping whose boxes fit best is taken unrouted.
  if (document.nodes.length > GRID_ROUTER_LIMIT) return (candidates[0] as (typeof candidates)[number]).boxes;
  const judged = candidates.map(({ boxes, wrap }) => ({ boxes, wrap, flipped: new Set<string>(), score: judge(document, boxes, ratio) }));
  // ELK stacks the parts of one layer in the order that suits the edges inside the stage alone; upside
  // down, a row may suit the edges to the other rows better (on the catalogue, 148 crossings → 116).
  // Tried stage by stage on the best wrappings, then line by line in a wrapped stage, kept where the
  // drawing scores better.
  const flow: Flow = {
    forward: splitBackEdges(document.nodes, document.edges).forward,
    stageOf: new Map(document.nodes.map((n) => [n.id as string, n.stage])),
  };
  const improve = (start: (typeof judged)[number]) => {
    const best = { ...start, flipped: new Set(start.flipped) };
    const current = new Map(stages);
    const flips = () => {
      for (const stage of STAGE_IDS) {
        if (!current.get(stage)?.length) continue;
        const lines = wrapColumns(current.get(stage) ?? [], best.wrap).length;
        for (const key of [stage, ...(lines > 1 ? Array.from({ length: lines }, (_, k) => `${stage}#${k}`) : [])]) {
          const flipped = new Set(best.flipped);
          if (flipped.has(key)) flipped.delete(key);
          else flipped.add(key);
          const boxes = place(current, best.wrap, flipped);
          const score = judge(document, boxes, ratio);
          if (score > best.score + 1e-9) Object.assign(best, { boxes, flipped, score });
        }
      }
    };
    // Then each row's blocks (its parts joined by edges inside the stage) in the order of where the
    // parts they meet in the other rows now stand, or one block moved to an end; kept where the
    // drawing scores better.
    const orders = () => {
      for (const stage of STAGE_IDS) {
        for (const row of reorderedRows(flow, stage, current.get(stage) ?? [], best.boxes)) {
          const trial = new Map(current).set(stage, row);
          const boxes = place(trial, best.wrap, best.flipped);
          const score = judge(document, boxes, ratio);
          if (score > best.score + 1e-9) {
            Object.assign(best, { boxes, score });
            current.set(stage, row);
          }
        }
      }
    };
    // Twice at most: a flip can make another order pay, and back (on the catalogue, 104 crossings → 100).
    for (let pass = 0; pass < IMPROVING_PASSES; pass++) {
      const before = best.score;
      flips();
      orders();
      if (best.score <= before + 1e-9) break;
    }
    return best;
  };
  // The best-scoring wrapping is not always the one that improves most: the two best are improved
  // and the better result kept (on the catalogue, 100 crossings → 92, for twice the routings).
  const ranked = [...judged].sort((a, b) => b.score - a.score).slice(0, IMPROVED_WRAPPINGS);
  const best = ranked.map(improve).reduce((a, b) => (b.score > a.score + 1e-9 ? b : a));
  return best.boxes;
};

/**
 * ELK's rows → the "rows" Scene fitted to `target`. Pinned nodes go back to
 * their stored places (pins.ts); without pins the drawing starts at (0, 0). The Scene is
 * exactly what `sceneFromDocument` draws from the positions `applyScene` stores.
 */
export const rowsScene = (document: Document, elkResult: ElkNode, target: LayoutTarget): Scene => {
  let boxes = rowsBoxes(document, elkResult, targetRatio(target));
  const pinned = document.nodes.some((n) => n.pinned && n.position);
  if (pinned) {
    const nodes = document.nodes.map((n) => toSceneNode(n, boxes.get(n.id) as Rect));
    boxes = new Map(placePinned(document.nodes, nodes, "rows").nodes.map((n) => [n.id as string, n]));
  }
  let scene = rowsSceneOf(document, boxes);
  if (!pinned && (scene.bounds.x || scene.bounds.y)) {
    const { x, y } = scene.bounds;
    scene = rowsSceneOf(document, new Map([...boxes].map(([id, b]) => [id, { ...b, x: b.x - x, y: b.y - y }])));
  }
  return { ...scene, target };
};
