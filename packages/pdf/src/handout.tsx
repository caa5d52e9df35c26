import { labelBoxOf, type Scene } from "@mlsd/scene";
import { Page, Document as PdfDocument, Text, View } from "@react-pdf/renderer";
import { Diagram, Overview, smallestText } from "./diagram.js";
import { FALLBACK_METRICS, FONT_FAMILY, type FontMetrics } from "./fonts.js";
import {
  breakLines,
  COUNT_LIMIT,
  contentBox,
  type DiagramPlan,
  diagramPageBox,
  MAX_DIAGRAM_PAGES,
  MIN_LABEL_PT,
  type Orientation,
  planDiagram,
  type Size,
} from "./geometry.js";
import { bookmarkProps, createOutline, type Outline } from "./outline.js";
import { ink } from "./palette.js";
import { findingsFor, type HandoutInput, printerFor } from "./prepare.js";
import { Checklist } from "./sections/checklist.js";
import { PageChrome } from "./sections/chrome.js";
import { ComponentsTable } from "./sections/components.js";
import { Legend, legendHeight } from "./sections/legend.js";
import { DesignNotes } from "./sections/notes.js";
import { DesignReview } from "./sections/review.js";
import { RubricSection } from "./sections/rubric.js";
import { breakAddress, citationText, kicker, MissingGlyphNotice, TitleBlock } from "./sections/title-block.js";
import { StageBands, WorksheetSteps } from "./sections/worksheet.js";
import { s } from "./styles.js";
import type { Printer } from "./text.js";

export type { HandoutInput } from "./prepare.js";

/** Height the title block takes at a given width, measured with the real font. */
const titleBlockHeight = (input: HandoutInput, width: number, metrics: FontMetrics, missing: number): number => {
  const { document } = input;
  const lines = (text: string, size: number, bold = false) => breakLines(text, width, size, metrics.measure, 1000, bold).length;
  let h = 14 + lines(document.title, 20, true) * 20 * 1.18 + 5;
  if (document.source) {
    const url = document.source.url ? breakAddress(document.source.url, width, 8.5, metrics.measure).length : 0;
    h += lines(`Source: ${citationText(document.source)}`, 8.5) * 8.5 * 1.38 + url * 12 + 2;
  }
  h += document.summary ? lines(document.summary, 10) * 10 * 1.45 + 15 : 8;
  if (missing > 0) h += 52;
  return h;
};

const CAPTION = 16;
/** The heading line above a diagram printed on a page of its own. */
const OWN_PAGE_HEADING = 22;

/**
 * Decides where the diagram of one handout goes: on page 1, on a page of its own, in parts,
 * or as the overview only, with every text of the drawing at 6 pt or more.
 * @public
 */
export const planHandout = (input: HandoutInput, metrics: FontMetrics = FALLBACK_METRICS, missing = 0): DiagramPlan => {
  const room = (o: Orientation): Size => {
    const box = contentBox(o);
    // 24 pt of slack: a legend pushed to page 2 would leave it nearly empty.
    const used = titleBlockHeight(input, box.width, metrics, missing) + legendHeight(input.scene, 4) + CAPTION + 24;
    return { width: box.width, height: Math.max(0, box.height - used) };
  };
  // A page of its own still carries a heading line.
  const own = (o: Orientation): Size => {
    const box = diagramPageBox(o);
    return { width: box.width, height: box.height - OWN_PAGE_HEADING - CAPTION - 8 };
  };
  const { scene } = input;
  const frames = scene.stages.map((f) =>
    scene.direction === "right" ? { start: f.x, end: f.x + f.width } : { start: f.y, end: f.y + f.height },
  );
  frames.sort((a, b) => a.start - b.start);
  // Where two frames meet: halfway across the gap between them.
  const boundaries = frames.slice(1).map((f, i) => (frames[i]!.end + f.start) / 2);
  const labels = scene.edges.flatMap((e) => labelBoxOf(e) ?? []);
  return planDiagram(scene.bounds, room, {
    ownPageRoom: own,
    // A "rows" drawing stacks its stage bands like "down": tiles are cut between rows.
    direction: scene.direction === "right" ? "right" : "down",
    boxes: [...scene.nodes, ...labels],
    boundaries,
    minScale: MIN_LABEL_PT / smallestText(scene),
  });
};

