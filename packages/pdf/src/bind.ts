// Binds already-rendered PDFs into one (the course pack) with pdf-lib: pages are copied as
// printed, named destinations and the outline are rebuilt to point at the copies. Runs in
// Node and the browser: no Node built-ins here.
import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  type PDFPage,
  PDFRef,
  PDFString,
} from "pdf-lib";

/** Parses a PDF in one go (pdf-lib otherwise yields to the event loop every 100 objects). */
export const loadPdf = (bytes: Uint8Array): Promise<PDFDocument> =>
  PDFDocument.load(bytes, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });

/** A PDF to bind behind a part's divider: its bookmark title and the anchor of its first page. */
export interface BoundPdf {
  title: string;
  anchor: string;
  pdf: PDFDocument;
}

/** What to bind: front matter (lead pages, then each part's divider) and the PDFs of each part. */
export interface BindPlan {
  /** Cover and contents, then the dividers; named destinations mark the contents and each divider. */
  front: PDFDocument;
  contents: { title: string; anchor: string };
  parts: { title: string; anchor: string; entries: BoundPdf[] }[];
  info: { title: string; creator: string; producer: string; language: string };
}

interface OutlineNode {
  title: string;
  dest: PDFObject[];
  kids: OutlineNode[];
  open: boolean;
}

const name = (n: string) => PDFName.of(n);
const text = (o: PDFObject | undefined): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

/** The catalog's /Names /Dests name tree, flattened. */
const namedDests = (doc: PDFDocument): Map<string, PDFObject> => {
  const out = new Map<string, PDFObject>();
  const walk = (node: PDFObject | undefined) => {
    if (!(node instanceof PDFDict)) return;
    const names = node.lookup(name("Names"));
    if (names instanceof PDFArray)
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = text(names.lookup(i));
        const dest = names.lookup(i + 1);
        if (key !== undefined && dest) out.set(key, dest);
      }
    const kids = node.lookup(name("Kids"));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.lookup(i));
  };
  const names = doc.catalog.lookup(name("Names"));
  if (names instanceof PDFDict) walk(names.lookup(name("Dests")));
  return out;
};

/** Where an outline item or a link goes: its /Dest, or the /D of its GoTo action. */
const destOf = (item: PDFDict): PDFObject | undefined => {
  const action = item.lookup(name("A"));
  return (
    item.lookup(name("Dest")) ??
    (action instanceof PDFDict && action.lookup(name("S")) === name("GoTo") ? action.lookup(name("D")) : undefined)
  );
};

/**
 * A destination (an explicit array or a name) as a page index and its view (`/Fit`,
 * `/XYZ left top zoom`, …).
 */
const resolve = (
  pages: readonly PDFRef[],
  dests: Map<string, PDFObject>,
  dest: PDFObject | undefined,
): { page: number; view: PDFObject[] } | undefined => {
  let d = dest;
  const key = text(d) ?? (d instanceof PDFName ? d.decodeText() : undefined);
  if (key !== undefined) d = dests.get(key);
  if (d instanceof PDFDict) d = d.lookup(name("D"));
  if (!(d instanceof PDFArray)) return undefined;
  const page = pages.indexOf(d.get(0) as PDFRef);
  if (page < 0) return undefined;
  const view = d.asArray().slice(1);
  // Keep the view only when it is plain values: a reference would point into the other file.
  return { page, view: view.every((o) => !(o instanceof PDFRef)) ? view : [name("Fit")] };
};

const pageRefs = (doc: PDFDocument): PDFRef[] => doc.getPages().map((p) => p.ref);

/** A PDF's outline, with destinations moved onto `pages` (its pages as copied). */
const readOutline = (doc: PDFDocument, pages: readonly PDFPage[]): OutlineNode[] => {
  const dests = namedDests(doc);
  const refs = pageRefs(doc);
  const level = (first: PDFObject | undefined): OutlineNode[] => {
    const out: OutlineNode[] = [];
    for (let item = first; item instanceof PDFDict; item = item.lookup(name("Next"))) {
      const target = resolve(refs, dests, destOf(item));
      const page = target && pages[target.page];
      const kids = level(item.lookup(name("First")));
      if (page) out.push({ title: text(item.lookup(name("Title"))) ?? "", dest: [page.ref, ...target.view], kids, open: false });
      else out.push(...kids);
    }
    return out;
  };
  const root = doc.catalog.lookup(name("Outlines"));
  return root instanceof PDFDict ? level(root.lookup(name("First"))) : [];
};

/** Visible entries under `nodes` when each is as open as it says. */
const visible = (nodes: readonly OutlineNode[]): number => nodes.reduce((a, n) => a + 1 + (n.open ? visible(n.kids) : 0), 0);

