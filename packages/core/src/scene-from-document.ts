import type { Direction, Rect, Scene, SceneEdge, SceneNode, StageFrame } from "./scene.js";
import type { DesignEdge, DesignNode, Document, Point } from "./schema.js";
import { compareStages, STAGE_IDS, STAGES, type StageId } from "./stages.js";
import { estimateTextWidth, type MeasureText, NODE_METRICS } from "./text-metrics.js";

/** Spacing of stage frames and of the simple edge router; layout uses the same numbers. */
export const FRAME_METRICS = {
  /** Room between a frame's border and the boxes inside it. */
  pad: 20,
  /** Height of the title strip at the top of a frame (direction "right"). */
  titleBand: 36,
  titlePadX: 12,
  /** Gap between two frames placed next to each other by the router (empty stages). */
  gap: 16,
  /** Length of the straight piece where an edge leaves or enters a box before turning. */
  stub: 12,
  /** Distance between back-edge lanes, and from the last box to the first lane. */
  lane: 12,
  laneStart: 24,
} as const;

const F = FRAME_METRICS;

/** Width of a stage title as drawn (bold); bold is about 5% wider than the estimate. */
export const stageTitleWidth = (title: string, measure: MeasureText = estimateTextWidth): number =>
  Math.ceil(measure(title, NODE_METRICS.stageTitleSize) * 1.08);

const stageTitle = (stage: StageId): string => STAGES.find((s) => s.id === stage)?.title ?? stage;

/** Size along the main direction of the frame of a stage with no nodes. */
export const emptyStageExtent = (stage: StageId, direction: Direction, measure: MeasureText = estimateTextWidth): number =>
  direction === "right" ? stageTitleWidth(stageTitle(stage), measure) + 2 * F.titlePadX : F.titleBand + F.pad;

/** In direction "down" titles sit in a left gutter as wide as the widest title. */
export const titleGutter = (measure: MeasureText = estimateTextWidth): number =>
  Math.max(...STAGES.map((s) => stageTitleWidth(s.title, measure))) + 2 * F.titlePadX;

// Rects are handled in "right" coordinates (main = x, cross = y); "down" swaps the axes.
const flip = (r: Rect): Rect => ({ x: r.y, y: r.x, width: r.height, height: r.width });
const flipPoint = (p: Point): Point => ({ x: p.y, y: p.x });

export const unionRect = (rects: readonly Rect[]): Rect | null => {
  if (!rects.length) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
};

export const pointsRect = (points: readonly Point[]): Rect | null =>
  unionRect(points.map((p) => ({ x: p.x, y: p.y, width: 0, height: 0 })));

/**
 * The four stage frames as bands around the given boxes: each spans its stage's boxes
 * along the main direction and the whole drawing (boxes and `extent`) across it. A stage
 * without boxes gets a narrow frame in the gap between its neighbours.
 */
