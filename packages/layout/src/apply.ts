import { type DesignNode, type Document, fitDrawing, type Scene, sceneFromDocument } from "@mlsd/core";
import { layout } from "./layout.js";
import { type LayoutOptions, resolveDirection } from "./options.js";

/**
 * Writes every node's box from a Scene into the document (`position` = absolute top-left,
 * `size`) and the direction into `layout`, so viewers can draw it without ELK. Returns a
 * new document; nodes missing from the scene are left as they were.
 *
 * This is the layout's output boundary: whatever the arrangement did, the stored drawing
 * goes through core's `fitDrawing`, so it stays inside the schema's bounds (a part pinned
 * at the edge pushes the others past it; a tiny pinned part rounds to size 0) and the
 * document written is one `parseDocument` accepts.
 */
export const applyScene = (document: Document, scene: Scene): Document => {
  const boxes = new Map(scene.nodes.map((n) => [n.id as string, n]));
  return fitDrawing({
    ...document,
    layout: { direction: scene.direction },
    nodes: document.nodes.map((n): DesignNode => {
      const b = boxes.get(n.id);
      return b ? { ...n, position: { x: b.x, y: b.y }, size: { width: b.width, height: b.height } } : n;
    }),
  });
};

const differs = (a: number, b: number) => Math.abs(a - b) > 0.5;

/**
 * True when a node has no stored position or size, or when a fresh layout (same options)
 * would put any node elsewhere or give it another size (compared to the whole pixel).
 */
export const isLayoutStale = async (document: Document, options: LayoutOptions = {}): Promise<boolean> => {
  if (document.nodes.some((n) => !n.position || !n.size)) return true;
  if ((document.layout?.direction ?? "right") !== resolveDirection(document, options)) return true;
  // Compared with what applyScene would store, so a drawing it had to fit is not stale.
  const fresh = applyScene(document, await layout(document, options));
  return document.nodes.some((n, i) => {
    const { position: b, size: bs } = fresh.nodes[i] ?? {};
    const { position: p, size: s } = n;
    if (!b || !bs || !p || !s) return true;
    return differs(b.x, p.x) || differs(b.y, p.y) || differs(bs.width, s.width) || differs(bs.height, s.height);
  });
};

/**
 * The Scene to draw: the stored drawing when every node is placed and it was laid out in
 * the direction asked for, else a fresh layout. `stored` says which one it is.
 */
export const storedOrFreshScene = async (document: Document, options: LayoutOptions = {}): Promise<{ scene: Scene; stored: boolean }> => {
  const sameDirection = options.direction === undefined || options.direction === (document.layout?.direction ?? "right");
  const stored = sameDirection ? sceneFromDocument(document) : null;
  return stored ? { scene: stored, stored: true } : { scene: await layout(document, options), stored: false };
};
