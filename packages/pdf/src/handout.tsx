import type { Scene } from "@mlsd/scene";
import { Page, Document as PdfDocument, Text, View } from "@react-pdf/renderer";
import { Diagram, Overview } from "./diagram.js";
import { FALLBACK_METRICS, type FontMetrics } from "./fonts.js";
import { breakLines, contentBox, type DiagramPlan, LABEL_UNITS, type Orientation, planDiagram, type Size } from "./geometry.js";
import { bookmarkProps, createOutline, type Outline } from "./outline.js";
import { ink } from "./palette.js";
import { findingsFor, type HandoutInput, printerFor } from "./prepare.js";
import { Checklist } from "./sections/checklist.js";
import { PageChrome } from "./sections/chrome.js";
import { ComponentsTable } from "./sections/components.js";
import { Legend, legendHeight } from "./sections/legend.js";
import { DesignNotes } from "./sections/notes.js";
import { DesignReview } from "./sections/review.js";
import { breakAddress, citationText, MissingGlyphNotice, TitleBlock } from "./sections/title-block.js";
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
 * Decides where the diagram of one handout goes.
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
    const box = contentBox(o);
    return { width: box.width, height: box.height - OWN_PAGE_HEADING - CAPTION - 8 };
  };
  const { scene } = input;
  const alongX = scene.direction === "right";
  const boxes = scene.nodes.map((n) => (alongX ? { start: n.x, end: n.x + n.width } : { start: n.y, end: n.y + n.height }));
  // Where two frames meet: halfway across the gap between them.
  const frames = scene.stages.map((f) => (alongX ? { start: f.x, end: f.x + f.width } : { start: f.y, end: f.y + f.height }));
  frames.sort((a, b) => a.start - b.start);
  const boundaries = frames.slice(1).map((f, i) => (frames[i]!.end + f.start) / 2);
  // A "rows" drawing stacks its stage bands like "down": tiles are cut between rows.
  return planDiagram(scene.bounds, room, own, alongX ? "right" : "down", boxes, boundaries);
};

interface Ctx {
  metrics: FontMetrics;
  print: Printer;
  outline: Outline;
  onTotal: ((n: number) => void) | undefined;
  /** Footer text: the pack's name in a course pack, the document id alone otherwise. */
  footer: string;
}

const chrome = (input: HandoutInput, ctx: Ctx, orientation: Orientation = "portrait") => (
  <PageChrome
    orientation={orientation}
    left="Machine Learning Systems Design · handout"
    right={ctx.print(truncate(input.document.title, 70))}
    footer={ctx.footer}
    {...(ctx.onTotal ? { onTotal: ctx.onTotal } : {})}
  />
);

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const DiagramBlock = ({ scene, plan, index, ctx }: { scene: Scene; plan: DiagramPlan; index: number; ctx: Ctx }) => {
  const view = plan.tiles[index]!;
  if (scene.nodes.length === 0 || view.width <= 0 || view.height <= 0)
    return (
      <View style={{ borderWidth: 0.8, borderColor: ink.rule, borderStyle: "dashed", padding: 24, marginVertical: 8 }}>
        <Text style={[s.muted, { textAlign: "center" }]}>No components are drawn yet: sketch them here, stage by stage.</Text>
      </View>
    );
  const printedLabel = (LABEL_UNITS * plan.scale).toFixed(1);
  const part =
    plan.tiles.length > 1 ? ` Part ${index + 1} of ${plan.tiles.length}: lines that leave the page continue on the neighbouring part.` : "";
  return (
    <View style={{ alignItems: "center" }} wrap={false}>
      <Diagram scene={scene} view={view} scale={plan.scale} print={ctx.print} />
      <Text style={[s.caption, { alignSelf: "flex-start" }]}>
        Figure: the design by stage, drawn at {Math.round(plan.scale * 100)}% (labels {printedLabel} pt).{part}
      </Text>
    </View>
  );
};

/**
 * The pages of one handout, to be placed inside a react-pdf <Document>: title, citation,
 * summary and diagram first; then components by stage, design notes, the design review
 * and the checklist with room to write.
 */
export const handoutPages = (input: HandoutInput, ctx: Ctx, options: { anchor?: string; parentRef?: number; label?: string } = {}) => {
  const { document, scene } = input;
  const findings = findingsFor(input);
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
      <ComponentsTable scene={scene} print={print} bookmark={sub("Components by stage")} />
      <DesignNotes document={document} print={print} bookmark={sub("Design notes")} />
      {findings ? <DesignReview document={document} findings={findings} print={print} bookmark={sub("Design review")} /> : null}
      <Checklist bookmark={sub("Checklist")} />
    </>
  );
  const key = document.id;
  const box = contentBox("portrait");
  const overviewRoom = {
    width: box.width,
    height: Math.min(300, box.height - titleBlockHeight(input, box.width, ctx.metrics, print.missing.length) - legendHeight(scene) - 70),
  };
  if (plan.placement === "first-page") {
    return [
      <Page key={`${key}-1`} size="A4" orientation={plan.orientation} style={s.page}>
        {chrome(input, ctx, plan.orientation)}
        {titleBlock}
        <View>
          <View {...bookmarkProps(sub("Diagram"))}>
            <DiagramBlock scene={scene} plan={plan} index={0} ctx={ctx} />
          </View>
        </View>
        <Legend scene={scene} />
      </Page>,
      <Page key={`${key}-2`} size="A4" style={s.page} experimentalPagination>
        {chrome(input, ctx)}
        {body}
      </Page>,
    ];
  }
  return [
    <Page key={`${key}-1`} size="A4" style={s.page}>
      {chrome(input, ctx)}
      {titleBlock}
      <View style={{ marginTop: 4 }}>
        <Text style={s.h3}>
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
          />
        </View>
        <Text style={s.caption}>
          {plan.placement === "parts"
            ? "Too large to print legibly on one page: each numbered part follows on a page of its own, with its labels at 6 pt or more."
            : "The legible drawing is on the next page."}
        </Text>
      </View>
      <Legend scene={scene} />
    </Page>,
    ...plan.tiles.map((tile, i) => (
      <Page key={`${key}-tile-${tile.x}-${tile.y}`} size="A4" orientation={plan.orientation} style={s.page}>
        {chrome(input, ctx, plan.orientation)}
        <View wrap={false}>
          <Text style={[s.h3, { marginTop: 0, height: OWN_PAGE_HEADING - 4 }]} {...(i === 0 ? { bookmark: sub("Diagram") } : {})}>
            Diagram{plan.tiles.length > 1 ? ` (part ${i + 1} of ${plan.tiles.length})` : ""}: {print(truncate(document.title, 60))}
          </Text>
          <DiagramBlock scene={scene} plan={plan} index={i} ctx={ctx} />
        </View>
      </Page>
    )),
    <Page key={`${key}-2`} size="A4" style={s.page} experimentalPagination>
      {chrome(input, ctx)}
      {body}
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
  /** Called with the page count once react-pdf has laid the pages out. */
  onPageCount?: (pages: number) => void;
}

/**
 * A complete handout as a react-pdf <Document>.
 * @public
 */
export const Handout = ({ metrics = FALLBACK_METRICS, onPageCount, ...input }: HandoutProps) => {
  const { document } = input;
  const ctx: Ctx = {
    metrics,
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
