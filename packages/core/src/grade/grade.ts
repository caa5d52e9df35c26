import type { EdgeId, NodeId } from "../ids.js";
import { buildContext } from "../review/context.js";
import { review } from "../review/review.js";
import type { Finding } from "../review/types.js";
import type { Document } from "../schema.js";
import { evaluate, type GradeContext } from "./requirements.js";
import type { Exercise } from "./rubric.js";

/**
 * One rubric item as a design fared on it.
 * @public
 */
export interface GradeItem {
  id: string;
  title: string;
  why: string;
  points: number;
  /** Points earned: all or nothing, except review findings, which may cost part of an item. */
  earned: number;
  passed: boolean;
  /** The parts that satisfied the item (labels and ids), or what is missing, in plain words. */
  evidence: string;
  /** The parts the evidence names, so a viewer can point at them. */
  nodes: NodeId[];
  edges: EdgeId[];
}

/**
 * The result of grading a design: points earned out of the rubric's maximum, item by item.
 * @public
 */
export interface Grade {
  score: number;
  max: number;
  items: GradeItem[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Grades a design against an exercise's rubric. Structural: ids never matter; kinds,
 * stages, labels, properties, edges and loops do. Pure, and linear in the design's size
 * per item.
 * @public
 */
export const gradeDesign = (submission: Document, exercise: Pick<Exercise, "rubric">): Grade => {
  let findings: Finding[] | undefined;
  const ctx: GradeContext = {
    index: buildContext(submission),
    findings: () => {
      findings ??= review(submission);
      return findings;
    },
  };
  const items = exercise.rubric.items.map((item): GradeItem => {
    const result = evaluate(item.requirement, ctx, item.points);
    return {
      id: item.id,
      title: item.title,
      why: item.why,
      points: item.points,
      earned: round(item.points * result.share),
      passed: result.passed,
      evidence: result.evidence,
      nodes: result.nodes,
      edges: result.edges,
    };
  });
  return {
    score: round(items.reduce((sum, i) => sum + i.earned, 0)),
    max: items.reduce((sum, i) => sum + i.points, 0),
    items,
  };
};
