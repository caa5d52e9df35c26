import { compareStages, type DesignEdge, type Point } from "@mlsd/core";
import { FRAME_METRICS as F } from "./frames.js";
import { unionRect } from "./geometry.js";
import { type Allow, type GridRoute, type Port, portPoints, type RouteRequest, RoutingGrid, type Side, simplify } from "./grid-router.js";
import { placeLabels } from "./label-placement.js";
import { splitBackEdges } from "./loop-lanes.js";
import type { Rect, SceneEdge, SceneNode } from "./types.js";

// The "rows" arrangement: stage bands stacked as rows, the flow running right inside each.
// Every route is computed from the boxes alone, so a stored drawing (positions only) and a
// fresh layout come out the same.

/**
 * Above this many nodes the grid gets too big: forward edges take the simple router's shapes.
 * @internal
 */
export const GRID_ROUTER_LIMIT = 40;

/** The most cells the routing grid may have (one every 10 units each way): parts pinned far apart get the simple router. */
const GRID_CELL_LIMIT = 500_000;

/**
 * Whether the grid router may route these boxes: few enough of them, in an area small
 * enough that its grid stays bounded (a part pinned 1,000,000 units away would otherwise
 * ask for billions of cells).
 * @internal
 */
export const fitsRoutingGrid = (boxes: readonly Rect[]): boolean => {
  if (boxes.length > GRID_ROUTER_LIMIT) return false;
  const all = unionRect(boxes);
  // 200 units of room each way for ports, lanes and the ring around the drawing.
  return !all || ((all.width + 200) / 10) * ((all.height + 200) / 10) <= GRID_CELL_LIMIT;
};

/** How far above and below its boxes a route may run: into the gap between two rows, not across the next row. */
const REACH = 36;

const SIDE_COST = { natural: 0, near: 50, far: 80 } as const;

const port = (side: Side, at: number, cost: number): Port => ({ side, at, cost });
const centreOf = (r: Rect, side: Side) => (side === "top" || side === "bottom" ? r.x + r.width / 2 : r.y + r.height / 2);

/**
 * The sides an edge may leave and enter by, each with its cost: down into a later stage's
 * row (bottom to top); inside a stage, right to a box further right, else down or up to
 * one below or above.
 */
const sidesFor = (s: SceneNode, t: SceneNode): { exits: [Side, number][]; entries: [Side, number][] } => {
  const { natural, near, far } = SIDE_COST;
  const later = compareStages(t.stage, s.stage) > 0;
  if (!later && t.x >= s.x + s.width)
    return {
      exits: [
        ["right", natural],
        ["bottom", near],
        ["top", near],
      ],
      entries: [
        ["left", natural],
        ["top", near],
        ["bottom", near],
      ],
    };
  if (later || t.y >= s.y + s.height)
    return {
      exits: [
        ["bottom", natural],
        ["right", near],
        ["left", far],
      ],
      entries: [
        ["top", natural],
        ["left", near],
        ["right", far],
      ],
    };
  if (t.y + t.height <= s.y)
    return {
      exits: [
        ["top", natural],
        ["right", near],
        ["left", far],
      ],
      entries: [
        ["bottom", natural],
        ["left", near],
        ["right", far],
      ],
    };
  // Overlapping or to the left: any side, the right one first.
  return {
    exits: [
      ["right", near],
      ["bottom", near],
      ["top", near],
      ["left", far],
    ],
    entries: [
      ["left", near],
      ["top", near],
      ["bottom", near],
      ["right", far],
    ],
  };
};

type Ends = Map<string, { source: string; target: string }>;

/**
 * Where along its side each end goes: ends sharing a side are spread evenly along it,
 * ordered so that they do not cross where they leave: those turning towards the start of
 * the side first (the one turning soonest outermost), then straight ones, then those
 * turning towards its end (the one turning soonest outermost). A lone end stays centred,
 * unless both ends of its edge are alone on facing sides that overlap: then both sit in
 * the middle of the overlap and the route is straight.
 */
