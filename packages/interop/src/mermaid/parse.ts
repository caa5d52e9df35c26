import { err, ok, type Result } from "@mlsd/core";
import { type ImportError, syntaxError } from "../errors.js";
import type { Flowchart, FlowDirection, FlowLink, FlowNode, FlowShape, LinkHead, LinkStroke, SourcePosition } from "./ast.js";
import { diagramKeyword, isFlowchartKeyword, otherDiagramName } from "./diagram-type.js";
import { type Origin, ParseFailure, Scanner } from "./scanner.js";

/*
 * A hand-written reader for Mermaid flowcharts (`graph` / `flowchart`), the subset people
 * write in READMEs: every direction and node shape, chains and `&` groups, both edge-label
 * syntaxes, dotted / thick / invisible links, nested subgraphs, front matter, directives,
 * comments, and styling lines (read and set aside). Why not mermaid's own parser: see CONTEXT.md.
 */

/** Openers in the order they must be tried (longest first); each with its closers. */
const SHAPES: readonly (readonly [string, readonly (readonly [string, FlowShape])[]])[] = [
  ["(((", [[")))", "double-circle"]]],
  ["((", [["))", "circle"]]],
  ["([", [["])", "stadium"]]],
  ["[(", [[")]", "cylinder"]]],
  ["[[", [["]]", "subroutine"]]],
  [
    "[/",
    [
      ["/]", "lean-right"],
      ["\\]", "trapezoid"],
    ],
  ],
  [
    "[\\",
    [
      ["\\]", "lean-left"],
      ["/]", "trapezoid-alt"],
    ],
  ],
  ["{{", [["}}", "hexagon"]]],
  ["[", [["]", "rect"]]],
  ["(", [[")", "round"]]],
  ["{", [["}", "rhombus"]]],
  [">", [["]", "asymmetric"]]],
];

/** Shape names of the `A@{ shape: … }` syntax (Mermaid 11), mapped onto the classic shapes. */
const NAMED_SHAPES: Readonly<Record<string, FlowShape>> = {
  rect: "rect",
  rectangle: "rect",
  proc: "rect",
  process: "rect",
  rounded: "round",
  event: "round",
  stadium: "stadium",
  pill: "stadium",
  terminal: "stadium",
  subproc: "subroutine",
  subprocess: "subroutine",
  subroutine: "subroutine",
  "fr-rect": "subroutine",
  "framed-rectangle": "subroutine",
  cyl: "cylinder",
  cylinder: "cylinder",
  db: "cylinder",
  database: "cylinder",
  das: "cylinder",
  "h-cyl": "cylinder",
  "lin-cyl": "cylinder",
  circle: "circle",
  circ: "circle",
  "dbl-circ": "double-circle",
  "double-circle": "double-circle",
  diam: "rhombus",
  diamond: "rhombus",
  decision: "rhombus",
  question: "rhombus",
  hex: "hexagon",
  hexagon: "hexagon",
  prepare: "hexagon",
  "lean-r": "lean-right",
  "lean-right": "lean-right",
  "in-out": "lean-right",
  "lean-l": "lean-left",
  "lean-left": "lean-left",
  "out-in": "lean-left",
  "trap-b": "trapezoid",
  "trapezoid-bottom": "trapezoid",
  priority: "trapezoid",
  "trap-t": "trapezoid-alt",
  "trapezoid-top": "trapezoid-alt",
  manual: "trapezoid-alt",
  flag: "asymmetric",
  "paper-tape": "asymmetric",
};

const DIRECTIONS: Readonly<Record<string, FlowDirection>> = {
  TB: "TB",
  TD: "TB",
  BT: "BT",
  LR: "LR",
  RL: "RL",
  ">": "LR",
  "<": "RL",
  "^": "BT",
  v: "TB",
};

const ID_CHAR = /[\p{L}\p{N}\p{M}_]/u;

// Links, tried in this order at the place a link may start.
const EDGE_ID = /[A-Za-z0-9_]+@(?=[-=~.<ox])/y;
const LINK_INVISIBLE = /~{3,}/y;
const LINK_DOTTED = /([xo<]?)-?\.+-([>xo]?)/y;
const LINK_NORMAL = /([xo<]?)-{2,}([->xo])/y;
const LINK_THICK = /([xo<]?)={2,}([=>xo])/y;
/** `-- text -->`, `== text ==>`, `-. text .->`: a label between the two halves of a link. */
const LINK_TEXT_START = /([xo<]?)(--|==|-\.)(?=[^->=.])/y;
const TEXT_LINK_END: Readonly<Record<string, RegExp>> = {
  "--": /-{2,}([->xo])/g,
  "==": /={2,}([=>xo])/g,
  "-.": /\.+-([>xo]?)/g,
};
const STROKE_OF: Readonly<Record<string, LinkStroke>> = { "--": "normal", "==": "thick", "-.": "dotted" };

