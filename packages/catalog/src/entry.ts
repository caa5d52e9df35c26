import type { SourceInfo, StageName } from "@mlsd/core";

export type CatalogKind = "case-study" | "exercise" | "flow";

/** What a gallery needs to list a document without loading it. */
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
  summary: string;
  source?: SourceInfo;
}