const spreadEnds = (routes: readonly GridRoute[], box: (id: string) => Rect, ends: Ends) => {
  type End = { route: GridRoute; which: "exit" | "entry"; key: [number, number, number] };
  const bySide = new Map<string, End[]>();
  for (const route of routes) {
    const { source, target } = ends.get(route.id) as { source: string; target: string };
    for (const which of ["exit", "entry"] as const) {
      const p = which === "exit" ? route.exit : route.entry;
      const points = which === "exit" ? route.points : [...route.points].reverse();
      const along = p.side === "top" || p.side === "bottom" ? "x" : "y";
      const across = along === "x" ? "y" : "x";
      const start = points[0] as Point;
      // The first point off the port's line tells where the route turns, and how soon.
      const turn = points.findIndex((q) => Math.abs(q[along] - start[along]) >= 0.5);
      const sign = turn > 0 ? Math.sign((points[turn] as Point)[along] - start[along]) : 0;
      const depth = turn > 0 ? Math.abs((points[turn - 1] as Point)[across] - start[across]) : 0;
      const far = (points[points.length - 1] as Point)[along];
      const key: [number, number, number] = [sign, sign < 0 ? depth : sign > 0 ? -depth : 0, far];
      const k = `${which === "exit" ? source : target}|${p.side}`;
      bySide.set(k, [...(bySide.get(k) ?? []), { route, which, key }]);
    }
  }
  const at = new Map<string, { exit?: number; entry?: number }>();
  for (const [k, list] of bySide) {
    const [id, side] = k.split("|") as [string, Side];
    const r = box(id);
    const horizontal = side === "top" || side === "bottom";
    const lo = horizontal ? r.x : r.y;
    const size = horizontal ? r.width : r.height;
    list.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || (a.route.id < b.route.id ? -1 : 1));
    list.forEach((end, i) => {
      const v = Math.round(lo + (size * (i + 1)) / (list.length + 1));
      at.set(end.route.id, { ...at.get(end.route.id), [end.which]: v });
    });
  }
  // Straight lines between lone ends on facing sides that overlap.
  for (const route of routes) {
    const { source, target } = ends.get(route.id) as { source: string; target: string };
    if ((bySide.get(`${source}|${route.exit.side}`)?.length ?? 0) > 1) continue;
    if ((bySide.get(`${target}|${route.entry.side}`)?.length ?? 0) > 1) continue;
    const s = box(source);
    const t = box(target);
    const pair = `${route.exit.side}-${route.entry.side}`;
    let lo: number;
    let hi: number;
    if ((pair === "bottom-top" && t.y >= s.y + s.height) || (pair === "top-bottom" && t.y + t.height <= s.y)) {
      lo = Math.max(s.x, t.x);
      hi = Math.min(s.x + s.width, t.x + t.width);
    } else if ((pair === "right-left" && t.x >= s.x + s.width) || (pair === "left-right" && t.x + t.width <= s.x)) {
      lo = Math.max(s.y, t.y);
      hi = Math.min(s.y + s.height, t.y + t.height);
    } else continue;
    if (hi - lo < 16) continue;
    const mid = Math.round((lo + hi) / 2);
    at.set(route.id, { exit: mid, entry: mid });
  }
  return { at, bySide };
};

/** The middle of the widest stretch of a side left free by the ends already on it. */
const freeSpot = (r: Rect, side: Side, taken: readonly number[]): number => {
  const horizontal = side === "top" || side === "bottom";
  const lo = horizontal ? r.x : r.y;
  const hi = lo + (horizontal ? r.width : r.height);
  const cuts = [lo, ...[...taken].sort((a, b) => a - b), hi];
  let best = (lo + hi) / 2;
  let widest = -1;
  for (let i = 1; i < cuts.length; i++) {
    const gap = (cuts[i] as number) - (cuts[i - 1] as number);
    if (gap > widest) [widest, best] = [gap, ((cuts[i] as number) + (cuts[i - 1] as number)) / 2];
  }
  return Math.round(best);
};

const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];

/** A route to find: its request and the moves it may make, tried in turn (the last without limits). */
interface Job {
  req: RouteRequest;
  limits: Allow[];
}

/**
 * Feedback loops (and edges back to an earlier stage) run on lanes beside the drawing: out
 * of the source near its row, up a lane on the right or the left, into the target near its
 * row. Vertical moves away from both ends' rows are allowed only on a lane.
 */