export const stageFrames = (
  boxes: readonly (Rect & { stage: StageId })[],
  direction: Direction,
  extent: Rect | null = null,
  measure: MeasureText = estimateTextWidth,
): StageFrame[] => {
  const right = direction === "right";
  const local = (r: Rect) => (right ? r : flip(r));
  const all = unionRect([...boxes.map(local), ...(extent ? [local(extent)] : [])]) ?? { x: 0, y: 0, width: 0, height: 160 };
  const head = right ? F.titleBand : titleGutter(measure);
  const crossLo = all.y - F.pad - head;
  const crossHi = all.y + all.height + F.pad;

  const spans: ({ lo: number; hi: number } | null)[] = STAGE_IDS.map((stage) => {
    const own = unionRect(boxes.filter((b) => b.stage === stage).map(local));
    return own ? { lo: own.x - F.pad, hi: own.x + own.width + F.pad } : null;
  });
  // Place runs of empty stages: centred in the gap between their neighbours, else beside them.
  for (let i = 0; i < spans.length; ) {
    if (spans[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < spans.length && !spans[j]) j++;
    const sizes = STAGE_IDS.slice(i, j).map((s) => emptyStageExtent(s, direction, measure));
    const total = sizes.reduce((a, b) => a + b, 0) + F.gap * (sizes.length - 1);
    const prev = spans[i - 1];
    const next = spans[j];
    let start = 0;
    if (prev && next) start = (prev.hi + next.lo) / 2 - total / 2;
    else if (prev) start = prev.hi + F.gap;
    else if (next) start = next.lo - F.gap - total;
    for (let k = i; k < j; k++) {
      const size = sizes[k - i] as number;
      spans[k] = { lo: start, hi: start + size };
      start += size + F.gap;
    }
    i = j;
  }
  return STAGE_IDS.map((stage, i) => {
    const span = spans[i] as { lo: number; hi: number };
    // Whole pixels, like every other coordinate of a laid-out scene.
    const [lo, hi] = [Math.floor(span.lo), Math.ceil(span.hi)];
    const rect = { x: lo, y: Math.floor(crossLo), width: hi - lo, height: Math.ceil(crossHi) - Math.floor(crossLo) };
    return { stage, title: stageTitle(stage), ...(right ? rect : flip(rect)) };
  });
};

const mid = (lo: number, hi: number) => (lo + hi) / 2;

/** Whether a route runs through the inside of any of the boxes. */
const blocked = (points: readonly Point[], boxes: readonly Rect[]): boolean => {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const x0 = Math.min(a.x, b.x);
    const x1 = Math.max(a.x, b.x);
    const y0 = Math.min(a.y, b.y);
    const y1 = Math.max(a.y, b.y);
    if (boxes.some((r) => x1 > r.x && x0 < r.x + r.width && y1 > r.y && y0 < r.y + r.height)) return true;
  }
  return false;
};

/**
 * A forward route around the boxes in between: out of the source into the gap after its
 * column, along the free horizontal corridor nearest to both ends, into the gap before the
 * target's column and in. Null when no such corridor is free.
 */
const corridor = (s: Rect, t: Rect, between: readonly Rect[], all: readonly Rect[], scy: number, tcy: number): Point[] | null => {
  const column = (r: Rect) => all.filter((o) => o.x < r.x + r.width && o.x + o.width > r.x);
  const x0 = Math.max(s.x + s.width, ...column(s).map((o) => o.x + o.width)) + F.stub;
  const x1 = Math.min(t.x, ...column(t).map((o) => o.x)) - F.stub;
  if (x1 <= x0) return null;
  const ys = [scy, tcy, ...between.flatMap((b) => [b.y - F.stub, b.y + b.height + F.stub])];
  ys.sort((a, b) => Math.abs(a - scy) + Math.abs(a - tcy) - (Math.abs(b - scy) + Math.abs(b - tcy)) || a - b);
  for (const y of ys) {
    const route = [
      { x: s.x + s.width, y: scy },
      { x: x0, y: scy },
      { x: x0, y },
      { x: x1, y },
      { x: x1, y: tcy },
      { x: t.x, y: tcy },
    ].filter((p, i, list) => i === 0 || p.x !== list[i - 1]?.x || p.y !== list[i - 1]?.y);
    const straight = route.filter((p, i, list) => {
      const a = list[i - 1];
      const b = list[i + 1];
      return !a || !b || !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
    });
    if (!blocked(straight, between)) return straight;
  }
  return null;
};

/**
 * Where a forward edge leaves its source and enters its target, as a coordinate across the
 * main direction (y for "right", x for "down"); the middle of the side when absent.
 */
export interface EdgePorts {
  source?: number;
  target?: number;
}

/**
 * A simple orthogonal route between two boxes, in "right" coordinates: from the source's
 * far side to the target's near side; boxes that share a column are joined top to bottom.
 */
