import { EdgeId, NodeId, type Point } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { RoutingGrid } from "./grid-router.js";
import { labelSize, placeLabels } from "./label-placement.js";
import { fitsRoutingGrid, routeRows } from "./rows-routes.js";
import type { Rect, SceneEdge, SceneNode } from "./types.js";

const node = (id: string, x: number, y: number, stage: SceneNode["stage"] = "data"): SceneNode => ({
  id: NodeId(id),
  kind: "component",
  stage,
  label: id,
  props: {},
  pinned: false,
  x,
  y,
  width: 100,
  height: 60,
});
const edge = (id: string, source: string, target: string, kind: "data" | "feedback" = "data", label?: string) => ({
  id: EdgeId(id),
  kind,
  source: NodeId(source),
  target: NodeId(target),
  ...(label ? { label } : {}),
});
const inside = (a: Point, b: Point, r: Rect) =>
  Math.min(a.x, b.x) < r.x + r.width - 1 &&
  Math.max(a.x, b.x) > r.x + 1 &&
  Math.min(a.y, b.y) < r.y + r.height - 1 &&
  Math.max(a.y, b.y) > r.y + 1;
const through = (points: readonly Point[], r: Rect) => points.slice(1).some((b, i) => inside(points[i] as Point, b, r));
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const orthogonal = (points: readonly Point[]) =>
  points.slice(1).every((b, i) => b.x === (points[i] as Point).x || b.y === (points[i] as Point).y);

describe("RoutingGrid", () => {
  it("routes around a box in the way, orthogonally, from port to port", () => {
    const s = node("s", 0, 100);
    const wall = node("wall", 200, 100);
    const t = node("t", 400, 100);
    const grid = new RoutingGrid([s, wall, t], [], 12);
    const r = grid.route({
      id: "e",
      source: s,
      target: t,
      exits: [{ side: "right", at: 130, cost: 0 }],
      entries: [{ side: "left", at: 130, cost: 0 }],
    });
    expect(r).not.toBeNull();
    const points = r?.points ?? [];
    expect(points[0]).toEqual({ x: 100, y: 130 });
    expect(points[points.length - 1]).toEqual({ x: 400, y: 130 });
    expect(orthogonal(points)).toBe(true);
    expect(through(points, wall)).toBe(false);
  });

  it("avoids crossing a committed route when a detour is cheaper than the crossing", () => {
    // A vertical route committed between a and b; a second route from c (left) to d (right) must cross it: only once.
    const a = node("a", 200, 0);
    const b = node("b", 200, 400);
    const c = node("c", 0, 200);
    const d = node("d", 400, 200);
    const grid = new RoutingGrid([a, b, c, d], [], 12);
    const first = grid.route({
      id: "v",
      source: a,
      target: b,
      exits: [{ side: "bottom", at: 250, cost: 0 }],
      entries: [{ side: "top", at: 250, cost: 0 }],
    });
    grid.commit(first?.points ?? []);
    const second = grid.route({
      id: "h",
      source: c,
      target: d,
      exits: [{ side: "right", at: 230, cost: 0 }],
      entries: [{ side: "left", at: 230, cost: 0 }],
    });
    const vertical = first?.points ?? [];
    const crossings = (second?.points ?? []).slice(1).filter((p, i) => {
      const q = (second?.points ?? [])[i] as Point;
      return q.y === p.y && Math.min(q.x, p.x) < 250 && Math.max(q.x, p.x) > 250;
    }).length;
    expect(vertical.length).toBe(2);
    expect(crossings).toBe(1);
  });

  it("answers each search as a fresh grid would: nothing of one search leaks into the next", () => {
    const boxes = [node("a", 0, 0), node("b", 300, 0), node("c", 150, 150), node("d", 0, 300), node("e", 300, 300)];
    const [a, b, c, d, e] = boxes as [SceneNode, SceneNode, SceneNode, SceneNode, SceneNode];
    const request = (id: string, source: SceneNode, target: SceneNode) => ({
      id,
      source,
      target,
      exits: [
        { side: "right" as const, at: source.y + 30, cost: 0 },
        { side: "bottom" as const, at: source.x + 50, cost: 40 },
      ],
      entries: [
        { side: "left" as const, at: target.y + 30, cost: 0 },
        { side: "top" as const, at: target.x + 50, cost: 40 },
      ],
    });
    const requests = [request("ae", a, e), request("db", d, b), request("ac", a, c), request("ce", c, e)];
    const reused = new RoutingGrid(boxes, [], 12);
    const onOne = [...requests, ...requests].map((r, k) => reused.route(r, k % 3 === 0 ? (_ax, _ay, _bx, by) => by <= 250 : undefined));
    const fresh = [...requests, ...requests].map((r, k) =>
      new RoutingGrid(boxes, [], 12).route(r, k % 3 === 0 ? (_ax, _ay, _bx, by) => by <= 250 : undefined),
    );
    expect(onOne).toEqual(fresh);
    // A limit that leaves no way through gives no route; the next search is unaffected.
    expect(reused.route(requests[1] as (typeof requests)[number], () => false)).toBeNull();
    const first = requests[0] as (typeof requests)[number];
    expect(reused.route(first)).toEqual(new RoutingGrid(boxes, [], 12).route(first));
    expect(onOne.filter((r) => r === null)).toHaveLength(2); // "ae" cannot reach e above y 250
    expect(onOne.every((r) => r === null || orthogonal(r.points))).toBe(true);
  });
});

