import { Link, Page, Document as PdfDocument, Text, View } from "@react-pdf/renderer";
import { FALLBACK_METRICS, FONT_FAMILY, type FontMetrics } from "./fonts.js";
import { breakLines, contentBox } from "./geometry.js";
import { type HandoutContext, handoutPages } from "./handout.js";
import { bookmarkProps, createOutline, type Outline } from "./outline.js";
import { ink } from "./palette.js";
import { type HandoutInput, printerFor } from "./prepare.js";
import { PageChrome, type PageNumbering } from "./sections/chrome.js";
import { s } from "./styles.js";
import { createPrinter } from "./text.js";

/**
 * One handout of a course pack: its input and the part it goes in.
 * @public
 */
export interface CoursePackEntry extends HandoutInput {
  /** The part of the pack it belongs to, e.g. "Case studies"; entries keep their order within a part. */
  group?: string;
  /**
   * Its page count when printed alone (the same in the pack): lets `<CoursePack>` and
   * `tocRows` give page numbers. The render functions count the pages of `pdf` instead.
   */
  pages?: number;
  /**
   * The handout already rendered (`renderHandout(entry).bytes`): the render functions bind
   * these pages into the pack as they are. Without it the handout is rendered first.
   */
  pdf?: Uint8Array;
}

/**
 * Title and subtitle of a course pack.
 * @public
 */
export interface CoursePackOptions {
  title?: string;
  subtitle?: string;
}

/**
 * Props of `<CoursePack>`.
 * @public
 */
export interface CoursePackProps extends CoursePackOptions {
  entries: readonly CoursePackEntry[];
  metrics?: FontMetrics;
  onPageCount?: (pages: number) => void;
}

const TOC_ROWS_PER_PAGE = 30;
const DEFAULT_TITLE = "Machine Learning Systems Design: course pack";
/** Anchors (named destinations): the first contents page, a part's divider, a handout's first page. */
const CONTENTS_ANCHOR = "contents";
const partAnchor = (gi: number) => `part-${gi}`;
const handoutAnchor = (gi: number, ei: number) => `h-${gi}-${ei}`;
const packInfo = (title: string) => ({ title, creator: "mlsd", producer: "mlsd (@react-pdf/renderer)", language: "en" });

/**
 * Entries grouped by part, parts in order of first appearance.
 * @internal
 */
export const groupEntries = (entries: readonly CoursePackEntry[]): { group: string; entries: CoursePackEntry[] }[] => {
  const groups = new Map<string, CoursePackEntry[]>();
  for (const e of entries) {
    const g = e.group ?? "Designs";
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(e);
  }
  return [...groups].map(([group, list]) => ({ group, entries: list }));
};

type TocRow =
  | { kind: "group"; title: string; page?: number; anchor: string }
  | { kind: "entry"; title: string; page?: number; anchor: string };

/**
 * The contents, with page numbers when every entry's page count is known.
 * @internal
 */
export const tocRows = (entries: readonly CoursePackEntry[]): TocRow[] => {
  const groups = groupEntries(entries);
  const rows: TocRow[] = groups.flatMap((g, gi) => [
    { kind: "group" as const, title: g.group, anchor: partAnchor(gi) },
    ...g.entries.map((e, ei) => ({ kind: "entry" as const, title: e.document.title, anchor: handoutAnchor(gi, ei) })),
  ]);
  const counts = groups.flatMap((g) => g.entries.map((e) => e.pages));
  if (counts.some((c) => c === undefined)) return rows;
  const tocPages = Math.ceil(rows.length / TOC_ROWS_PER_PAGE);
  let page = 1 + tocPages + 1; // cover, contents, then the first part's divider
  let i = 0;
  for (const row of rows) {
    if (row.kind === "group") {
      if (i > 0) page += 1;
      row.page = page;
    } else {
      row.page = page + 1;
      page += counts[i++]!;
    }
  }
  return rows;
};