const routeRight = (s: Rect, t: Rect, others: readonly Rect[], ports: EdgePorts = {}): Point[] => {
  const sx1 = s.x + s.width;
  const tx1 = t.x + t.width;
  const scy = ports.source ?? s.y + s.height / 2;
  const tcy = ports.target ?? t.y + t.height / 2;
  if (t.x >= sx1 + 2 * F.stub) {
    const lo = Math.max(s.y, t.y);
    const hi = Math.min(s.y + s.height, t.y + t.height);
    const mx = mid(sx1, t.x);
    const given = ports.source !== undefined || ports.target !== undefined;
    const simple: Point[] =
      Math.abs(scy - tcy) < 0.5
        ? [
            { x: sx1, y: scy },
            { x: t.x, y: scy },
          ]
        : !given && hi - lo >= 16
          ? [
              { x: sx1, y: mid(lo, hi) },
              { x: t.x, y: mid(lo, hi) },
            ]
          : [
              { x: sx1, y: scy },
              { x: mx, y: scy },
              { x: mx, y: tcy },
              { x: t.x, y: tcy },
            ];
    const between = others.filter((o) => o !== s && o !== t && o.x < t.x && o.x + o.width > sx1);
    if (!blocked(simple, between)) return simple;
    return corridor(s, t, between, others, scy, tcy) ?? simple;
  }
  const scx = s.x + s.width / 2;
  const tcx = t.x + t.width / 2;
  const below = t.y >= s.y + s.height;
  const above = t.y + t.height <= s.y;
  if (below || above) {
    const y0 = below ? s.y + s.height : s.y;
    const y1 = below ? t.y : t.y + t.height;
    const lo = Math.max(s.x, t.x);
    const hi = Math.min(sx1, tx1);
    if (hi - lo >= 16)
      return [
        { x: mid(lo, hi), y: y0 },
        { x: mid(lo, hi), y: y1 },
      ];
    const my = mid(y0, y1);
    return [
      { x: scx, y: y0 },
      { x: scx, y: my },
      { x: tcx, y: my },
      { x: tcx, y: y1 },
    ];
  }
  // Overlapping boxes, or a box whose target lies behind it: a loop on the right side.
  const x = Math.max(sx1, tx1) + 2 * F.stub;
  return [
    { x: sx1, y: scy - 6 },
    { x, y: scy - 6 },
    { x, y: tcy + 6 },
    { x: tx1, y: tcy + 6 },
  ];
};

/**
 * Routes one edge between two boxes in the given direction with the simple router. Given
 * the other boxes, a forward route that would cross one takes a free corridor instead.
 */
export const routeEdge = (
  source: Rect,
  target: Rect,
  direction: Direction,
  others: readonly Rect[] = [],
  ports: EdgePorts = {},
): Point[] => {
  if (direction === "right") return routeRight(source, target, others, ports);
  const index = new Map<Rect, Rect>(others.map((o) => [o, flip(o)]));
  const local = (r: Rect) => index.get(r) ?? flip(r);
  return routeRight(local(source), local(target), [...index.values()], ports).map(flipPoint);
};

/**
 * A label box centred on a segment of a route: the longest one whose box stays clear of
 * the `avoid` boxes (the nodes), else the longest one.
 */
export const edgeLabelBox = (
  label: string,
  points: readonly Point[],
  measure: MeasureText = estimateTextWidth,
  avoid: readonly Rect[] = [],
): Rect => {
  const width = measure(label, NODE_METRICS.edgeLabelSize) + 8;
  const height = NODE_METRICS.edgeLabelSize + 6;
  const boxAt = (p: Point): Rect => ({ x: p.x - width / 2, y: p.y - height / 2, width, height });
  const clear = (r: Rect) => !avoid.some((o) => r.x < o.x + o.width && o.x < r.x + r.width && r.y < o.y + o.height && o.y < r.y + r.height);
  const spots = points
    .slice(1)
    .map((b, i) => {
      const a = points[i] as Point;
      return { len: Math.abs(a.x - b.x) + Math.abs(a.y - b.y), at: { x: mid(a.x, b.x), y: mid(a.y, b.y) }, i };
    })
    .sort((p, q) => q.len - p.len || p.i - q.i);
  const best = spots.find((s) => clear(boxAt(s.at))) ?? spots[0];
  return boxAt(best?.at ?? points[0] ?? { x: 0, y: 0 });
};

