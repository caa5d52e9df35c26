import { type Document, isPlaced, LIMITS, type LoadError, parseDocumentText, serializeDocument } from "@mlsd/core";
import { applyScene, LayoutError, layout } from "@mlsd/layout";
import { type Scene, sceneFromDocument } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";

/**
 * The path every design takes, as stages. Each stage reads what the earlier ones left in
 * the context and adds its own output; a stage may refuse the input with a typed error
 * (core's LoadError, a LayoutError), which ends the run cleanly. Any other throw, an output
 * over its bound, or a stored document that does not load again is a failure.
 *
 * Adding a stage (the PDF handout, next) is one entry in STAGES.
 */
export interface Context {
  /** The input: the text of a file. */
  text: string;
  doc?: Document;
  scene?: Scene;
  /** The document with the layout's positions stored, as `mlsd layout -o` writes it. */
  stored?: Document;
  redrawn?: Scene;
  svg?: string;
}

/** A typed refusal: the input was bad, and the stage said so without throwing. */
export class Refused extends Error {}

export interface Stage {
  name: string;
  run: (c: Context) => Promise<Partial<Context>> | Partial<Context>;
}

const need = <K extends keyof Context>(c: Context, key: K): NonNullable<Context[K]> => {
  const value = c[key];
  if (value === undefined || value === null) throw new Error(`stage input "${key}" is missing`);
  return value as NonNullable<Context[K]>;
};

const check = (ok: boolean, message: string) => {
  if (!ok) throw new Error(message);
};

const refuse = (error: LoadError): never => {
  for (const p of error.problems) check(p.message.length < 400, `a problem message of ${p.message.length} characters`);
  throw new Refused(error.message);
};

/** How large a drawing of a design may get: a fixed part, per part and connection, and its text. */
const svgBound = (doc: Document, text: string) => 20_000 + 4_000 * (doc.nodes.length + doc.edges.length) + 6 * Buffer.byteLength(text);

export const STAGES: Stage[] = [
  {
    name: "parse",
    run: (c) => {
      const read = parseDocumentText(c.text);
      if (!read.ok) refuse(read.error);
      return { doc: read.ok ? read.value : undefined };
    },
  },
  {
    name: "layout",
    run: async (c) => {
      try {
        return { scene: await layout(need(c, "doc")) };
      } catch (e) {
        if (e instanceof LayoutError) throw new Refused(e.message);
        throw e;
      }
    },
  },
  {
    name: "store",
    run: (c) => {
      const stored = applyScene(need(c, "doc"), need(c, "scene"));
      // The round trip: what layout writes, parse accepts.
      const again = parseDocumentText(serializeDocument(stored));
      check(again.ok, `the stored layout does not load: ${again.ok ? "" : JSON.stringify(again.error.problems.slice(0, 3))}`);
      return { stored };
    },
  },
  {
    name: "scene",
    run: (c) => {
      const stored = need(c, "stored");
      check(isPlaced(stored), "what layout stored is not a placed document");
      const redrawn = isPlaced(stored) ? sceneFromDocument(stored) : null;
      const b = need(c, "scene").bounds;
      check(Number.isFinite(b.width) && Number.isFinite(b.height), "scene bounds are not finite");
      return { redrawn: redrawn ?? undefined };
    },
  },
  {
    name: "svg",
    run: (c) => {
      const doc = need(c, "stored");
      const svg = renderSvg(need(c, "redrawn"));
      check(svg.startsWith("<svg ") && /<\/svg>\n?$/.test(svg), "not an SVG document");
      check(svg.length <= svgBound(doc, c.text), `SVG of ${svg.length} characters for ${doc.nodes.length} parts`);
      check(!/<script/i.test(svg), "markup from the design reached the SVG");
      return { svg };
    },
  },
];

/** Runs the stages in order; resolves to the stage that refused the input, if any. Throws on any other failure. */
export const runPipeline = async (text: string, stages: readonly Stage[] = STAGES): Promise<{ refusedAt?: string; context: Context }> => {
  check(Buffer.byteLength(text) <= LIMITS.textBytes * 2, "the fuzzer made an input far over the size limit");
  let context: Context = { text };
  for (const stage of stages) {
    try {
      context = { ...context, ...(await stage.run(context)) };
    } catch (e) {
      if (e instanceof Refused) return { refusedAt: stage.name, context };
      throw new Error(`stage ${stage.name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
  return { context };
};