/** Each plain link form with what it means; `null` for the start of a `-- text -->` link. */
const LINK_FORMS: readonly (readonly [RegExp, (m: RegExpExecArray) => Link | null])[] = [
  [LINK_INVISIBLE, () => ({ stroke: "invisible", head: "none", both: false })],
  [LINK_DOTTED, (m) => ({ stroke: "dotted", head: headOf(m[2]), both: !!m[1] })],
  [LINK_NORMAL, (m) => ({ stroke: "normal", head: headOf(m[2] === "-" ? undefined : m[2]), both: !!m[1] })],
  [LINK_THICK, (m) => ({ stroke: "thick", head: headOf(m[2] === "=" ? undefined : m[2]), both: !!m[1] })],
  [LINK_TEXT_START, () => null],
];

const STYLING = ["classDef", "style", "linkStyle", "click"] as const;

const headOf = (c: string | undefined): LinkHead => (c === ">" ? "arrow" : c === "o" ? "circle" : c === "x" ? "cross" : "none");

interface Link {
  stroke: LinkStroke;
  head: LinkHead;
  both: boolean;
  label?: string;
}

class FlowchartParser {
  private readonly s: Scanner;
  private readonly chart: Flowchart = {
    direction: "TB",
    nodes: new Map(),
    links: [],
    subgraphs: new Map(),
    comments: [],
    ignored: [],
  };
  /** Open subgraphs, innermost last. */
  private readonly open: string[] = [];
  private readonly pendingClasses: [string, string][] = [];
  private readonly edgeIds = new Set<string>();

  constructor(text: string, origin: Origin) {
    this.s = new Scanner(text, origin);
  }

  parse(): Flowchart {
    this.frontMatter();
    this.trivia();
    this.header();
    while (this.statement()) {}
    if (this.open.length) {
      const sub = this.chart.subgraphs.get(this.open.at(-1)!)!;
      throw new ParseFailure(this.s.at(), `subgraph "${sub.id}" (line ${sub.at.line}) has no "end"`);
    }
    for (const [id, cls] of this.pendingClasses) this.chart.nodes.get(id)?.classes.push(cls);
    return this.chart;
  }

  /** YAML front matter: only `title:` means something to a design. */
  private frontMatter(): void {
    const m = this.s.take(/\s*---[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*---[ \t]*(?=\r?\n|$)/y);
    if (!m) return;
    const title = /^title:[ \t]*(.+?)[ \t]*$/m.exec(m[1] ?? "")?.[1];
    if (title) this.chart.title = unquoteYaml(title);
  }

  /** Blank space, line breaks, `;`, `%%` comments and `%%{ }%%` directives. */
  private trivia(): void {
    const s: Scanner = this.s;
    for (;;) {
      const c = s.peek();
      if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === ";") s.pos++;
      else if (s.startsWith("%%{")) {
        const at = s.at();
        const end = s.src.indexOf("}%%", s.pos);
        if (end < 0) s.fail('a "%%{" directive has no closing "}%%"');
        s.pos = end + 3;
        this.chart.ignored.push({ what: "directive", at });
      } else if (s.startsWith("%%")) {
        s.pos += 2;
        this.chart.comments.push(s.restOfLine().trim());
      } else return;
    }
  }

  private header(): void {
    const s: Scanner = this.s;
    const start = s.pos;
    const word = s.take(/[A-Za-z][\w-]*/y)?.[0] ?? "";
    if (!isFlowchartKeyword(word)) s.fail(`expected "flowchart" or "graph", got ${word ? `"${word}"` : s.describe()}`, start);
    s.spaces();
    const dir = s.take(/(TB|TD|BT|RL|LR|[<>^v])(?![\w-])/iy)?.[1];
    if (dir) this.chart.direction = DIRECTIONS[dir.length === 2 ? dir.toUpperCase() : dir] ?? "TB";
    this.endOfStatement();
  }