/** Whether an edge is drawn as a back edge: a feedback edge or one pointing to an earlier stage. */
export const isBackEdge = (edge: Pick<DesignEdge, "kind">, source: Pick<DesignNode, "stage">, target: Pick<DesignNode, "stage">) =>
  edge.kind === "feedback" || compareStages(target.stage, source.stage) < 0;

export const toSceneNode = (n: DesignNode, box: Rect): SceneNode => ({
  id: n.id,
  kind: n.kind,
  stage: n.stage,
  label: n.label,
  props: n.props as Readonly<Record<string, unknown>>,
  ...(n.notes !== undefined ? { notes: n.notes } : {}),
  pinned: n.pinned === true,
  x: box.x,
  y: box.y,
  width: box.width,
  height: box.height,
});

export interface SceneFromDocumentOptions {
  /** Default: the document's `layout.direction`, else "right". */
  direction?: Direction;
  measureText?: MeasureText;
}

const sceneEdge = (e: DesignEdge, points: Point[], measure: MeasureText, avoid: readonly Rect[] = []): SceneEdge => ({
  id: e.id,
  kind: e.kind,
  source: e.source,
  target: e.target,
  ...(e.label ? { label: e.label, labelBox: edgeLabelBox(e.label, points, measure, avoid) } : {}),
  points,
});

interface Seg {
  a: Point;
  b: Point;
}
const segments = (points: readonly Point[]): Seg[] => points.slice(1).map((b, i) => ({ a: points[i] as Point, b }));
const between = (v: number, p: number, q: number) => v > Math.min(p, q) && v < Math.max(p, q);
/** Index of the first item whose key is above `value` (items sorted by key). */
const firstAbove = (items: readonly Seg[], key: (g: Seg) => number, value: number): number => {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (key(items[m] as Seg) <= value) lo = m + 1;
    else hi = m;
  }
  return lo;
};
const atX = (g: Seg) => g.a.x;
const atY = (g: Seg) => g.a.y;

/**
 * Orthogonal segments, horizontal ones sorted by y and vertical ones by x, so counting the
 * crossings of a route scans only the segments in its range.
 */
class SegmentSet {
  readonly horizontal: Seg[] = [];
  readonly vertical: Seg[] = [];
  add(segs: readonly Seg[]) {
    for (const g of segs) {
      if (g.a.y === g.b.y && g.a.x !== g.b.x) this.horizontal.splice(firstAbove(this.horizontal, atY, g.a.y), 0, g);
      else if (g.a.x === g.b.x && g.a.y !== g.b.y) this.vertical.splice(firstAbove(this.vertical, atX, g.a.x), 0, g);
    }
  }
  /** Proper crossings between one orthogonal route and the set. */
  crossings(route: readonly Point[]): number {
    let count = 0;
    for (const g of segments(route)) {
      const horizontal = g.a.y === g.b.y;
      const list = horizontal ? this.vertical : this.horizontal;
      const key = horizontal ? atX : atY;
      const lo = horizontal ? Math.min(g.a.x, g.b.x) : Math.min(g.a.y, g.b.y);
      const hi = horizontal ? Math.max(g.a.x, g.b.x) : Math.max(g.a.y, g.b.y);
      for (let i = firstAbove(list, key, lo); i < list.length && key(list[i] as Seg) < hi; i++) {
        const o = list[i] as Seg;
        if (horizontal ? between(g.a.y, o.a.y, o.b.y) : between(g.a.x, o.a.x, o.b.x)) count++;
      }
    }
    return count;
  }
}

/**
 * Routes back edges (feedback, or pointing to an earlier stage) around the drawing, below or
 * above every box, whichever crosses fewer of the routes already drawn (`obstacles`, the
 * forward routes). A route leaves its source through the border facing its lane when no
 * box lies between (else out of its far side and through the gap after its column), runs
 * along a lane of its own, and enters its target the same way. Loops whose spans do not
 * overlap share a lane; shorter loops are placed first, so a loop runs outside the loops
 * it encloses and nested loops do not cross.
 */