/** What the front matter needs: the pack's entries (counted), its title, fonts and outline. */
interface FrontMatterInput {
  entries: readonly CoursePackEntry[];
  title: string;
  subtitle: string | undefined;
  metrics: FontMetrics;
  outline: Outline;
  onPageCount: ((pages: number) => void) | undefined;
  /** The bound pack's page numbers, when the front matter is rendered on its own. */
  numbering?: PageNumbering | undefined;
}

/**
 * The pages before and between the handouts: the cover, the contents (`lead`) and a divider
 * per part (`divider(gi)`, called in page order so bookmark numbers stay in page order).
 * Shared by `<CoursePack>` and `<CoursePackFrontMatter>`. Anchors: `contents`, `part-gi`;
 * the contents link to `part-gi` and `h-gi-ei` (the handout's first page).
 */
const frontMatter = ({ entries, title, subtitle, metrics, outline, onPageCount, numbering }: FrontMatterInput) => {
  const print = createPrinter(metrics.covers);
  const rows = tocRows(entries);
  const groups = groupEntries(entries);
  const tocPages = Array.from({ length: Math.ceil(rows.length / TOC_ROWS_PER_PAGE) }, (_, i) =>
    rows.slice(i * TOC_ROWS_PER_PAGE, (i + 1) * TOC_ROWS_PER_PAGE),
  );
  const width = contentBox("portrait").width - 40;
  const chrome = (
    <PageChrome
      left={print(title)}
      right=""
      footer="mlsd course pack"
      numbering={numbering}
      {...(onPageCount ? { onTotal: onPageCount } : {})}
    />
  );
  const contentsEntry = outline.entry("Contents");
  const lead = [
    <Page key="cover" size="A4" style={s.page}>
      <View style={{ marginTop: 180 }}>
        <Text style={s.kicker}>COURSE PACK</Text>
        <Text style={[s.title, { fontSize: 28 }]}>{print(title)}</Text>
        {subtitle ? <Text style={s.summary}>{print(subtitle)}</Text> : null}
        <Text style={[s.summary, s.muted]}>
          {groups.map((g) => `${g.entries.length} ${g.group.toLowerCase()}`).join(" · ")}. Each handout has the design drawn by stage, its
          components and their properties, notes, and the framework's questions with room to answer them.
        </Text>
      </View>
    </Page>,
    ...tocPages.map((chunk, pi) => (
      <Page key={`toc-${chunk[0]?.anchor}`} size="A4" style={s.page}>
        {chrome}
        <View {...bookmarkProps(pi === 0 ? contentsEntry : undefined)} {...(pi === 0 ? { id: CONTENTS_ANCHOR } : {})}>
          <Text style={s.h2}>Contents{pi > 0 ? " (continued)" : ""}</Text>
        </View>
        {chunk.map((row) => (
          <Link key={row.anchor} src={`#${row.anchor}`} style={{ textDecoration: "none", color: ink.text }}>
            <View style={{ flexDirection: "row", marginTop: row.kind === "group" ? 8 : 0, paddingVertical: 2.2 }}>
              <Text style={row.kind === "group" ? [s.bold, { flex: 1 }] : { flex: 1, paddingLeft: 12 }}>
                {breakLines(print(row.title), width, 9.5, metrics.measure, 1, row.kind === "group")[0] ?? ""}
              </Text>
              <Text style={{ width: 30, textAlign: "right", color: ink.muted }}>{row.page ?? ""}</Text>
            </View>
          </Link>
        ))}
      </Page>
    )),
  ];
  const divider = (gi: number) => {
    const g = groups[gi]!;
    const part = outline.entry(print(g.group));
    const page = (
      <Page key={`part-${g.group}`} size="A4" style={s.page}>
        {chrome}
        <View {...bookmarkProps(part)} id={partAnchor(gi)} style={{ marginTop: 200 }}>
          <Text style={s.kicker}>PART {gi + 1}</Text>
          <Text style={[s.title, { fontSize: 26 }]}>{print(g.group)}</Text>
          {g.entries.map((e) => (
            <Text key={e.document.id} style={s.muted}>
              {print(e.document.title)}
            </Text>
          ))}
        </View>
      </Page>
    );
    return { page, ref: part.ref };
  };
  return { lead, divider, groups, print };
};