const loopJobs = (
  nodes: readonly SceneNode[],
  loops: readonly DesignEdge[],
  taken: Map<string, number[]>,
): { jobs: Job[]; lanes: Point[] } => {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const n of nodes) [x0, x1] = [Math.min(x0, n.x), Math.max(x1, n.x + n.width)];
  const right = (k: number) => x1 + F.laneStart + k * F.lane;
  const left = (k: number) => x0 - F.laneStart - k * F.lane;
  const lanes = loops.flatMap((_, k) => [
    { x: right(k), y: 0 },
    { x: left(k), y: 0 },
  ]);
  const jobs = loops.flatMap((e): Job[] => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) return [];
    const spot = (id: string, r: Rect, side: Side) => freeSpot(r, side, taken.get(`${id}|${side}`) ?? []);
    const exits = SIDES.map((side) => port(side, spot(e.source, s, side), side === "left" || side === "right" ? 0 : 20));
    const entries = SIDES.map((side) => port(side, spot(e.target, t, side), side === "left" || side === "right" ? 0 : 20));
    const lo = Math.min(s.y, t.y) - REACH;
    const hi = Math.max(s.y + s.height, t.y + t.height) + REACH;
    const home = (y: number) => (y >= s.y - REACH && y <= s.y + s.height + REACH) || (y >= t.y - REACH && y <= t.y + t.height + REACH);
    const onLane = (x: number) => x >= x1 + F.laneStart - 0.5 || x <= x0 - F.laneStart + 0.5;
    const limit: Allow = (ax, ay, bx, by) => (ax === bx && onLane(ax) ? by >= lo && by <= hi : home(ay) && home(by));
    return [{ req: { id: e.id, source: s, target: t, exits, entries }, limits: [limit] }];
  });
  return { jobs, lanes };
};

/** A forward route stays near its ends: first within their rows and a little to either side, then anywhere between their rows. */
const forwardLimits = (s: Rect, t: Rect) => {
  const y0 = Math.min(s.y, t.y) - REACH;
  const y1 = Math.max(s.y + s.height, t.y + t.height) + REACH;
  const x0 = Math.min(s.x, t.x) - 3 * REACH;
  const x1 = Math.max(s.x + s.width, t.x + t.width) + 3 * REACH;
  const near: Allow = (_ax, _ay, bx, by) => by >= y0 && by <= y1 && bx >= x0 && bx <= x1;
  const between: Allow = (_ax, _ay, _bx, by) => by >= y0 && by <= y1;
  return [near, between];
};

/**
 * Routes jobs one after the other on one grid, then each again against all the others
 * (twice), keeping the cheaper route: the first routes no longer decide alone where the
 * later ones must go. A job is not searched again while no other route has changed since
 * its last search: the grid would be the same, and so would the answer.
 */
const routeJobs = (grid: RoutingGrid, jobs: readonly Job[], rounds: number): Map<string, GridRoute & { cost: number }> => {
  const found = new Map<string, GridRoute & { cost: number }>();
  const route = (job: Job) => {
    for (const limit of job.limits) {
      const r = grid.route(job.req, limit);
      if (r) return r;
    }
    return grid.route(job.req);
  };
  /** How many times a committed route has changed; per job, that count when it was last searched. */
  let changes = 0;
  const searchedAt = new Map<Job, number>();
  for (const job of jobs) {
    const r = route(job);
    if (!r) continue;
    grid.commit(r.points);
    found.set(r.id, r);
    searchedAt.set(job, ++changes);
  }
  for (let round = 0; round < rounds; round++)
    for (const job of jobs) {
      const old = found.get(job.req.id);
      if (!old || searchedAt.get(job) === changes) continue;
      grid.uncommit(old.points);
      const r = route(job);
      const keep = r && r.cost < old.cost - 0.5 ? r : old;
      grid.commit(keep.points);
      found.set(keep.id, keep);
      if (keep !== old) changes++;
      searchedAt.set(job, changes);
    }
  return found;
};

/**
 * The last few drawings routed, by what their routes depend on. A fresh "rows" layout
 * routes four ways of wrapping and then its chosen one a second time for the final scene;
 * the same boxes get the same routes, so that second time is a look-up (routing a
 * catalogue design costs about 0.1 s). Four, so that the chosen one is still here, and a
 * layout run twice (a benchmark) still routes its candidates each time.
 */