export const routeBackEdges = (
  nodes: readonly SceneNode[],
  edges: readonly DesignEdge[],
  direction: Direction,
  measure: MeasureText = estimateTextWidth,
  obstacles: readonly (readonly Point[])[] = [],
): SceneEdge[] => {
  const right = direction === "right";
  const local = (r: Rect) => (right ? r : flip(r));
  const boxes = new Map(nodes.map((n) => [n.id as string, local(n)]));
  const all = [...boxes.values()];
  const drawn = new SegmentSet();
  for (const route of obstacles) drawn.add(segments(right ? route : route.map(flipPoint)));
  const sameColumn = (o: Rect, r: Rect) => o.x < r.x + r.width && o.x + o.width > r.x;
  const columnEnd = (r: Rect) => Math.max(...all.filter((o) => sameColumn(o, r)).map((o) => o.x + o.width));
  const columnStart = (r: Rect) => Math.min(...all.filter((o) => sameColumn(o, r)).map((o) => o.x));
  let crossLo = Infinity;
  let crossHi = -Infinity;
  for (const r of all) [crossLo, crossHi] = [Math.min(crossLo, r.y), Math.max(crossHi, r.y + r.height)];
  for (const d of [...drawn.horizontal, ...drawn.vertical])
    [crossLo, crossHi] = [Math.min(crossLo, d.a.y, d.b.y), Math.max(crossHi, d.a.y, d.b.y)];
  if (crossLo > crossHi) [crossLo, crossHi] = [0, 0];
  const edgeOf = { 1: crossHi + F.laneStart, [-1]: crossLo - F.laneStart };
  type Side = 1 | -1;
  // Nothing between a box and its lane: leave through the border that faces the lane.
  const open = (r: Rect, side: Side) =>
    !all.some((o) => o !== r && sameColumn(o, r) && (side > 0 ? o.y >= r.y + r.height : o.y + o.height <= r.y));
  const used = new Map<string, number>();
  const peek = (key: string) => used.get(key) ?? 0;
  const take = (key: string) => used.set(key, peek(key) + 1);

  const labelHeight = NODE_METRICS.edgeLabelSize + 6;
  const lanes: Record<Side, { spans: [number, number][]; labelled: boolean }[]> = { 1: [], [-1]: [] };
  const laneHeight = (l: { labelled: boolean }) => (l.labelled ? labelHeight + 4 : F.lane);
  const laneAt = (side: Side, k: number, labelled: boolean) => {
    let offset = 0;
    for (let j = 0; j < k; j++) offset += laneHeight(lanes[side][j] as { labelled: boolean });
    const own = labelled || lanes[side][k]?.labelled ? labelHeight / 2 : 0;
    return edgeOf[side] + side * (offset + own);
  };

  interface Plan {
    side: Side;
    lane: number;
    head: Point[];
    tail: Point[];
    keys: string[];
  }
  const plan = (e: DesignEdge, s: Rect, t: Rect, side: Side, lo: number, hi: number, pad: number): Plan => {
    const keys: string[] = [];
    const slot = (key: string) => {
      keys.push(key);
      return peek(key);
    };
    const face = (r: Rect) => (side > 0 ? r.y + r.height : r.y);
    const near = (r: Rect, key: string) => (side > 0 ? r.y + r.height - 8 : r.y + 8) - side * 6 * slot(key);
    let head: Point[];
    if (open(s, side)) head = [{ x: Math.min(s.x + s.width - 6, s.x + s.width / 2 + 8 + 12 * slot(`o${side}${e.source}`)), y: face(s) }];
    else {
      const y = near(s, `so${side}${e.source}`);
      const end = columnEnd(s);
      head = [
        { x: s.x + s.width, y },
        { x: end + F.stub + 8 * slot(`x${end}`), y },
      ];
    }
    let tail: Point[];
    if (open(t, side)) tail = [{ x: Math.max(t.x + 6, t.x + t.width / 2 - 8 - 12 * slot(`i${side}${e.target}`)), y: face(t) }];
    else {
      const y = near(t, `si${side}${e.target}`);
      const start = columnStart(t);
      tail = [
        { x: start - F.stub - 8 * slot(`x${start}`), y },
        { x: t.x, y },
      ];
    }
    let lane = lanes[side].findIndex((l) => l.spans.every(([a, b]) => hi + pad < a || lo - pad > b));
    if (lane < 0) lane = lanes[side].length;
    return { side, lane, head, tail, keys };
  };
  const pointsOf = (p: Plan, at: number): Point[] => {
    const down = p.head[p.head.length - 1] as Point;
    const up = p.tail[0] as Point;
    return [...p.head, { x: down.x, y: at }, { x: up.x, y: at }, ...p.tail];
  };

  const order = edges
    .map((e, i) => ({ e, i, s: boxes.get(e.source), t: boxes.get(e.target) }))
    .filter((x): x is { e: DesignEdge; i: number; s: Rect; t: Rect } => !!x.s && !!x.t)
    .sort((a, b) => Math.abs(a.s.x - a.t.x) - Math.abs(b.s.x - b.t.x) || a.i - b.i);
  const chosen = new Map<number, Plan>();
  for (const { e, i, s, t } of order) {
    const lo = Math.min(s.x, t.x) - 2 * F.stub;
    const hi = Math.max(s.x + s.width, t.x + t.width) + 2 * F.stub;
    const pad = e.label ? measure(e.label, NODE_METRICS.edgeLabelSize) : 0;
    const candidates = ([1, -1] as Side[]).map((side) => {
      const p = plan(e, s, t, side, lo, hi, pad);
      return { p, cost: drawn.crossings(pointsOf(p, laneAt(side, p.lane, !!e.label))) };
    });
    const best =
      (candidates[1] as (typeof candidates)[number]).cost < (candidates[0] as (typeof candidates)[number]).cost
        ? candidates[1]
        : candidates[0];
    const p = (best as (typeof candidates)[number]).p;
    for (const key of p.keys) take(key);
    const lane = lanes[p.side][p.lane] ?? { spans: [], labelled: false };
    lanes[p.side][p.lane] = lane;
    lane.spans.push([lo, hi]);
    lane.labelled ||= !!e.label;
    drawn.add(segments(pointsOf(p, laneAt(p.side, p.lane, !!e.label))));
    chosen.set(i, p);
  }
  // Lane positions are final only now that every lane knows whether it carries a label.
  return edges.flatMap((e, i) => {
    const p = chosen.get(i);
    if (!p) return [];
    const points = pointsOf(p, laneAt(p.side, p.lane, false));
    const edge = sceneEdge(e, right ? points : points.map(flipPoint), measure);
    // A loop's label sits on its lane, where room was kept for it.
    if (e.label) edge.labelBox = edgeLabelBox(e.label, edge.points.slice(p.head.length, p.head.length + 2), measure);
    return [edge];
  });
};

