import { type DesignEdge, type DesignNode, type Document, KINDS, NODE_KINDS, type PropSpec } from "@mlsd/core";
import { nodeSize, type Scene } from "@mlsd/scene";

/**
 * Script that would set `window.__pwned` if any output ever let it run: in markup, in
 * attributes, in URLs, in SVG. Each fits every text limit of the format.
 */
export const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  "<img src=x onerror=window.__pwned=1>",
  '"><svg onload=window.__pwned=1>',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>">',
  "</text><foreignObject><div onmouseover=window.__pwned=1>x</div></foreignObject>",
  "]]><script>window.__pwned=1</script>",
  "--><script>window.__pwned=1</script><!--",
  "javascript:window.__pwned=1",
  "<a href=javascript:window.__pwned=1>click</a>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "<style>*{background:url(javascript:window.__pwned=1)}</style>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
] as const;

/**
 * An http(s) address the schema accepts that still tries to break out of an attribute. The
 * schema refuses `"`, `<` and `>` in addresses (issue 17), so what is left is a single quote.
 */
export const HOSTILE_HTTP_URL = "https://example.com/'onmouseover='window.__pwned=1'&x=%22%3E";
export const JAVASCRIPT_URL = "javascript:window.__pwned=1";

const at = (i: number) => PAYLOADS[i % PAYLOADS.length]!;

/**
 * A valid document with a payload in every string field: title, summary, source, tags,
 * every node's label and notes and every string property of every kind, edge labels, and
 * notes. Nodes carry positions, so every renderer draws it without a layout engine.
 */
export const hostileDocument = (): Document => {
  let n = 0;
  const nodes = NODE_KINDS.map((kind, i): DesignNode => {
    const props: Record<string, string> = {};
    for (const [key, spec] of Object.entries(KINDS[kind].props as Record<string, PropSpec>))
      if (spec.type === "string") props[key] = at(n++);
    const label = at(i);
    const size = nodeSize({ kind, label, props });
    return {
      id: `n${i}`,
      kind,
      stage: KINDS[kind].stage,
      label,
      notes: at(i + 3),
      props,
      position: { x: 300 * (i % 6), y: 140 * Math.floor(i / 6) },
      size,
    } as DesignNode;
  });
  const edges = nodes
    .slice(1)
    .map(
      (node, i): DesignEdge =>
        ({ id: `e${i}`, kind: i % 4 === 3 ? "feedback" : "data", source: nodes[i]!.id, target: node.id, label: at(i + 5) }) as DesignEdge,
    );
  return {
    format: "mlsd",
    version: 1,
    id: "hostile",
    title: at(0),
    summary: PAYLOADS.join(" "),
    source: { title: at(1), author: at(2), venue: at(3), year: 2020, url: HOSTILE_HTTP_URL },
    tags: PAYLOADS.filter((p) => p.length <= 40),
    nodes,
    edges,
    notes: [{ id: "note1", title: at(4), text: PAYLOADS.join("\n"), stage: "data", nodes: [nodes[0]!.id] }],
  } as Document;
};

/** A Scene handed straight to a renderer, skipping the loader: its link is `javascript:`. */
export const withJavascriptLink = (scene: Scene): Scene => ({
  ...scene,
  source: { title: at(8), url: JAVASCRIPT_URL },
});

/**
 * Problems with markup that could run script: a tag that executes or embeds, an event
 * handler attribute, a link or source that is not http(s) or a fragment. Text is not
 * inspected: escaped payloads are text, which is the point.
 */
export const liveMarkupProblems = (markup: string): string[] => {
  const problems: string[] = [];
  const withoutComments = markup.replace(/<!--[\s\S]*?-->/g, "");
  const TAG = /<([a-zA-Z][\w:.-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  const ATTR = /([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;
  const FORBIDDEN = new Set([
    "script",
    "iframe",
    "object",
    "embed",
    "foreignobject",
    "img",
    "image",
    "link",
    "meta",
    "base",
    "form",
    "style",
    "math",
    "animate",
    "set",
  ]);
  let parsedUpTo = 0;
  for (const tag of withoutComments.matchAll(TAG)) {
    const between = withoutComments.slice(parsedUpTo, tag.index);
    if (/<[a-zA-Z]/.test(between)) problems.push(`unparsed tag near: ${between.slice(between.search(/<[a-zA-Z]/), 60)}`);
    parsedUpTo = tag.index! + tag[0].length;
    const name = tag[1]!.toLowerCase();
    if (FORBIDDEN.has(name)) problems.push(`<${name}> element`);
    for (const attr of (tag[2] ?? "").matchAll(ATTR)) {
      const key = attr[1]!.toLowerCase();
      const value = (attr[2] ?? "")
        .replace(/^["']|["']$/g, "")
        .replace(/&#x?[0-9a-f]+;?|&colon;/gi, "")
        .trim();
      if (key.startsWith("on")) problems.push(`event handler attribute ${key} on <${name}>`);
      if (["href", "xlink:href", "src", "action", "formaction"].includes(key) && !/^(https?:\/\/|#)/i.test(value))
        problems.push(`${key}="${value}" on <${name}>`);
      if (key === "style" && /javascript:|expression\(|url\(/i.test(value)) problems.push(`style with a url on <${name}>`);
    }
  }
  if (/<[a-zA-Z]/.test(withoutComments.slice(parsedUpTo))) problems.push("unparsed tag at the end");
  return problems;
};
