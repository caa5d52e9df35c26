import { type Point, STAGE_IDS, STAGES, type StageId } from "@mlsd/core";
import { flip, unionRect } from "./geometry.js";
import { estimateTextWidth, NODE_METRICS } from "./text-metrics.js";
import type { Direction, Rect, StageFrame } from "./types.js";

/**
 * Spacing of stage frames and of the edge routers; layout uses the same numbers.
 * @internal
 */
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
export const stageTitleWidth = (title: string): number => Math.ceil(estimateTextWidth(title, NODE_METRICS.stageTitleSize) * 1.08);

const stageTitle = (stage: StageId): string => STAGES.find((s) => s.id === stage)?.title ?? stage;

/**
 * Size along the main direction of the frame of a stage with no nodes.
 * @internal
 */
export const emptyStageExtent = (stage: StageId, direction: Direction): number =>
  direction === "right" ? stageTitleWidth(stageTitle(stage)) + 2 * F.titlePadX : F.titleBand + F.pad;

/**
 * In direction "down" titles sit in a left gutter as wide as the widest title.
 * @internal
 */
export const titleGutter = (): number => Math.max(...STAGES.map((s) => stageTitleWidth(s.title))) + 2 * F.titlePadX;

/**
 * The four stage frames as bands around the given boxes: each spans its stage's boxes
 * along the main direction and the whole drawing (boxes and `extent`) across it. A stage
 * without boxes gets a narrow frame in the gap between its neighbours.
 * @internal
 */
export const stageFrames = (
  boxes: readonly (Rect & { stage: StageId })[],
  direction: Direction,
  extent: Rect | null = null,
): StageFrame[] => {
  const right = direction === "right";
  const local = (r: Rect) => (right ? r : flip(r));
  const all = unionRect([...boxes.map(local), ...(extent ? [local(extent)] : [])]) ?? { x: 0, y: 0, width: 0, height: 160 };
  const head = right ? F.titleBand : titleGutter();
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
    const sizes = STAGE_IDS.slice(i, j).map((s) => emptyStageExtent(s, direction));
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

/** The colour bar along a stage frame's top edge and where its title starts (baseline). */
export const stageFrameParts = (frame: StageFrame): { bar: Rect; title: Point } => ({
  bar: { x: frame.x + 10, y: frame.y, width: Math.max(0, frame.width - 20), height: 3 },
  title: { x: frame.x + 12, y: frame.y + 24 },
});
