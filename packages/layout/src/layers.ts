import { STAGE_IDS, type StageId } from "@mlsd/core";

interface LayerNode {
  id: string;
  stage: StageId;
}
interface LayerEdge {
  source: string;
  target: string;
  /** A soft edge may join two nodes of one layer (stacked); others point to a later layer. */
  soft?: boolean;
}

/**
 * Assigns each node a layer (column along the main direction) so that every stage gets its
 * own run of layers, in lifecycle order, and forward edges point to later layers.
 *
 * ELK's own partitioning does the same but links every node of a stage to every node of the
 * next one (quadratic: 300 nodes took seconds); this is linear. ELK then takes these layers
 * through its INTERACTIVE layering. Cycles inside a stage are broken by a depth-first search
 * in document order; nodes are then placed as early as their predecessors allow and pulled
 * towards their successors, which keeps edges short. Soft edges only ask for a layer no
 * earlier than their source's, so nodes joined by them can stack in one column instead of
 * forming a long chain. An empty stage's placeholder gets the key `#empty:<stage>` (see
 * emptyStageId).
 */
export const assignLayers = (nodes: readonly LayerNode[], edges: readonly LayerEdge[]): Map<string, number> => {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const out: number[][] = nodes.map(() => []);
  const hard = new Set<string>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    out[s]?.push(t);
    if (!e.soft) hard.add(`${s} ${t}`).add(`${t} ${s}`);
  }
  // Layer steps between two nodes: 0 when every edge joining them is soft.
  const step = (a: number, b: number) => (hard.has(`${a} ${b}`) ? 1 : 0);
  // Break cycles: an edge to a node still on the DFS stack is turned around.
  const state = new Uint8Array(nodes.length); // 0 new, 1 on stack, 2 done
  const succ: number[][] = nodes.map(() => []);
  const pred: number[][] = nodes.map(() => []);
  const link = (a: number, b: number) => {
    succ[a]?.push(b);
    pred[b]?.push(a);
  };
  for (let root = 0; root < nodes.length; root++) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1] as [number, number];
      const [v, k] = top;
      const next = out[v]?.[k];
      if (next === undefined) {
        state[v] = 2;
        stack.pop();
        continue;
      }
      top[1]++;
      if (state[next] === 1) link(next, v);
      else {
        link(v, next);
        if (!state[next]) {
          state[next] = 1;
          stack.push([next, 0]);
        }
      }
    }
  }
  const layer = new Int32Array(nodes.length);
  const stageOf = nodes.map((n) => STAGE_IDS.indexOf(n.stage));
  let base = 0;
  const result = new Map<string, number>();
  for (let s = 0; s < STAGE_IDS.length; s++) {
    const members = nodes.map((_, i) => i).filter((i) => stageOf[i] === s);
    // Topological order inside the stage (Kahn, ties in document order).
    const inside = new Map(members.map((i) => [i, (pred[i] ?? []).filter((p) => stageOf[p] === s).length]));
    const ready = members.filter((i) => inside.get(i) === 0);
    const order: number[] = [];
    while (ready.length) {
      const v = ready.shift() as number;
      order.push(v);
      for (const w of succ[v] ?? []) {
        if (stageOf[w] !== s) continue;
        const left = (inside.get(w) ?? 0) - 1;
        inside.set(w, left);
        if (left === 0) ready.push(w);
      }
    }
    let last = base;
    for (const v of order) {
      let l = base;
      for (const p of pred[v] ?? []) l = Math.max(l, (layer[p] ?? 0) + step(p, v));
      layer[v] = l;
      last = Math.max(last, l);
    }
    // Pull nodes towards their successors (never past the stage's last layer).
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k] as number;
      const next = succ[v] ?? [];
      if (!next.length) continue;
      let l = last;
      for (const w of next) if (stageOf[w] === s) l = Math.min(l, (layer[w] ?? 0) - step(v, w));
      if (l > (layer[v] ?? 0)) layer[v] = l;
    }
    for (const v of order) result.set(nodes[v]?.id as string, layer[v] ?? 0);
    result.set(`#empty:${STAGE_IDS[s]}`, base);
    base = last + 1;
  }
  return result;
};