  /** Reads one statement; false at the end of the text. */
  private statement(): boolean {
    this.trivia();
    const s: Scanner = this.s;
    if (s.eof) return false;
    const at = s.at();
    const styling = this.styling();
    if (styling) {
      s.restOfLine();
      this.chart.ignored.push({ what: styling, at });
    } else if (this.keyword("subgraph")) this.subgraph(at);
    else if (this.keyword("end")) {
      if (!this.open.length) s.fail('"end" without a subgraph to close', s.pos - 3);
      this.open.pop();
      this.endOfStatement();
    } else if (s.take(/direction[ \t]+(TB|TD|BT|RL|LR)(?![\w-])/y)) {
      this.chart.ignored.push({ what: "direction", at });
      this.endOfStatement();
    } else if (this.keyword("class")) this.classStatement(at);
    else if (s.startsWith("accTitle") || s.startsWith("accDescr")) this.accessibility();
    else if (this.edgeProperties(at)) this.endOfStatement();
    else this.chain();
    return true;
  }

  /** `e1@{ animate: true }` for a link id seen before: animation settings, set aside. */
  private edgeProperties(at: SourcePosition): boolean {
    const s: Scanner = this.s;
    const m = /([A-Za-z0-9_]+)@\{/y;
    m.lastIndex = s.pos;
    const found = m.exec(s.src);
    if (!found || !this.edgeIds.has(found[1]!)) return false;
    const end = s.src.indexOf("}", s.pos);
    if (end < 0) s.fail(`the properties of link "${found[1]}" have no closing "}"`);
    s.pos = end + 1;
    this.chart.ignored.push({ what: "edge-id", at });
    return true;
  }

  /** The styling or interaction keyword here (consumed), if any: its line is set aside whole. */
  private styling(): "classDef" | "style" | "linkStyle" | "click" | null {
    for (const word of STYLING) if (this.keyword(word)) return word;
    return null;
  }

  /** A keyword followed by a space, a line break, ";" or the end: never the start of a node id. */
  private keyword(word: string): boolean {
    const s: Scanner = this.s;
    if (!s.startsWith(word)) return false;
    const next = s.src[s.pos + word.length] ?? "";
    if (next !== "" && !/[\s;]/.test(next)) return false;
    s.pos += word.length;
    return true;
  }

  private endOfStatement(): void {
    const s: Scanner = this.s;
    s.spaces();
    if (s.eof) return;
    const c = s.peek();
    if (c === "\n" || c === "\r" || c === ";") return;
    if (s.startsWith("%%")) {
      s.pos += 2;
      this.chart.comments.push(s.restOfLine().trim());
      return;
    }
    s.fail(`unexpected ${s.describe()}`);
  }

  private subgraph(at: SourcePosition): void {
    const s: Scanner = this.s;
    s.spaces();
    const start = s.pos;
    const line = s.restOfLine().replace(/;?\s*$/, "");
    let id: string;
    let title: string;
    const bracketed = /^([^\s[\]"]+)\s*\[\s*([\s\S]*?)\s*\]$/.exec(line);
    if (!line) s.fail("a subgraph needs an id or a title", start);
    if (line.startsWith('"')) {
      const end = line.indexOf('"', 1);
      if (end < 0) s.fail("the subgraph title has no closing quote", start);
      title = line.slice(1, end);
      id = title;
    } else if (bracketed) {
      id = bracketed[1]!;
      title = unquote(bracketed[2]!);
    } else {
      id = line;
      title = line;
    }
    let unique = id;
    for (let i = 2; this.chart.subgraphs.has(unique); i++) unique = `${id}-${i}`;
    const parent = this.open.at(-1);
    this.chart.subgraphs.set(unique, { id: unique, title, at, ...(parent !== undefined ? { parent } : {}) });
    this.open.push(unique);
  }

  private classStatement(at: SourcePosition): void {
    const s: Scanner = this.s;
    this.chart.ignored.push({ what: "class", at });
    s.spaces();
    const m = s.take(/([^\s,;]+(?:\s*,\s*[^\s,;]+)*)[ \t]+([\w-]+)/y);
    if (!m) s.fail('expected "class <ids> <className>"');
    for (const id of m[1]!.split(",")) this.pendingClasses.push([id.trim(), m[2]!]);
    this.endOfStatement();
  }

  private accessibility(): void {
    const s: Scanner = this.s;
    const m = s.take(/(accTitle|accDescr)[ \t]*(:|\{)/y);
    if (!m) {
      this.chain();
      return;
    }
    if (m[2] === "{") {
      const end = s.src.indexOf("}", s.pos);
      if (end < 0) s.fail('"accDescr {" has no closing "}"');
      this.chart.description = s.src.slice(s.pos, end).trim();
      s.pos = end + 1;
      return;
    }
    const text = s.restOfLine().trim();
    if (m[1] === "accTitle") this.chart.title ??= text;
    else this.chart.description = text;
  }

  /** `A & B --> C -.-> D & E`, or a lone node. */
  private chain(): void {
    const s: Scanner = this.s;
    let sources = this.group();
    for (;;) {
      s.spaces();
      const at = s.at();
      const link = this.link();
      if (!link) break;
      s.spaces();
      const targets = this.group();
      for (const source of sources) for (const target of targets) this.chart.links.push({ source, target, ...link, at } satisfies FlowLink);
      sources = targets;
    }
    this.endOfStatement();
  }

  private group(): string[] {
    const ids = [this.nodeRef()];
    for (;;) {
      const s: Scanner = this.s;
      const save = s.pos;
      s.spaces();
      if (s.peek() !== "&") {
        s.pos = save;
        return ids;
      }
      s.pos++;
      s.spaces();
      ids.push(this.nodeRef());
    }
  }

  private scanId(): string {
    const s: Scanner = this.s;
    const start = s.pos;
    for (;;) {
      const c = s.src.codePointAt(s.pos);
      if (c === undefined) break;
      const ch = String.fromCodePoint(c);
      if (ID_CHAR.test(ch)) s.pos += ch.length;
      else if ((ch === "-" || ch === ".") && ID_CHAR.test(s.peek(1)) && s.pos > start) s.pos++;
      else break;
    }
    return s.src.slice(start, s.pos);
  }

  private nodeRef(): string {
    const s: Scanner = this.s;
    const at = s.at();
    const id = this.scanId();
    if (!id) s.fail(`expected a node id, got ${s.describe()}`);
    const node = this.mention(id, at);
    const afterId = s.pos;
    if (s.startsWith("@{")) this.namedShape(node);
    else {
      s.spaces();
      if (!this.shape(node)) s.pos = afterId;
    }
    if (s.startsWith(":::")) {
      s.pos += 3;
      const cls = s.take(/[\w-]+/y)?.[0];
      if (!cls) s.fail('expected a class name after ":::"');
      node.classes.push(cls);
    }
    return id;
  }

  private mention(id: string, at: SourcePosition): FlowNode {
    let node = this.chart.nodes.get(id);
    if (!node) {
      node = { id, shape: "rect", classes: [], at };
      this.chart.nodes.set(id, node);
    }
    const inner = this.open.at(-1);
    if (inner !== undefined && node.subgraph === undefined) node.subgraph = inner;
    return node;
  }

  /** `[text]`, `([text])`, `[(text)]`, … Returns false when no shape opens here. */
  private shape(node: FlowNode): boolean {
    const s: Scanner = this.s;
    const start = s.pos;
    for (const [opener, closers] of SHAPES) {
      if (!s.startsWith(opener)) continue;
      s.pos = start + opener.length;
      s.spaces();
      if (s.peek() === '"') {
        const text = this.quoted();
        s.spaces();
        const closer = closers.find(([c]) => s.startsWith(c));
        if (!closer) s.fail(`expected "${closers[0]![0]}" to close the label of "${node.id}", got ${s.describe()}`);
        s.pos += closer[0].length;
        return this.setLabel(node, text, closer[1]);
      }
      const lineEnd = s.lineEnd();
      let best: { at: number; closer: readonly [string, FlowShape] } | null = null;
      for (const closer of closers) {
        const at = s.src.indexOf(closer[0], s.pos);
        if (at >= 0 && at < lineEnd && (!best || at < best.at)) best = { at, closer };
      }
      // `[/path]` is a rectangle whose label starts with "/": fall back to the next opener.
      if (!best) {
        s.pos = start;
        continue;
      }
      const text = s.src.slice(s.pos, best.at);
      s.pos = best.at + best.closer[0].length;
      return this.setLabel(node, text, best.closer[1]);
    }
    s.pos = start;
    if (s.peek() && "[({>".includes(s.peek())) s.fail(`the label of "${node.id}" has no closing bracket on its line`);
    return false;
  }

  private setLabel(node: FlowNode, text: string, shape: FlowShape): true {
    node.label = text;
    node.shape = shape;
    return true;
  }

  /** `A@{ shape: cyl, label: "Feature store" }` */
  private namedShape(node: FlowNode): void {
    const s: Scanner = this.s;
    const open = s.pos;
    s.pos += 2;
    const fields: Record<string, string> = {};
    for (;;) {
      s.take(/[\s,]*/y);
      if (s.peek() === "}") {
        s.pos++;
        break;
      }
      const key = s.take(/([\w-]+)[ \t]*:[ \t]*/y)?.[1];
      if (!key) s.fail(`expected "key: value" or "}" in the shape of "${node.id}"`, s.eof ? open : s.pos);
      const value = s.peek() === '"' ? this.quoted() : (s.take(/[^,}\n]*/y)?.[0] ?? "").trim();
      fields[key] = value;
    }
    if (fields.shape !== undefined) node.shape = NAMED_SHAPES[fields.shape.toLowerCase()] ?? "rect";
    if (fields.label !== undefined) node.label = fields.label;
  }

  /** A double-quoted string (no escapes in Mermaid; it may span lines); returns its content. */
  private quoted(): string {
    const s: Scanner = this.s;
    const start = s.pos;
    const end = s.src.indexOf('"', start + 1);
    if (end < 0) s.fail("a quoted text has no closing quote", start);
    s.pos = end + 1;
    return s.src.slice(start + 1, end);
  }

  private link(): Link | null {
    const s: Scanner = this.s;
    const start = s.pos;
    const edgeId = s.take(EDGE_ID);
    if (edgeId) {
      this.edgeIds.add(edgeId[0].slice(0, -1));
      this.chart.ignored.push({ what: "edge-id", at: s.at(start) });
    }
    let link: Link | null = null;
    for (const [re, make] of LINK_FORMS) {
      const m = s.take(re);
      if (m) {
        link = make(m) ?? this.textLink(m[1]!, m[2]!);
        break;
      }
    }
    if (!link) {
      s.pos = start;
      return null;
    }
    // `-->|label|`, with or without spaces around it.
    const save = s.pos;
    s.spaces();
    if (s.peek() === "|") {
      s.pos++;
      const label = this.pipeText();
      if (label.trim()) link.label = label;
    } else s.pos = save;
    return link;
  }

  private textLink(prefix: string, opener: string): Link {
    const s: Scanner = this.s;
    const startAt = s.pos - opener.length - prefix.length;
    s.spaces();
    let text: string | undefined;
    const lineEnd = s.lineEnd();
    const end = TEXT_LINK_END[opener]!;
    if (s.peek() === '"') {
      text = this.quoted();
      s.spaces();
    }
    end.lastIndex = s.pos;
    const m = end.exec(s.src);
    if (!m || m.index >= lineEnd)
      s.fail(`the link label started with "${opener}" has no closing arrow such as "${opener === "-." ? ".->" : `${opener}>`}"`, startAt);
    text ??= s.src.slice(s.pos, m.index);
    s.pos = m.index + m[0].length;
    const link: Link = { stroke: STROKE_OF[opener]!, head: headOf(m[1] === "-" || m[1] === "=" ? undefined : m[1]), both: !!prefix };
    if (text.trim()) link.label = text.trim();
    return link;
  }

  private pipeText(): string {
    const s: Scanner = this.s;
    s.spaces();
    if (s.peek() === '"') {
      const text = this.quoted();
      s.spaces();
      if (s.peek() !== "|") s.fail(`expected "|" to close the link label, got ${s.describe()}`);
      s.pos++;
      return text;
    }
    const end = s.src.indexOf("|", s.pos);
    if (end < 0 || end > s.lineEnd()) s.fail('the link label has no closing "|" on its line');
    const text = s.src.slice(s.pos, end);
    s.pos = end + 1;
    return text;
  }
}

const unquote = (text: string): string => (text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text);

/** A YAML scalar as front matter writes titles: plain, 'single' or "double" quoted. */
const unquoteYaml = (text: string): string => {
  if (text.startsWith('"')) {
    try {
      return String(JSON.parse(text));
    } catch {
      return unquote(text);
    }
  }
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
};

/**
 * Reads the text of one Mermaid diagram. Other diagram types are refused by name; syntax
 * errors name the line and column (counted from `origin`, the block's place in its file).
 */
export const parseFlowchart = (text: string, origin: Origin = { line: 1, column: 1 }): Result<Flowchart, ImportError> => {
  const keyword = diagramKeyword(text);
  const other = otherDiagramName(keyword);
  if (other) {
    const message = `This is ${other}. mlsd imports Mermaid flowcharts (\`flowchart\` or \`graph\`), whose boxes and arrows become components and data flows.`;
    return err({ kind: "unsupportedDiagram", message, problems: [{ path: "", message }], diagram: keyword });
  }
  try {
    return ok(new FlowchartParser(text, origin).parse());
  } catch (e) {
    if (e instanceof ParseFailure) return err(syntaxError(e.at.line, e.at.column, e.what));
    // Only reachable through a bug: report it as an import error rather than throw at the caller.
    return err(syntaxError(origin.line, origin.column, `could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
};