interface Ctx {
  metrics: FontMetrics;
  /** The family every text is set in: the plain faces unless a text needs shaping (see fonts.ts). */
  fontFamily: string;
  print: Printer;
  outline: Outline;
  onTotal: ((n: number) => void) | undefined;
  /** Footer text: the pack's name in a course pack, the document id alone otherwise. */
  footer: string;
}

const VARIANT_NAMES = { handout: "handout", worksheet: "worksheet", "answer-key": "answer key" } as const;

const chrome = (input: HandoutInput, ctx: Ctx, orientation: Orientation = "portrait") => (
  <PageChrome
    orientation={orientation}
    left={`Machine Learning Systems Design · ${VARIANT_NAMES[input.variant ?? "handout"]}`}
    right={ctx.print(truncate(input.document.title, 70))}
    footer={ctx.footer}
    {...(ctx.onTotal ? { onTotal: ctx.onTotal } : {})}
  />
);

const pageStyle = (ctx: Ctx, kind: "page" | "diagramPage" = "page") => [s[kind], { fontFamily: ctx.fontFamily }];

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const DiagramBlock = ({ scene, plan, index, ctx }: { scene: Scene; plan: DiagramPlan; index: number; ctx: Ctx }) => {
  const view = plan.tiles[index]!;
  if (scene.nodes.length === 0 || view.width <= 0 || view.height <= 0)
    return (
      <View style={{ borderWidth: 0.8, borderColor: ink.rule, borderStyle: "dashed", padding: 24, marginVertical: 8 }}>
        <Text style={[s.muted, { textAlign: "center" }]}>No components are drawn yet: sketch them here, stage by stage.</Text>
      </View>
    );
  const smallest = (smallestText(scene) * plan.scale).toFixed(1);
  const part =
    plan.tiles.length > 1 ? ` Part ${index + 1} of ${plan.tiles.length}: lines that leave the page continue on the neighbouring part.` : "";
  return (
    <View style={{ alignItems: "center" }} wrap={false}>
      <Diagram scene={scene} view={view} scale={plan.scale} print={ctx.print} fontFamily={ctx.fontFamily} />
      <Text style={[s.caption, { alignSelf: "flex-start" }]}>
        Figure: the design by stage, drawn at {Math.round(plan.scale * 100)}% (smallest text {smallest} pt).{part}
      </Text>
    </View>
  );
};

/** The overview is at most this tall, and at least this much room is worth giving it on page 1. */
const OVERVIEW = 300;
const MIN_OVERVIEW = 140;

const overviewCaption = (plan: DiagramPlan): string => {
  if (plan.placement === "parts")
    return "Too large to print legibly on one page: each numbered part follows on a page of its own, with its text at 6 pt or more.";
  if (plan.placement === "overview-only") {
    const needed = plan.pagesNeeded ?? 0;
    const pages = needed > COUNT_LIMIT ? `more than ${COUNT_LIMIT.toLocaleString("en-US")}` : needed.toLocaleString("en-US");
    return `Too large to print legibly: its text at 6 pt would take ${pages} pages, more than the ${MAX_DIAGRAM_PAGES} a handout gives a drawing. Lay the design out afresh (mlsd layout) or print it as a picture (mlsd render); the components are listed below.`;
  }
  return "The legible drawing is on the next page.";
};

/**
 * The pages of one handout, to be placed inside a react-pdf <Document>: title, citation,
 * summary and diagram first; then components by stage, design notes, the design review
 * and the checklist with room to write.
 */
