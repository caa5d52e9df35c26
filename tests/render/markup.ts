/**
 * Reads the SVG markup of a drawing (from @mlsd/svg, or @mlsd/react rendered on the server)
 * into a list of elements that two renderers can be compared on: tag, class, data-*
 * attributes, geometry, style and text, in document order. Numbers are rounded to two
 * decimals (the SVG writes them so) and entities decoded (the two escape differently).
 * Attributes only one medium has for its own reasons (React's role, tabindex, aria-label
 * and inline style for clickable nodes) are left out.
 */
export interface DrawnElement {
  tag: string;
  attributes: Record<string, string>;
  text: string;
  /** Depth inside the drawing: 0 at the top, 1 inside a part's group. */
  depth: number;
}

const IGNORED = new Set(["role", "tabindex", "aria-label", "style"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) =>
    code[0] === "#"
      ? String.fromCodePoint(code[1]?.toLowerCase() === "x" ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1)))
      : (ENTITIES[code] ?? whole),
  );

/** Every number in the text rounded to two decimals, as @mlsd/svg writes them. */
export const roundNumbers = (value: string) => value.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));

/** The elements of a piece of markup in document order; closing tags without an opening one are skipped. */
export const drawnElements = (markup: string): DrawnElement[] => {
  const out: DrawnElement[] = [];
  const stack: DrawnElement[] = [];
  const tags = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of markup.matchAll(tags)) {
    const [, closing, tag, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      const open = stack[stack.length - 1];
      if (open) open.text += decode(text);
      continue;
    }
    if (closing) {
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of (attrs ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const name = a[1] as string;
      if (!IGNORED.has(name)) attributes[name] = roundNumbers(decode(a[2] as string));
    }
    const element = { tag: tag as string, attributes, text: "", depth: stack.length };
    out.push(element);
    if (!selfClosing) stack.push(element);
  }
  return out;
};

/** The markup between the first `<g class="mlsd-stage"` (where the drawing starts) and the end of its `<svg>`. */
export const drawingOf = (markup: string): string => {
  const start = markup.indexOf('<g class="mlsd-stage"');
  const end = markup.indexOf("</svg>", start);
  if (start < 0 || end < 0) throw new Error("no drawing in the markup");
  return markup.slice(start, end);
};