const recent = new Map<string, SceneEdge[]>();
const RECENT = 4;

/** A copy that shares nothing with the cached routes. */
const copyOf = (edges: readonly SceneEdge[]): SceneEdge[] =>
  edges.map((e) => ({ ...e, points: e.points.map((p) => ({ ...p })), ...(e.labelBox ? { labelBox: { ...e.labelBox } } : {}) }));

/**
 * Routes every edge of a "rows" drawing from its boxes alone, on one grid (`RoutingGrid`):
 * forward edges first pick the side each end uses (a first pass with ends at the middle of
 * each side), then the ends are spread along their sides and the edges routed again;
 * feedback loops run on lanes beside the drawing. Every route is then routed once more
 * against all the others. Labels go where they cover no box and no other label.
 * @internal
 */
export const routeRows = (nodes: readonly SceneNode[], edges: readonly DesignEdge[]): SceneEdge[] => {
  // Everything the routes depend on: ids, stages and boxes of the nodes; the edges.
  const key = JSON.stringify([
    nodes.map((n) => [n.id, n.stage, n.x, n.y, n.width, n.height]),
    edges.map((e) => [e.id, e.kind, e.source, e.target, e.label]),
  ]);
  const hit = recent.get(key);
  if (hit) return copyOf(hit);
  const routes = routeRowsAfresh(nodes, edges);
  recent.set(key, copyOf(routes));
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return routes;
};

const routeRowsAfresh = (nodes: readonly SceneNode[], edges: readonly DesignEdge[]): SceneEdge[] => {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const { forward, back } = splitBackEdges(nodes, edges);
  const box = (id: string) => byId.get(id) as SceneNode;
  const routable = forward.filter((e) => byId.has(e.source) && byId.has(e.target));
  const ends: Ends = new Map(routable.map((e) => [e.id as string, { source: e.source as string, target: e.target as string }]));
  const order = routable
    .map((e, i) => {
      const s = box(e.source);
      const t = box(e.target);
      return { e, i, d: Math.abs(s.x + s.width / 2 - t.x - t.width / 2) + Math.abs(s.y + s.height / 2 - t.y - t.height / 2) };
    })
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.e);
  const first: Job[] = order.map((e) => {
    const s = box(e.source);
    const t = box(e.target);
    const { exits, entries } = sidesFor(s, t);
    return {
      req: {
        id: e.id,
        source: s,
        target: t,
        exits: exits.map(([side, cost]) => port(side, centreOf(s, side), cost)),
        entries: entries.map(([side, cost]) => port(side, centreOf(t, side), cost)),
      },
      limits: forwardLimits(s, t),
    };
  });
  const found = routeJobs(new RoutingGrid(nodes, portPoints(first.map((j) => j.req)), F.stub), first, 0);
  const { at, bySide } = spreadEnds([...found.values()], box, ends);
  const second: Job[] = first.flatMap((job) => {
    const r = found.get(job.req.id);
    if (!r) return [];
    const spot = at.get(r.id) ?? {};
    return [
      {
        ...job,
        req: {
          ...job.req,
          exits: [port(r.exit.side, spot.exit ?? r.exit.at, 0)],
          entries: [port(r.entry.side, spot.entry ?? r.entry.at, 0)],
        },
      },
    ];
  });
  const taken = new Map<string, number[]>();
  for (const [k, list] of bySide)
    taken.set(
      k,
      list.map((end) => (end.which === "exit" ? at.get(end.route.id)?.exit : at.get(end.route.id)?.entry) ?? 0),
    );
  const loops = loopJobs(nodes, back, taken);
  const jobs = [...second, ...loops.jobs];
  const grid = new RoutingGrid(nodes, [...portPoints(jobs.map((j) => j.req)), ...loops.lanes], F.stub);
  const routed = routeJobs(grid, jobs, 2);
  const drawn: SceneEdge[] = edges.flatMap((e) => {
    const r = routed.get(e.id);
    if (!r) return [];
    return [
      { id: e.id, kind: e.kind, source: e.source, target: e.target, ...(e.label ? { label: e.label } : {}), points: simplify(r.points) },
    ];
  });
  return placeLabels(drawn, nodes);
};
