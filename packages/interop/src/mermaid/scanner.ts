import type { SourcePosition } from "./ast.js";

/** Thrown inside the parser only; `parseFlowchart` turns it into an error result. */
export class ParseFailure extends Error {
  constructor(
    readonly at: SourcePosition,
    readonly what: string,
  ) {
    super(what);
  }
}

/** Where a block starts in the file it came from, so errors name the file's own line and column. */
export interface Origin {
  line: number;
  column: number;
}

/** A cursor over the source text that knows lines and columns. */
export class Scanner {
  pos = 0;
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly src: string,
    private readonly origin: Origin = { line: 1, column: 1 },
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === "\n") this.lineStarts.push(i + 1);
  }

  at(pos = this.pos): SourcePosition {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.origin.line, column: pos - this.lineStarts[lo]! + this.origin.column };
  }

  get eof(): boolean {
    return this.pos >= this.src.length;
  }

  peek(offset = 0): string {
    return this.src[this.pos + offset] ?? "";
  }

  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  /** Matches a sticky regular expression here and moves past it on success. */
  take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    if (m) this.pos += m[0].length;
    return m;
  }

  /** Spaces and tabs (not line breaks). */
  spaces(): void {
    while (this.peek() === " " || this.peek() === "\t") this.pos++;
  }

  /** The rest of the current line (without its line break), consumed. */
  restOfLine(): string {
    const end = this.lineEnd();
    const text = this.src.slice(this.pos, end);
    this.pos = end;
    return text;
  }

  lineEnd(from = this.pos): number {
    const n = this.src.indexOf("\n", from);
    return n < 0 ? this.src.length : n;
  }

  fail(what: string, pos = this.pos): never {
    throw new ParseFailure(this.at(pos), what);
  }

  /** How a character looks in a message: `"]"`, or "the end of the line". */
  describe(pos = this.pos): string {
    const c = this.src[pos];
    if (c === undefined) return "the end of the diagram";
    if (c === "\n" || c === "\r") return "the end of the line";
    const cp = this.src.codePointAt(pos) ?? 0;
    return `"${String.fromCodePoint(cp)}"`;
  }
}