/** Splits edges into forward ones and back ones (see `isBackEdge`); self-loops count as forward. */
export const splitBackEdges = (nodes: readonly Pick<DesignNode, "id" | "stage">[], edges: readonly DesignEdge[]) => {
  const stage = new Map(nodes.map((n) => [n.id as string, n]));
  const forward: DesignEdge[] = [];
  const back: DesignEdge[] = [];
  for (const e of edges) {
    const s = stage.get(e.source);
    const t = stage.get(e.target);
    (s && t && e.source !== e.target && isBackEdge(e, s, t) ? back : forward).push(e);
  }
  return { forward, back };
};

/**
 * Spreads the ends of forward edges that share a side of a box along that side, ordered by
 * where the other end lies, so arrows do not pile up on one point and do not cross there.
 */
export const spreadPorts = (nodes: readonly SceneNode[], edges: readonly DesignEdge[], direction: Direction): Map<string, EdgePorts> => {
  const right = direction === "right";
  const box = new Map(nodes.map((n) => [n.id as string, right ? (n as Rect) : flip(n)]));
  const centre = (r: Rect) => r.y + r.height / 2;
  const outs = new Map<string, { e: DesignEdge; other: Rect }[]>();
  const ins = new Map<string, { e: DesignEdge; other: Rect }[]>();
  for (const e of edges) {
    const s = box.get(e.source);
    const t = box.get(e.target);
    if (!s || !t || t.x < s.x + s.width + 2 * F.stub) continue; // only edges from far side to near side
    outs.set(e.source, [...(outs.get(e.source) ?? []), { e, other: t }]);
    ins.set(e.target, [...(ins.get(e.target) ?? []), { e, other: s }]);
  }
  const out = new Map<string, EdgePorts>();
  const spread = (groups: Map<string, { e: DesignEdge; other: Rect }[]>, end: "source" | "target") => {
    for (const [id, list] of groups) {
      if (list.length < 2) continue;
      const r = box.get(id) as Rect;
      const sorted = [...list].sort((a, b) => centre(a.other) - centre(b.other) || (a.e.id < b.e.id ? -1 : 1));
      sorted.forEach(({ e }, i) => {
        out.set(e.id, { ...out.get(e.id), [end]: r.y + (r.height * (i + 1)) / (sorted.length + 1) });
      });
    }
  };
  spread(outs, "source");
  spread(ins, "target");
  return out;
};

