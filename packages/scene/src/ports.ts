import type { DesignEdge } from "@mlsd/core";
import type { EdgePorts } from "./forward-routes.js";
import { FRAME_METRICS as F } from "./frames.js";
import { flip } from "./geometry.js";
import type { Direction, Rect, SceneNode } from "./types.js";

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