export const handoutPages = (input: HandoutInput, ctx: Ctx, options: { anchor?: string; parentRef?: number; label?: string } = {}) => {
  if (input.variant === "worksheet") return worksheetPages(input, ctx, options);
  const { document, scene } = input;
  const findings = findingsFor(input);
  const answerKey = input.variant === "answer-key";
  if (answerKey && !options.label) options = { ...options, label: "ANSWER KEY · EXERCISE" };
  const { print, outline } = ctx;
  const plan = planHandout(input, ctx.metrics, print.missing.length);
  const titleEntry = outline.entry(print(document.title), options.parentRef);
  const sub = (title: string) => outline.section(title, titleEntry.ref);
  const titleBlock = (
    <View {...bookmarkProps(titleEntry)} {...(options.anchor ? { id: options.anchor } : {})}>
      <TitleBlock
        document={document}
        print={print}
        width={contentBox(plan.placement === "first-page" ? plan.orientation : "portrait").width}
        measure={ctx.metrics.measure}
        {...(options.label ? { label: options.label } : {})}
      />
      <MissingGlyphNotice missing={print.missing} />
    </View>
  );
  const body = (
    <>
      <ComponentsTable
        document={document}
        scene={scene}
        print={print}
        measure={ctx.metrics.measure}
        bookmark={sub("Components by stage")}
      />
      <DesignNotes document={document} print={print} bookmark={sub("Design notes")} />
      {findings ? <DesignReview document={document} findings={findings} print={print} bookmark={sub("Design review")} /> : null}
      {answerKey && input.rubric ? (
        <RubricSection rubric={input.rubric} print={print} bookmark={sub("Rubric")} />
      ) : (
        <Checklist bookmark={sub("Checklist")} />
      )}
    </>
  );
  const key = document.id;
  const box = contentBox("portrait");
  // The overview fills what page 1 has left under the title; when a long summary leaves too
  // little, it takes its full height and moves whole to the next page (it never wraps).
  const left = box.height - titleBlockHeight(input, box.width, ctx.metrics, print.missing.length) - legendHeight(scene) - 70;
  const overviewRoom = { width: box.width, height: left >= MIN_OVERVIEW ? Math.min(OVERVIEW, left) : OVERVIEW };
  if (plan.placement === "first-page") {
    return [
      <Page key={`${key}-1`} size="A4" orientation={plan.orientation} style={pageStyle(ctx)}>
        {chrome(input, ctx, plan.orientation)}
        {titleBlock}
        <View>
          <View {...bookmarkProps(sub("Diagram"))}>
            <DiagramBlock scene={scene} plan={plan} index={0} ctx={ctx} />
          </View>
        </View>
        <Legend scene={scene} />
      </Page>,
      <Page key={`${key}-2`} size="A4" style={pageStyle(ctx)} experimentalPagination>
        {chrome(input, ctx)}
        {body}
      </Page>,
    ];
  }
  return [
    <Page key={`${key}-1`} size="A4" style={pageStyle(ctx)}>
      {chrome(input, ctx)}
      {titleBlock}
      <View style={{ marginTop: 4 }} wrap={false}>
        <Text style={s.h3} {...(plan.placement === "overview-only" ? { bookmark: sub("Diagram") } : {})}>
          {plan.placement === "parts"
            ? `The design at a glance, printed in ${plan.tiles.length} parts on the next pages`
            : "The design at a glance"}
        </Text>
        <View style={{ alignItems: "center" }}>
          <Overview
            scene={scene}
            parts={plan.placement === "parts" ? plan.tiles : []}
            width={overviewRoom.width}
            height={overviewRoom.height}
            fontFamily={ctx.fontFamily}
          />
        </View>
        <Text style={s.caption}>{overviewCaption(plan)}</Text>
      </View>
      <Legend scene={scene} />
    </Page>,
    ...plan.tiles.map((tile, i) => (
      <Page key={`${key}-tile-${tile.x}-${tile.y}`} size="A4" orientation={plan.orientation} style={pageStyle(ctx, "diagramPage")}>
        {chrome(input, ctx, plan.orientation)}
        <View wrap={false}>
          <Text style={[s.h3, { marginTop: 0, height: OWN_PAGE_HEADING - 4 }]} {...(i === 0 ? { bookmark: sub("Diagram") } : {})}>
            Diagram{plan.tiles.length > 1 ? ` (part ${i + 1} of ${plan.tiles.length})` : ""}: {print(truncate(document.title, 60))}
          </Text>
          <DiagramBlock scene={scene} plan={plan} index={i} ctx={ctx} />
        </View>
      </Page>
    )),
    <Page key={`${key}-2`} size="A4" style={pageStyle(ctx)} experimentalPagination>
      {chrome(input, ctx)}
      {body}
    </Page>,
  ];
};

