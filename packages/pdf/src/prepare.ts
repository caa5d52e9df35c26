import type { Document, Rubric } from "@mlsd/core";
import { review } from "@mlsd/core/review";
import type { Scene } from "@mlsd/scene";
import type { HandoutFinding } from "./findings.js";
import type { FontMetrics } from "./fonts.js";
import { createPrinter, type Printer } from "./text.js";

/**
 * One design to print: the document for its words, the Scene for its drawing.
 * @public
 */
export interface HandoutInput {
  document: Document;
  scene: Scene;
  /** Design-review findings; when absent, core's `review(document)` supplies them. */
  findings?: readonly HandoutFinding[];
  /** `false` leaves the design-review section out. */
  review?: boolean;
  /**
   * What to print (default `"handout"`). `"worksheet"`: an exercise to do on paper, from its
   * starter: the prompt, empty stage bands to draw in, the questions with room to write.
   * `"answer-key"`: the exercise's reference design printed as a handout, with `rubric`
   * in place of the questions.
   */
  variant?: "handout" | "worksheet" | "answer-key";
  /** The rubric an answer key prints (`getRubric` of `@mlsd/catalog`). */
  rubric?: Rubric;
}

/** The findings a handout prints: those given, else core's review; none when review is off. */
export const findingsFor = (input: HandoutInput): readonly HandoutFinding[] | undefined =>
  input.review === false ? undefined : (input.findings ?? review(input.document));

/**
 * Every user string a handout prints, so the missing-glyph notice on page 1 knows them all.
 * @internal
 */
export const handoutStrings = (input: HandoutInput): string[] => {
  const { document, scene } = input;
  const findings = findingsFor(input);
  return [
    document.title,
    document.summary,
    ...(document.source
      ? [document.source.title, document.source.author ?? "", document.source.venue ?? "", document.source.url ?? ""]
      : []),
    ...document.nodes.flatMap((n) => [n.label, n.notes ?? "", ...Object.values(n.props).map((v) => String(v))]),
    ...scene.nodes.map((n) => n.label),
    ...scene.edges.map((e) => e.label ?? ""),
    ...scene.stages.map((f) => f.title),
    ...document.notes.flatMap((n) => [n.title ?? "", n.text]),
    ...(findings ?? []).flatMap((f) => [f.message, f.why ?? "", f.hint ?? ""]),
    ...(input.rubric?.items ?? []).flatMap((item) => [item.title, item.why]),
  ];
};

/** A printer that has already seen every string of the handout. */
export const printerFor = (input: HandoutInput, metrics: FontMetrics): Printer => {
  const print = createPrinter(metrics.covers, metrics.measure);
  for (const text of handoutStrings(input)) print(text);
  return print;
};
