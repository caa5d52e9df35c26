/** Mermaid's named entity codes (`#quot;`); numeric ones (`#35;`) are read by number. */
const MERMAID_NAMED: Readonly<Record<string, string>> = { quot: "&quot;", amp: "&amp;", lt: "&lt;", gt: "&gt;", nbsp: "&nbsp;" };

const HTML_NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rarr: "→",
  larr: "←",
  harr: "↔",
  rArr: "⇒",
  middot: "·",
  bull: "•",
  copy: "©",
  reg: "®",
  deg: "°",
  times: "×",
  le: "≤",
  ge: "≥",
};

const fromCode = (code: number): string | null =>
  code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;

const decodeHtmlEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return fromCode(code) ?? whole;
    }
    return HTML_NAMED[name] ?? whole;
  });

/**
 * A label as a reader sees it, as plain text: Mermaid entity codes (`#quot;`, `#35;`),
 * `<br/>` and other HTML, Markdown-string backticks and emphasis, Font Awesome icons
 * (`fa:fa-database`) and runs of white space are turned into plain words. In the same
 * order as Mermaid: its codes become HTML entities first, so `#60;b#62;` stays text.
 */
export const plainText = (raw: string): string => {
  let text = raw.trim();
  const markdown = text.length >= 2 && text.startsWith("`") && text.endsWith("`");
  if (markdown) text = text.slice(1, -1).replace(/\*\*([^*]+)\*\*|\*([^*]+)\*|__([^_]+)__/g, (_, a, b, c) => a ?? b ?? c);
  text = text
    .replace(/(?<!&)#(\d+);/g, "&#$1;")
    .replace(/(?<!&)#([a-z]+);/gi, (whole, name: string) => MERMAID_NAMED[name] ?? whole)
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<\/?[A-Za-z][^<>]*>/g, "")
    .replace(/\bfa[bkrs]?:fa-[\w-]+/g, "")
    .replace(/\\n/g, " ");
  return decodeHtmlEntities(text).replace(/\s+/g, " ").trim();
};
