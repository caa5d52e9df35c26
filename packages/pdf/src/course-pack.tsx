import { Link, Page, Document as PdfDocument, Text, View } from "@react-pdf/renderer";
import { FALLBACK_METRICS, type FontMetrics } from "./fonts.js";
import { breakLines, contentBox } from "./geometry.js";
import { type HandoutContext, handoutPages } from "./handout.js";
import { bookmarkProps, createOutline } from "./outline.js";
import { ink } from "./palette.js";
import { type HandoutInput, printerFor } from "./prepare.js";
import { PageChrome } from "./sections/chrome.js";
import { s } from "./styles.js";
import { createPrinter } from "./text.js";

/**
 * One handout of a course pack: its input and the part it goes in.
 * @public
 */
export interface CoursePackEntry extends HandoutInput {
  /** The part of the pack it belongs to, e.g. "Case studies"; entries keep their order within a part. */
  group?: string;
  /** Its page count when printed alone (the same in the pack): lets the contents give page numbers. */
  pages?: number;
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
    { kind: "group" as const, title: g.group, anchor: `part-${gi}` },
    ...g.entries.map((e, ei) => ({ kind: "entry" as const, title: e.document.title, anchor: `h-${gi}-${ei}` })),
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

/**
 * Many handouts in one PDF: a cover, contents with links (and page numbers when known),
 * a divider page per part, then each handout. The outline nests part → handout → section.
 * @public
 */
export const CoursePack = ({ entries, title = DEFAULT_TITLE, subtitle, metrics = FALLBACK_METRICS, onPageCount }: CoursePackProps) => {
  const outline = createOutline();
  const print = createPrinter(metrics.covers);
  const rows = tocRows(entries);
  const groups = groupEntries(entries);
  const tocPages = Array.from({ length: Math.ceil(rows.length / TOC_ROWS_PER_PAGE) }, (_, i) =>
    rows.slice(i * TOC_ROWS_PER_PAGE, (i + 1) * TOC_ROWS_PER_PAGE),
  );
  const width = contentBox("portrait").width - 40;
  const chrome = <PageChrome left={print(title)} right="" footer="mlsd course pack" {...(onPageCount ? { onTotal: onPageCount } : {})} />;
  const contentsEntry = outline.entry("Contents");
  const pages = [
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
        <View {...bookmarkProps(pi === 0 ? contentsEntry : undefined)}>
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
  groups.forEach((g, gi) => {
    const part = outline.entry(print(g.group));
    pages.push(
      <Page key={`part-${g.group}`} size="A4" style={s.page}>
        {chrome}
        <View {...bookmarkProps(part)} id={`part-${gi}`} style={{ marginTop: 200 }}>
          <Text style={s.kicker}>PART {gi + 1}</Text>
          <Text style={[s.title, { fontSize: 26 }]}>{print(g.group)}</Text>
          {g.entries.map((e) => (
            <Text key={e.document.id} style={s.muted}>
              {print(e.document.title)}
            </Text>
          ))}
        </View>
      </Page>,
    );
    g.entries.forEach((e, ei) => {
      const ctx: HandoutContext = {
        metrics,
        print: printerFor(e, metrics),
        outline,
        onTotal: onPageCount,
        footer: `${print(title)} · ${e.document.id}`,
      };
      pages.push(...handoutPages(e, ctx, { anchor: `h-${gi}-${ei}`, parentRef: part.ref }));
    });
  });
  return (
    <PdfDocument title={title} creator="mlsd" producer="mlsd (@react-pdf/renderer)" language="en">
      {pages}
    </PdfDocument>
  );
};