const writeOutline = (doc: PDFDocument, nodes: readonly OutlineNode[]): void => {
  const { context } = doc;
  const level = (list: readonly OutlineNode[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => context.nextRef());
    list.forEach((n, i) => {
      const dict = context.obj({ Title: PDFHexString.fromText(n.title), Parent: parent, Dest: context.obj(n.dest) });
      if (i > 0) dict.set(name("Prev"), refs[i - 1]!);
      if (i < list.length - 1) dict.set(name("Next"), refs[i + 1]!);
      if (n.kids.length > 0) {
        const kids = level(n.kids, refs[i]!);
        dict.set(name("First"), kids[0]!);
        dict.set(name("Last"), kids.at(-1)!);
        // Positive: open, showing that many entries; negative: closed.
        dict.set(name("Count"), PDFNumber.of(n.open ? visible(n.kids) : -n.kids.length));
      }
      context.assign(refs[i]!, dict);
    });
    return refs;
  };
  if (nodes.length === 0) return;
  const root = context.nextRef();
  const top = level(nodes, root);
  context.assign(root, context.obj({ Type: "Outlines", First: top[0]!, Last: top.at(-1)!, Count: visible(nodes) }));
  doc.catalog.set(name("Outlines"), root);
  doc.catalog.set(name("PageMode"), name("UseOutlines"));
};

const writeNamedDests = (doc: PDFDocument, dests: Map<string, PDFObject[]>): void => {
  const { context } = doc;
  // A name tree's keys are sorted by their bytes; anchors are ASCII.
  const entries = [...dests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const names = context.obj(entries.flatMap(([key, dest]) => [PDFString.of(key), context.obj(dest)]));
  doc.catalog.set(name("Names"), context.obj({ Dests: context.obj({ Names: names }) }));
};

/**
 * Binds the front matter and the parts' PDFs into one document: lead pages, then per part its
 * divider and the pages of each PDF, copied as they are (fonts and all, once per source).
 * Links in the front matter go to named destinations: every anchor is written again, pointing
 * at the copied pages. The outline: contents, then part → entry → the entry's own outline.
 */
export const bindPdfs = async (plan: BindPlan): Promise<{ bytes: Uint8Array; pages: number }> => {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { front } = plan;
  const frontDests = namedDests(front);
  const frontPages = await doc.copyPages(front, front.getPageIndices());
  const anchored = new Map<string, { page: number; view: PDFObject[] }>();
  const frontRefs = pageRefs(front);
  for (const [key, dest] of frontDests) {
    const d = resolve(frontRefs, frontDests, dest);
    if (d) anchored.set(key, d);
  }
  const frontPage = (anchor: string): number => {
    const d = anchored.get(anchor);
    if (!d) throw new Error(`course pack: the front matter has no page anchored "${anchor}"`);
    return d.page;
  };
  const dests = new Map<string, PDFObject[]>();
  for (const [key, d] of anchored) dests.set(key, [frontPages[d.page]!.ref, ...d.view]);
  const starts = plan.parts.map((p) => frontPage(p.anchor));
  const wholePage = (page: PDFPage) => [page.ref, name("Fit")];
  // A pack without entries has no contents page: then no contents entry either.
  const contents = anchored.get(plan.contents.anchor);
  const outline: OutlineNode[] = contents
    ? [{ title: plan.contents.title, dest: wholePage(frontPages[contents.page]!), kids: [], open: false }]
    : [];
  for (const page of frontPages.slice(0, starts[0] ?? frontPages.length)) doc.addPage(page);
  for (const [pi, part] of plan.parts.entries()) {
    const divider = frontPages.slice(starts[pi], starts[pi + 1] ?? frontPages.length);
    for (const page of divider) doc.addPage(page);
    const node: OutlineNode = { title: part.title, dest: wholePage(divider[0]!), kids: [], open: true };
    for (const entry of part.entries) {
      // One copyPages call per source: its shared resources (fonts) are copied once.
      const pages = await doc.copyPages(entry.pdf, entry.pdf.getPageIndices());
      const first = pages[0];
      if (!first) throw new Error(`course pack: "${entry.title}" has no pages`);
      for (const page of pages) doc.addPage(page);
      dests.set(entry.anchor, [first.ref, name("XYZ"), PDFNumber.of(0), PDFNumber.of(first.getHeight()), PDFNull]);
      const own = readOutline(entry.pdf, pages);
      // A handout's outline is its title over its sections: the sections go under this entry.
      const sections = own.length === 1 && own[0]!.dest[0] === first.ref ? own[0]!.kids : own;
      node.kids.push({ title: entry.title, dest: wholePage(first), kids: sections, open: false });
    }
    outline.push(node);
  }
  writeNamedDests(doc, dests);
  writeOutline(doc, outline);
  const { info } = plan;
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
  doc.setLanguage(info.language);
  doc.setCreationDate(new Date());
  // Classic cross-reference table, no object streams: page objects stay readable as text.
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: doc.getPageCount() };
};
