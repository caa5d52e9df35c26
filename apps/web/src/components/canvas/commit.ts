import { type Document, moveToStage, type NodeId, type Point, updateNode } from "@mlsd/core";
import { type Frame, frameAt, nodeSize } from "../../lib/geometry.js";

/**
 * Writes moved positions into the document. A moved node becomes pinned (auto layout keeps
 * it), and one dropped inside another stage's frame moves to that stage.
 */
export const commitMoves = (doc: Document, moves: ReadonlyMap<NodeId, Point>, frames: readonly Frame[]): Document => {
  let next = doc;
  for (const [id, position] of moves) {
    const node = next.nodes.find((n) => n.id === id);
    if (!node) continue;
    const size = nodeSize(node);
    const centre = { x: position.x + size.width / 2, y: position.y + size.height / 2 };
    const own = frames.find((f) => f.stage === node.stage);
    const inOwn = own && centre.x >= own.x && centre.x <= own.x + own.width && centre.y >= own.y && centre.y <= own.y + own.height;
    const target = inOwn ? undefined : frameAt(frames, centre);
    next = updateNode(next, id, { position: { x: Math.round(position.x), y: Math.round(position.y) }, pinned: true });
    if (target && target.stage !== node.stage) next = moveToStage(next, id, target.stage);
  }
  return next;
};
