import type { NodeKind, SourceInfo, StageName } from "@mlsd/core";

/**
 * What a catalogue entry is: the booklet's project flow, a case study or an exercise.
 * @public
 */
export type CatalogKind = "case-study" | "exercise" | "flow";

/**
 * What a gallery needs to list a document without loading it.
 * @public
 */
export interface CatalogEntry {
  id: string;
  kind: CatalogKind;
  title: string;
  /** The organisation whose system a case study describes. */
  org?: string;
  /** The year of the source. */
  year?: number;
  tags: string[];
  nodeCount: number;
  edgeCount: number;
  feedbackEdgeCount: number;
  /** The stages that hold at least one node, in lifecycle order. */
  stages: StageName[];
  /** The kinds of parts the design uses, each once, in the order of core's `NODE_KINDS` (a gallery filters on them). */
  partKinds: NodeKind[];
  summary: string;
  source?: SourceInfo;
}