/**
 * Many handouts in one PDF, laid out as one react-pdf document: a cover, contents with links
 * (and page numbers when known), a divider page per part, then every handout laid out again
 * with the pack's running footer and page numbers. The outline nests part → handout → section.
 * The render functions (`renderCoursePack`, `renderCoursePackToBlob`) do not use it: they
 * render only the front matter and bind the handouts' own PDFs behind it, which is much faster.
 * @public
 */
export const CoursePack = ({ entries, title = DEFAULT_TITLE, subtitle, metrics = FALLBACK_METRICS, onPageCount }: CoursePackProps) => {
  const outline = createOutline();
  const { lead, divider, groups, print } = frontMatter({ entries, title, subtitle, metrics, outline, onPageCount });
  const pages = [...lead];
  groups.forEach((g, gi) => {
    const part = divider(gi);
    pages.push(part.page);
    g.entries.forEach((e, ei) => {
      const ctx: HandoutContext = {
        metrics,
        fontFamily: FONT_FAMILY,
        print: printerFor(e, metrics),
        outline,
        onTotal: onPageCount,
        footer: `${print(title)} · ${e.document.id}`,
      };
      pages.push(...handoutPages(e, ctx, { anchor: handoutAnchor(gi, ei), parentRef: part.ref }));
    });
  });
  const info = packInfo(title);
  return <PdfDocument {...info}>{pages}</PdfDocument>;
};

/**
 * The bound pack's page numbers for its front matter (cover, contents pages, then one page per
 * divider); undefined while some entry's page count is unknown.
 */
const frontNumbering = (entries: readonly CoursePackEntry[]): PageNumbering | undefined => {
  const rows = tocRows(entries);
  if (rows.some((r) => r.page === undefined)) return undefined;
  const lead = 1 + Math.ceil(rows.length / TOC_ROWS_PER_PAGE);
  const dividers = rows.filter((r) => r.kind === "group").map((r) => r.page!);
  const total = lead + dividers.length + entries.reduce((a, e) => a + e.pages!, 0);
  return { page: (n) => (n <= lead ? n : (dividers[n - lead - 1] ?? n)), total };
};

/**
 * Only the cover, contents and part dividers of a course pack, numbered as the pages of the
 * bound pack when every entry has its `pages`. The render functions bind the handouts' PDFs
 * behind it (`coursePackPlan` says where).
 * @internal
 */
export const CoursePackFrontMatter = ({ entries, title = DEFAULT_TITLE, subtitle, metrics = FALLBACK_METRICS }: CoursePackProps) => {
  const { lead, divider, groups } = frontMatter({
    entries,
    title,
    subtitle,
    metrics,
    outline: createOutline(),
    onPageCount: undefined,
    numbering: frontNumbering(entries),
  });
  return <PdfDocument {...packInfo(title)}>{[...lead, ...groups.map((_, gi) => divider(gi).page)]}</PdfDocument>;
};

/**
 * What binding puts where: the contents' anchor, then each part (its divider's anchor) with
 * its entries (each entry's anchor), in pack order, and the pack's document information.
 * @internal
 */
export const coursePackPlan = (entries: readonly CoursePackEntry[], options: CoursePackOptions, metrics: FontMetrics) => {
  const print = createPrinter(metrics.covers);
  return {
    info: { ...packInfo(options.title ?? DEFAULT_TITLE), producer: "mlsd (@react-pdf/renderer, pdf-lib)" },
    contents: { title: "Contents", anchor: CONTENTS_ANCHOR },
    parts: groupEntries(entries).map((g, gi) => ({
      title: print(g.group),
      anchor: partAnchor(gi),
      entries: g.entries.map((entry, ei) => ({ entry, title: print(entry.document.title), anchor: handoutAnchor(gi, ei) })),
    })),
  };
};
