import { formatProblems, isPlaced, type LoadError, parseDocumentText } from "@mlsd/core";
import { type Scene, sceneFromDocument } from "@mlsd/scene";

/**
 * Why a design cannot be shown, in words for the page's reader and its author.
 * @public
 */
export interface Failure {
  title: string;
  /** One line per problem, `path: message`. */
  lines: string[];
}

/**
 * A Scene to draw, or why there is none.
 * @public
 */
export type Loaded = { ok: true; scene: Scene } | { ok: false; failure: Failure };

const fromLoadError = (error: LoadError): Failure => ({
  title: `This design could not be shown. ${error.message}`,
  lines: formatProblems(error.problems.slice(0, 20)).concat(
    error.problems.length > 20 ? [`… and ${error.problems.length - 20} more problems`] : [],
  ),
});

export const NO_POSITIONS: Failure = {
  title: "This design has no stored layout.",
  lines: [
    "<mlsd-diagram> draws saved positions and carries no layout engine.",
    "Open the file in the mlsd editor and save it, or lay it out with the mlsd command, then embed the saved file.",
  ],
};

/**
 * The text of a `.mlsd.json` file → a Scene to draw, or the reasons it cannot be drawn.
 * Never throws; no layout engine: a document must carry its positions.
 * @public
 */
export const sceneFromText = (text: string): Loaded => {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) return { ok: false, failure: fromLoadError(parsed.error) };
  return isPlaced(parsed.value) ? { ok: true, scene: sceneFromDocument(parsed.value) } : { ok: false, failure: NO_POSITIONS };
};

/** A failed fetch, worded for the page. `src` is shown as text, never as markup. */
export const fetchFailure = (src: string, detail: string): Failure => ({
  title: "This design could not be loaded.",
  lines: [`${src}: ${detail}`],
});