/** Routes every edge between placed boxes: forward ones directly, back ones around. */
export const routeSceneEdges = (
  nodes: readonly SceneNode[],
  edges: readonly DesignEdge[],
  direction: Direction,
  measure: MeasureText = estimateTextWidth,
): SceneEdge[] => {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const { forward, back } = splitBackEdges(nodes, edges);
  const ports = spreadPorts(nodes, forward, direction);
  const ahead = new Map<string, SceneEdge>();
  for (const e of forward) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (s && t) ahead.set(e.id, sceneEdge(e, routeEdge(s, t, direction, nodes, ports.get(e.id)), measure, nodes));
  }
  const obstacles = [...ahead.values()].map((e) => e.points);
  const around = new Map(routeBackEdges(nodes, back, direction, measure, obstacles).map((e) => [e.id as string, e]));
  return edges.flatMap((e) => ahead.get(e.id) ?? around.get(e.id) ?? []);
};

/** The bounds of everything drawn: frames, boxes, routes and label boxes. */
export const sceneBounds = (stages: readonly Rect[], nodes: readonly Rect[], edges: readonly SceneEdge[]): Rect =>
  unionRect([
    ...stages,
    ...nodes,
    ...edges.flatMap((e) => [pointsRect(e.points), e.labelBox ?? null].filter((r): r is Rect => r !== null)),
  ]) ?? { x: 0, y: 0, width: 0, height: 0 };

/**
 * A Scene from a document's stored positions and sizes, without a layout engine: what
 * embeds and thumbnails draw. Null when a node has no stored position or size.
 */
export const sceneFromDocument = (document: Document, options: SceneFromDocumentOptions = {}): Scene | null => {
  const direction = options.direction ?? document.layout?.direction ?? "right";
  const measure = options.measureText ?? estimateTextWidth;
  const nodes: SceneNode[] = [];
  for (const n of document.nodes) {
    if (!n.position || !n.size) return null;
    nodes.push(toSceneNode(n, { ...n.position, ...n.size }));
  }
  return assembleScene(document, direction, nodes, routeSceneEdges(nodes, document.edges, direction, measure), measure);
};

/**
 * The Scene of placed nodes and routed edges: a frame around each stage, wide enough for
 * the routes and their labels, and the bounds. `frameNodes` may add placeholders for
 * stages without nodes (the layout does), so all four stages show.
 */
export const assembleScene = (
  document: Document,
  direction: Direction,
  nodes: SceneNode[],
  edges: SceneEdge[],
  measure: MeasureText,
  frameNodes: readonly (Rect & { stage: StageId })[] = nodes,
): Scene => {
  const extent = unionRect(edges.flatMap((e) => [pointsRect(e.points), e.labelBox ?? null].filter((r): r is Rect => r !== null)));
  const stages = stageFrames(frameNodes, direction, extent, measure);
  return {
    documentId: document.id,
    title: document.title,
    summary: document.summary,
    ...(document.source ? { source: document.source } : {}),
    direction,
    bounds: sceneBounds(stages, nodes, edges),
    stages,
    nodes,
    edges,
  };
};
