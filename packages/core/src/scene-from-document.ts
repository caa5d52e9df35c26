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
    const rect = { x: span.lo, y: crossLo, width: span.hi - span.lo, height: crossHi - crossLo };
    return { stage, title: stageTitle(stage), ...(right ? rect : flip(rect)) };
  });
};

const mid = (lo: number, hi: number) => (lo + hi) / 2;

/**
 * A simple orthogonal route between two boxes, in "right" coordinates: from the source's
 * far side to the target's near side; boxes that share a column are joined top to bottom.
 */
const routeRight = (s: Rect, t: Rect): Point[] => {
  const sx1 = s.x + s.width;
  const tx1 = t.x + t.width;
  const scy = s.y + s.height / 2;
  const tcy = t.y + t.height / 2;
  if (t.x >= sx1 + 2 * F.stub) {
    const lo = Math.max(s.y, t.y);
    const hi = Math.min(s.y + s.height, t.y + t.height);
    if (hi - lo >= 16) {
      const y = mid(lo, hi);
      return [
        { x: sx1, y },
        { x: t.x, y },
      ];
    }
    const mx = mid(sx1, t.x);
    return [
      { x: sx1, y: scy },
      { x: mx, y: scy },
      { x: mx, y: tcy },
      { x: t.x, y: tcy },
    ];
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

/** Routes one edge between two boxes in the given direction with the simple router. */
export const routeEdge = (source: Rect, target: Rect, direction: Direction): Point[] =>
  direction === "right" ? routeRight(source, target) : routeRight(flip(source), flip(target)).map(flipPoint);

/** A label box centred on the longest segment of a route. */
export const edgeLabelBox = (label: string, points: readonly Point[], measure: MeasureText = estimateTextWidth): Rect => {
  let best = 0;
  let at: Point = points[0] ?? { x: 0, y: 0 };
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const len = Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
    if (len > best) {
      best = len;
      at = { x: mid(a.x, b.x), y: mid(a.y, b.y) };
    }
  }
  const width = measure(label, NODE_METRICS.edgeLabelSize) + 8;
  const height = NODE_METRICS.edgeLabelSize + 6;
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
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

const sceneEdge = (e: DesignEdge, points: Point[], measure: MeasureText): SceneEdge => ({
  id: e.id,
  kind: e.kind,
  source: e.source,
  target: e.target,
  ...(e.label ? { label: e.label, labelBox: edgeLabelBox(e.label, points, measure) } : {}),
  points,
});

/**
 * Routes back edges (feedback, or pointing to an earlier stage) around the drawing: out of
 * the source (from below when nothing lies under it in its column, else out of its far side
 * and through the gap after its column), along a lane of its own beyond every box, and
 * back into the target the same way (from below, else through the gap before its column).
 * Shorter loops get the inner lanes, so nested loops do not cross one another.
 * `extentEnd` is the far cross coordinate of everything already drawn.
 */
export const routeBackEdges = (
  nodes: readonly SceneNode[],
  edges: readonly DesignEdge[],
  direction: Direction,
  measure: MeasureText = estimateTextWidth,
  extentEnd = -Infinity,
): SceneEdge[] => {
  const right = direction === "right";
  const local = (r: Rect) => (right ? r : flip(r));
  const boxes = new Map(nodes.map((n) => [n.id as string, local(n)]));
  const all = [...boxes.values()];
  // The column of a box: every box overlapping it along the main axis (a layer, after ELK).
  const columnEnd = (r: Rect) => Math.max(...all.filter((o) => o.x < r.x + r.width && o.x + o.width > r.x).map((o) => o.x + o.width));
  const columnStart = (r: Rect) => Math.min(...all.filter((o) => o.x < r.x + r.width && o.x + o.width > r.x).map((o) => o.x));
  const crossEnd = Math.max(extentEnd, ...all.map((r) => r.y + r.height));
  const order = edges
    .map((e, i) => ({ e, i, s: boxes.get(e.source), t: boxes.get(e.target) }))
    .filter((x): x is { e: DesignEdge; i: number; s: Rect; t: Rect } => !!x.s && !!x.t)
    .sort((a, b) => Math.abs(a.s.x - a.t.x) - Math.abs(b.s.x - b.t.x) || a.i - b.i);
  const used = new Map<string, number>();
  const slot = (key: string) => {
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    return k;
  };
  // A box with nothing under it in its column is left and entered from below, which keeps
  // nested loops apart; otherwise the route goes through the gap beside the column.
  const freeBelow = (r: Rect) => !all.some((o) => o !== r && o.x < r.x + r.width && o.x + o.width > r.x && o.y >= r.y + r.height);
  const clampX = (r: Rect, x: number) => Math.min(r.x + r.width - 6, Math.max(r.x + 6, x));
  const sideOut = (r: Rect, id: string): Point[] => {
    const y = r.y + r.height - 8 - 6 * slot(`out${id}`);
    const end = columnEnd(r);
    return [
      { x: r.x + r.width, y },
      { x: end + F.stub + 8 * slot(`x${end}`), y },
    ];
  };
  const sideIn = (r: Rect, id: string): Point[] => {
    const y = r.y + r.height - 8 - 6 * slot(`in${id}`);
    const start = columnStart(r);
    return [
      { x: start - F.stub - 8 * slot(`x${start}`), y },
      { x: r.x, y },
    ];
  };
  // Lanes are shared by loops whose spans do not overlap; shorter loops are placed first, so
  // a loop always runs outside every loop it encloses.
  const labelHeight = NODE_METRICS.edgeLabelSize + 6;
  const lanes: { spans: [number, number][]; labelled: boolean }[] = [];
  const laneOf = order.map(({ e, s, t }) => {
    const lo = Math.min(s.x, t.x) - F.stub * 2;
    const hi = Math.max(s.x + s.width, t.x + t.width) + F.stub * 2;
    const labelWidth = e.label ? measure(e.label, NODE_METRICS.edgeLabelSize) : 0;
    let k = lanes.findIndex((l) => l.spans.every(([a, b]) => hi + labelWidth < a || lo - labelWidth > b));
    if (k < 0) k = lanes.push({ spans: [], labelled: false }) - 1;
    const lane = lanes[k] as (typeof lanes)[number];
    lane.spans.push([lo, hi]);
    lane.labelled ||= !!e.label;
    return k;
  });
  const laneAt: number[] = [];
  let next = crossEnd + F.laneStart;
  for (const l of lanes) {
    const height = l.labelled ? labelHeight + 4 : F.lane;
    laneAt.push(next + (l.labelled ? labelHeight / 2 : 0));
    next += height;
  }
  const routed = new Map<number, SceneEdge>();
  for (const [k, { e, i, s, t }] of order.entries()) {
    const at = laneAt[laneOf[k] as number] as number;
    const head: Point[] = freeBelow(s)
      ? [{ x: clampX(s, s.x + s.width / 2 + 8 + 12 * slot(`down${e.source}`)), y: s.y + s.height }]
      : sideOut(s, e.source);
    const tail: Point[] = freeBelow(t)
      ? [{ x: clampX(t, t.x + t.width / 2 - 8 - 12 * slot(`up${e.target}`)), y: t.y + t.height }]
      : sideIn(t, e.target);
    const down = head[head.length - 1] as Point;
    const up = tail[0] as Point;
    const points: Point[] = [...head, { x: down.x, y: at }, { x: up.x, y: at }, ...tail];
    routed.set(i, sceneEdge(e, right ? points : points.map(flipPoint), measure));
  }
  return edges.map((_, i) => routed.get(i)).filter((x): x is SceneEdge => !!x);
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

/** Routes every edge between placed boxes: forward ones directly, back ones around. */
export const routeSceneEdges = (
  nodes: readonly SceneNode[],
  edges: readonly DesignEdge[],
  direction: Direction,
  measure: MeasureText = estimateTextWidth,
): SceneEdge[] => {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const { back } = splitBackEdges(nodes, edges);
  const around = new Map(routeBackEdges(nodes, back, direction, measure).map((e) => [e.id as string, e]));
  const out: SceneEdge[] = [];
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    out.push(around.get(e.id) ?? sceneEdge(e, routeEdge(s, t, direction), measure));
  }
  return out;
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
  const edges = routeSceneEdges(nodes, document.edges, direction, measure);
  const extent = unionRect(edges.flatMap((e) => pointsRect(e.points) ?? []));
  const stages = stageFrames(nodes, direction, extent, measure);
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
