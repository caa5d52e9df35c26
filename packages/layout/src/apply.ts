import { type Document, fitDrawing, isPlaced, type PlacedDocument, type PlacedNode } from "@mlsd/core";
import { type Scene, sceneFromDocument } from "@mlsd/scene";
import { layout } from "./layout.js";
import { type LayoutOptions, resolveDirection, resolveTarget } from "./options.js";

/**
 * Writes every node's box from a Scene into the document (`position` = absolute top-left,
 * `size`) and the arrangement (and a "rows" layout's target) into `layout`, so viewers can
 * draw it without ELK. Returns a
 * new, placed document. A node the scene lacks keeps its stored box; one that has none
 * either throws, since the scene was made for another document.
 *
 * This is the layout's output boundary: whatever the arrangement did, the stored drawing
 * goes through core's `fitDrawing`, so it stays inside the schema's bounds (a part pinned
 * at the edge pushes the others past it; a tiny pinned part rounds to size 0) and the
 * document written is one `parseDocument` accepts.
 * @public
 */
export const applyScene = (document: Document, scene: Scene): PlacedDocument => {
  const boxes = new Map(scene.nodes.map((n) => [n.id as string, n]));
  // fitDrawing moves and clamps boxes but never drops one: every node stays placed.
  return fitDrawing({
    ...document,
    layout:
      scene.direction === "rows" && scene.target ? { direction: scene.direction, target: scene.target } : { direction: scene.direction },
    nodes: document.nodes.map((n): PlacedNode => {
      const b = boxes.get(n.id);
      if (b) return { ...n, position: { x: b.x, y: b.y }, size: { width: b.width, height: b.height } };
      if (n.position && n.size) return { ...n, position: n.position, size: n.size };
      throw new Error(`applyScene: the scene has no box for node "${n.id}", which has none stored; lay the document out again`);
    }),
  }) as PlacedDocument;
};

const differs = (a: number, b: number) => Math.abs(a - b) > 0.5;

/**
 * True when a node has no stored position or size, or when a fresh layout (same options)
 * would put any node elsewhere or give it another size (compared to the whole pixel).
 * @public
 */
export const isLayoutStale = async (document: Document, options: LayoutOptions = {}): Promise<boolean> => {
  if (!isPlaced(document)) return true;
  const direction = resolveDirection(document, options);
  if ((document.layout?.direction ?? "right") !== direction) return true;
  if (direction === "rows" && document.layout?.target !== resolveTarget(document, options)) return true;
  // Compared with what applyScene would store, so a drawing it had to fit is not stale.
  const fresh = applyScene(document, await layout(document, options));
  return document.nodes.some(({ position: p, size: s }, i) => {
    const { position: b, size: bs } = fresh.nodes[i] as PlacedNode;
    return differs(b.x, p.x) || differs(b.y, p.y) || differs(bs.width, s.width) || differs(bs.height, s.height);
  });
};

/**
 * The Scene to draw: the stored drawing when every node is placed and it was laid out as
 * asked (the same direction, and for "rows" the same target), else a fresh layout.
 * `stored` says which one it is.
 * @public
 */
export const storedOrFreshScene = async (document: Document, options: LayoutOptions = {}): Promise<{ scene: Scene; stored: boolean }> => {
  const stored = document.layout?.direction ?? "right";
  const asked = options.direction ?? (options.target ? "rows" : stored);
  const sameTarget = options.target === undefined || (asked === "rows" && document.layout?.target === options.target);
  return asked === stored && sameTarget && isPlaced(document)
    ? { scene: sceneFromDocument(document), stored: true }
    : { scene: await layout(document, options), stored: false };
};