/** The stage bands' height on a landscape page of their own, under their heading and hint. */
const BANDS_HEIGHT = contentBox("landscape").height - 60;

/**
 * An exercise's worksheet: the title and prompt on page 1 with how to work through it, a
 * landscape page of empty stage bands to draw in, then the questions with room to write.
 */
const worksheetPages = (input: HandoutInput, ctx: Ctx, options: { anchor?: string; parentRef?: number; label?: string }) => {
  const { document } = input;
  const { print, outline } = ctx;
  const titleEntry = outline.entry(print(document.title), options.parentRef);
  const sub = (title: string) => outline.section(title, titleEntry.ref);
  const key = `${document.id}-worksheet`;
  return [
    <Page key={`${key}-1`} size="A4" style={pageStyle(ctx)}>
      {chrome(input, ctx)}
      <View {...bookmarkProps(titleEntry)} {...(options.anchor ? { id: options.anchor } : {})}>
        <TitleBlock
          document={document}
          print={print}
          width={contentBox("portrait").width}
          measure={ctx.metrics.measure}
          label={options.label ?? `WORKSHEET · ${kicker(document)}`}
        />
        <MissingGlyphNotice missing={print.missing} />
      </View>
      <WorksheetSteps />
    </Page>,
    <Page key={`${key}-bands`} size="A4" orientation="landscape" style={pageStyle(ctx)}>
      {chrome(input, ctx, "landscape")}
      <StageBands height={BANDS_HEIGHT} bookmark={sub("Your design")} />
    </Page>,
    <Page key={`${key}-questions`} size="A4" style={pageStyle(ctx)} experimentalPagination>
      {chrome(input, ctx)}
      <Checklist bookmark={sub("Questions")} linesPerQuestion={3} newPage={false} />
    </Page>,
  ];
};

/**
 * Props of `<Handout>`.
 * @public
 */
export interface HandoutProps extends HandoutInput {
  /** Font metrics from `loadFonts()`; the render functions pass them. Estimated when absent. */
  metrics?: FontMetrics;
  /** The registered family to set every text in, which `metrics` measure (default `FONT_FAMILY`). */
  fontFamily?: string;
  /** Called with the page count once react-pdf has laid the pages out. */
  onPageCount?: (pages: number) => void;
}

/**
 * A complete handout as a react-pdf <Document>.
 * @public
 */
export const Handout = ({ metrics = FALLBACK_METRICS, fontFamily = FONT_FAMILY, onPageCount, ...input }: HandoutProps) => {
  const { document } = input;
  const ctx: Ctx = {
    metrics,
    fontFamily,
    print: printerFor(input, metrics),
    outline: createOutline(),
    onTotal: onPageCount,
    footer: `mlsd · ${document.id}`,
  };
  return (
    <PdfDocument
      title={document.title}
      subject={document.summary.slice(0, 300)}
      creator="mlsd"
      producer="mlsd (@react-pdf/renderer)"
      language="en"
    >
      {handoutPages(input, ctx)}
    </PdfDocument>
  );
};

export type { Ctx as HandoutContext };