describe("placeLabels", () => {
  it("moves a label off a box that its route's middle passes, and off a label placed before it", () => {
    // Two parallel horizontal routes 10 px apart: their middles' labels would overlap; a box sits on the middle of the first.
    const box = { x: 230, y: -30, width: 40, height: 28 };
    const edges: SceneEdge[] = [
      {
        id: EdgeId("a"),
        kind: "data",
        source: NodeId("x"),
        target: NodeId("y"),
        label: "predictions",
        points: [
          { x: 0, y: 0 },
          { x: 500, y: 0 },
        ],
      },
      {
        id: EdgeId("b"),
        kind: "data",
        source: NodeId("x"),
        target: NodeId("y"),
        label: "prediction logs",
        points: [
          { x: 0, y: 10 },
          { x: 500, y: 10 },
        ],
      },
    ];
    const placed = placeLabels(edges, [box]);
    const [la, lb] = placed.map((e) => e.labelBox as Rect);
    expect(la && lb).toBeTruthy();
    expect(overlaps(la as Rect, box)).toBe(false);
    expect(overlaps(lb as Rect, box)).toBe(false);
    expect(overlaps(la as Rect, lb as Rect)).toBe(false);
    expect(la).toMatchObject(labelSize("predictions"));
    // Each label sits on its own route.
    expect((la as Rect).y <= 0 && (la as Rect).y + (la as Rect).height >= 0).toBe(true);
    expect((lb as Rect).y <= 10 && (lb as Rect).y + (lb as Rect).height >= 10).toBe(true);
  });
});

describe("routeRows", () => {
  // Two stage rows: data (a → b → c, with w below b) and modeling (m, n); a loop back from n to a.
  const nodes = [
    node("a", 0, 0),
    node("b", 200, 0),
    node("c", 400, 0),
    node("w", 200, 100),
    node("m", 0, 260, "modeling"),
    node("n", 300, 260, "modeling"),
  ];
  const edges = [
    edge("ab", "a", "b", "data", "rows in"),
    edge("bc", "b", "c"),
    edge("ac", "a", "c", "data", "skip"),
    edge("cm", "c", "m", "data", "features"),
    edge("wn", "w", "n"),
    edge("mn", "m", "n"),
    edge("loop", "n", "a", "feedback", "retrain"),
  ];
  const routes = routeRows(nodes, edges);
  const byId = new Map(routes.map((e) => [e.id as string, e]));

  it("routes every edge orthogonally from its source's border to its target's border, through no other box", () => {
    expect(routes.map((e) => e.id)).toEqual(edges.map((e) => e.id));
    for (const e of routes) {
      expect(orthogonal(e.points), e.id).toBe(true);
      for (const n of nodes)
        if (n.id !== e.source && n.id !== e.target) expect(through(e.points, n), `${e.id} through ${n.id}`).toBe(false);
    }
    // "skip" jumps over b: it must leave a on the right, bottom or top and go around b.
    expect(byId.get("ac")?.points.length).toBeGreaterThan(2);
  });

  it("spreads the ends that share a side: two edges leaving one side leave at different points", () => {
    const starts = ["ab", "ac"].map((id) => byId.get(id)?.points[0]);
    expect(starts[0]).not.toEqual(starts[1]);
  });

  it("sends a feedback loop on a lane beside every box", () => {
    const xs = (byId.get("loop")?.points ?? []).map((p) => p.x);
    const left = Math.min(...nodes.map((n) => n.x));
    const right = Math.max(...nodes.map((n) => n.x + n.width));
    expect(Math.max(...xs) > right || Math.min(...xs) < left).toBe(true);
  });

  it("places every label clear of every box and every other label", () => {
    const labels = routes.filter((e) => e.label).map((e) => e.labelBox as Rect);
    expect(labels).toHaveLength(4);
    for (const [i, l] of labels.entries()) {
      for (const n of nodes) expect(overlaps(l, n)).toBe(false);
      for (const o of labels.slice(i + 1)) expect(overlaps(l, o)).toBe(false);
    }
  });

  it("is deterministic", () => {
    expect(routeRows(nodes, edges)).toEqual(routes);
  });
});

describe("the grid router's bounds", () => {
  const box = (x: number, y: number) => ({ x, y, width: 120, height: 40 });
  it("routes a drawing of ordinary size on the grid, but not parts pinned far apart or too many parts", () => {
    expect(fitsRoutingGrid([box(0, 0), box(1500, 1200)])).toBe(true);
    expect(fitsRoutingGrid([box(0, 0), box(1_000_000, 1_000_000)])).toBe(false);
    expect(fitsRoutingGrid(Array.from({ length: 41 }, (_, i) => box(i * 10, 0)))).toBe(false);
  });
});
