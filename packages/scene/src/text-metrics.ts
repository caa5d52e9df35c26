import { formatBadge, formatPropValue, KINDS, type KindDef, type NodeKind } from "@mlsd/core";

/**
 * How a node box is filled: icon, wrapped label, a row of property badges. Layout sizes
 * boxes with these numbers and every renderer draws with them, so text fits its box.
 * @public
 */
export const NODE_METRICS = {
  labelSize: 13,
  lineHeight: 17,
  maxLines: 3,
  badgeSize: 11,
  badgeHeight: 18,
  badgePadX: 6,
  badgeGap: 6,
  maxBadges: 2,
  padX: 12,
  padY: 10,
  icon: 20,
  iconGap: 8,
  minWidth: 120,
  maxWidth: 170,
  stageTitleSize: 14,
  edgeLabelSize: 11,
} as const;

/** What a compact box (no badges) trims besides its badge row: padding and least width. */
export const COMPACT_METRICS = { padX: 12, padY: 6, minWidth: 96 } as const;

// Advance widths in em, close to DejaVu Sans (the fallback every renderer can count on),
// slightly generous so a real font with narrower glyphs still fits.
const NARROW = new Set("il.,:;'|!ijtf()[]{}/\\ ");
const WIDE = new Set("mwMW@%");
const charWidth = (c: string): number => {
  if (NARROW.has(c)) return 0.34;
  if (WIDE.has(c)) return 0.9;
  if (c >= "A" && c <= "Z") return 0.7;
  if (c >= "0" && c <= "9") return 0.64;
  if (c.charCodeAt(0) > 0x2e7f) return 1; // CJK and other full-width scripts
  return 0.6;
};

/**
 * A deterministic estimate of a text's width in px at `fontSize` px. It is the contract
 * between layout and every renderer: boxes are sized, labels wrapped and badges shortened
 * with it alone, so a stored layout draws the same everywhere and staleness is exact.
 * @public
 */
export const estimateTextWidth = (text: string, fontSize: number): number => {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return Math.ceil(em * fontSize);
};

const ellipsize = (text: string, maxWidth: number, fontSize: number): string => {
  if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
};

/**
 * Greedy word wrap into at most `maxLines` lines no wider than `maxWidth` by the estimate;
 * the last line takes the rest of the words and ends in "…" when it is cut.
 */
export const wrapText = (text: string, maxWidth: number, fontSize: number, maxLines: number = NODE_METRICS.maxLines): string[] => {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [""];
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = line ? `${line} ${word}` : word;
    if (!line || estimateTextWidth(next, fontSize) <= maxWidth) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      line = `${line} ${words.slice(i).join(" ")}`;
      break;
    }
    lines.push(line);
    line = word;
  }
  lines.push(line);
  return lines.map((l) => ellipsize(l, maxWidth, fontSize));
};

/**
 * A property shown as a badge: its label, the badge text (`10 ms`, `personal data`) and the
 * full value in words (`10 ms`, `yes`), for a tooltip reading "label: value".
 * @public
 */
export interface BadgeEntry {
  key: string;
  label: string;
  text: string;
  value: string;
}

/**
 * The badges of a node, with the property each shows: its first badge properties that are set.
 * @public
 */
export const nodeBadgeEntries = (node: { kind: NodeKind; props: Readonly<Record<string, unknown>> }): BadgeEntry[] => {
  const def: KindDef = KINDS[node.kind];
  const out: BadgeEntry[] = [];
  for (const key of def.badges) {
    const spec = def.props[key];
    const value = node.props[key];
    const badge = spec ? formatBadge(spec, value) : null;
    if (!spec || badge === null) continue;
    out.push({ key, label: spec.label, text: badge, value: formatPropValue(spec, value) });
    if (out.length === NODE_METRICS.maxBadges) break;
  }
  return out;
};

/**
 * The formatted values of a node's first badge properties that are set: `2 TB/day`, `Kafka`.
 * @public
 */
export const nodeBadges = (node: { kind: NodeKind; props: Readonly<Record<string, unknown>> }): string[] =>
  nodeBadgeEntries(node).map((b) => b.text);

const M = NODE_METRICS;
/** A box's padding: the default's, or a compact box's. */
export const boxPadding = (compact = false): { padX: number; padY: number } => (compact ? COMPACT_METRICS : M);
const textRoom = (width: number, compact: boolean) => width - 2 * boxPadding(compact).padX - M.icon - M.iconGap;
/** Width of a badge holding `text`. */
export const badgeWidth = (text: string): number => estimateTextWidth(text, M.badgeSize) + 2 * M.badgePadX;

/** The label lines of a node box of the given width. */
export const nodeLabelLines = (label: string, width: number, compact = false): string[] =>
  wrapText(label, textRoom(width, compact), M.labelSize);

/**
 * Options of `nodeSize`.
 * @public
 */
export interface NodeSizeOptions {
  /**
   * A compact box: icon and label only, no property badges and less padding, so it is
   * shorter and may be narrower (a printed handout lists every property in its components
   * table). A Scene laid out with compact
   * boxes says so (`Scene.compact`) and `paint` draws them without badges.
   */
  compact?: boolean;
}

/**
 * The box a node needs: wide enough for its label on one line when that fits, else wrapped;
 * room for its badges below unless `compact`.
 * @public
 */
export const nodeSize = (
  node: {
    kind: NodeKind;
    label: string;
    props: Readonly<Record<string, unknown>>;
  },
  options: NodeSizeOptions = {},
): { width: number; height: number } => {
  const compact = options.compact === true;
  const { padX, padY, minWidth } = compact ? COMPACT_METRICS : M;
  const labelWidth = estimateTextWidth(node.label.trim(), M.labelSize);
  const badges = compact ? [] : nodeBadges(node);
  const badgesWidth = badges.reduce((sum, b, i) => sum + badgeWidth(b) + (i ? M.badgeGap : 0), 0);
  const want = Math.max(labelWidth + M.icon + M.iconGap, badgesWidth) + 2 * padX;
  const width = Math.ceil(Math.min(M.maxWidth, Math.max(minWidth, want)));
  const lines = nodeLabelLines(node.label, width, compact).length;
  const body = Math.max(M.icon, lines * M.lineHeight);
  const height = Math.ceil(2 * padY + body + (badges.length ? M.badgeGap + M.badgeHeight : 0));
  return { width, height };
};
