import { z } from "zod";
import { type DocumentId, type EdgeId, ID_PATTERN, type NodeId } from "./ids.js";
import { EDGE_KINDS, type EdgeKind, KINDS, type KindProps, NODE_KINDS, type NodeKind } from "./kinds.js";
import { LIMITS } from "./limits.js";
import type { PropSpec, PropSpecs } from "./props.js";
import { STAGE_IDS, type StageId } from "./stages.js";

/**
 * The `format` field every mlsd document carries.
 * @public
 */
export const FORMAT = "mlsd" as const;
/**
 * The document version this code writes. Older versions are migrated on load.
 * @public
 */
export const CURRENT_VERSION = 1 as const;
/**
 * Where the published JSON Schema lives, for a document's `"$schema"` field: the file that
 * `@mlsd/core` ships, on a CDN, pinned to the package's major version so the address stays
 * stable while every 0.x release may still update it.
 * @public
 */
export const SCHEMA_URL = "https://cdn.jsdelivr.net/npm/@mlsd/core@0/schema/mlsd.schema.json" as const;

const id = z.string().regex(ID_PATTERN, "expected an id of letters, digits and _ . : - (at most 80 characters)");
const text = (max: number) => z.string().max(max);
const coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);

const propSchema = (s: PropSpec): z.ZodType => {
  switch (s.type) {
    case "number": {
      let n = z.number().finite();
      if (s.integer) n = n.int();
      if (s.min !== undefined) n = n.min(s.min);
      if (s.max !== undefined) n = n.max(s.max);
      return n;
    }
    case "string":
      return z.string().max(s.maxLength ?? LIMITS.propStringLength);
    case "boolean":
      return z.boolean();
    case "enum":
      return z.enum(s.options as [string, ...string[]]);
  }
};

const propsSchema = (specs: PropSpecs) =>
  z.strictObject(Object.fromEntries(Object.entries(specs).map(([key, s]) => [key, propSchema(s).optional()])));

export const PointSchema = z.strictObject({ x: coordinate, y: coordinate });
export const SizeSchema = z.strictObject({
  width: z.number().finite().positive().max(LIMITS.coordinate),
  height: z.number().finite().positive().max(LIMITS.coordinate),
});
export const StageSchema = z.enum(STAGE_IDS);

const nodeVariant = <K extends NodeKind>(kind: K) =>
  z.strictObject({
    id,
    kind: z.literal(kind),
    stage: StageSchema,
    label: text(LIMITS.labelLength),
    props: propsSchema(KINDS[kind].props),
    notes: text(LIMITS.notesLength).optional(),
    position: PointSchema.optional(),
    size: SizeSchema.optional(),
    pinned: z.boolean().optional(),
  });

/**
 * The zod schema of a node (properties checked against its kind).
 * @public
 */
export const NodeSchema = z.discriminatedUnion(
  "kind",
  NODE_KINDS.map((k) => nodeVariant(k)) as unknown as [ReturnType<typeof nodeVariant>, ...ReturnType<typeof nodeVariant>[]],
);

/**
 * The zod schema of an edge.
 * @public
 */
export const EdgeSchema = z.strictObject({
  id,
  kind: z.enum(EDGE_KINDS),
  source: id,
  target: id,
  label: text(LIMITS.labelLength).optional(),
});

export const NoteSchema = z.strictObject({
  id,
  title: text(LIMITS.titleLength).optional(),
  text: text(LIMITS.notesLength),
  stage: StageSchema.optional(),
  nodes: z.array(id).max(LIMITS.nodes).optional(),
});

/** Quotes, angle brackets, control and bidi characters never belong in an address, and break out of attributes and links. */
const httpUrl = z
  .string()
  .max(LIMITS.urlLength)
  .regex(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern refuses (kept as ranges so the JSON Schema needs no unicode mode)
    /^https?:\/\/[^\s"<>\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+$/i,
    'expected an http(s) address without spaces, quotes ("), angle brackets (< >) or control characters',
  );

export const SourceSchema = z.strictObject({
  title: text(LIMITS.titleLength),
  author: text(LIMITS.titleLength).optional(),
  venue: text(LIMITS.titleLength).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  url: httpUrl.optional(),
});

/**
 * A review finding the authors chose to keep, with the reason a reader will see beside it.
 * @public
 */
export const SuppressionSchema = z.strictObject({
  rule: z.string().regex(/^[a-z][a-z0-9-]*\/[a-z0-9-]{1,60}$/, "expected a rule id such as serving/no-monitoring"),
  node: id.optional(),
  reason: z.string().max(LIMITS.reasonLength).regex(/\S/, "must not be empty"),
});

/**
 * The arrangements a stored layout can name: stage bands side by side ("right"), stacked
 * with the flow running down ("down"), or stacked as rows with the flow running right inside
 * each ("rows").
 * @public
 */
export const LAYOUT_DIRECTIONS = ["right", "down", "rows"] as const;
/** @public */
export type LayoutDirection = (typeof LAYOUT_DIRECTIONS)[number];
/**
 * A layout target as stored: "screen", "a4-portrait", "a4-landscape" or a width:height ratio.
 * @public
 */
export const LAYOUT_TARGET_PATTERN = /^(screen|a4-portrait|a4-landscape|\d{1,4}(\.\d{1,3})?:\d{1,4}(\.\d{1,3})?)$/;

/**
 * The zod schema of a document of the current version (`parseDocument` migrates older ones first).
 * @public
 */
export const DocumentSchema = z.strictObject({
  /** The JSON Schema editors validate the file with (VS Code and others read it); any address. */
  $schema: z.string().max(LIMITS.urlLength).optional(),
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  id,
  title: text(LIMITS.titleLength),
  summary: text(LIMITS.summaryLength),
  source: SourceSchema.optional(),
  tags: z.array(text(LIMITS.tagLength)).max(LIMITS.tags).optional(),
  /** How the stored positions were laid out, so viewers route edges the same way. */
  layout: z
    .strictObject({
      direction: z.enum(LAYOUT_DIRECTIONS),
      /** The shape a "rows" layout was fitted to: "screen", "a4-portrait", "a4-landscape" or "W:H". */
      target: z.string().regex(LAYOUT_TARGET_PATTERN, 'expected "screen", "a4-portrait", "a4-landscape" or W:H such as 16:9').optional(),
    })
    .optional(),
  nodes: z.array(NodeSchema).max(LIMITS.nodes),
  edges: z.array(EdgeSchema).max(LIMITS.edges),
  notes: z.array(NoteSchema).max(LIMITS.notes),
  suppressions: z.array(SuppressionSchema).max(LIMITS.suppressions).optional(),
});

// ── Types ────────────────────────────────────────────────────────────────────

/**
 * A point in the drawing's coordinates (px, y down).
 * @public
 */
export interface Point {
  x: number;
  y: number;
}
/**
 * A width and a height (px).
 * @public
 */
export interface Size {
  width: number;
  height: number;
}

interface NodeBase {
  id: NodeId;
  stage: StageId;
  label: string;
  notes?: string;
  /** Absolute top-left corner. */
  position?: Point;
  size?: Size;
  /** A pinned node keeps its position when the layout runs again. */
  pinned?: boolean;
}

/**
 * A node: a discriminated union on `kind`, so `props` is typed for each kind.
 * @public
 */
export type DesignNode = { [K in NodeKind]: NodeBase & { kind: K; props: KindProps<K> } }[NodeKind];
/**
 * The node type of one kind, with its typed properties.
 * @public
 */
export type NodeOf<K extends NodeKind> = Extract<DesignNode, { kind: K }>;

/**
 * A connection between two nodes: data, control (trigger), deploy, or feedback (a loop back to an earlier stage).
 * @public
 */
export interface DesignEdge {
  id: EdgeId;
  kind: EdgeKind;
  source: NodeId;
  target: NodeId;
  label?: string;
}

/**
 * A note on the design, optionally about a stage or some nodes.
 * @public
 */
export interface DesignNote {
  id: string;
  title?: string;
  text: string;
  stage?: StageId;
  /** Nodes the note is about. */
  nodes?: NodeId[];
}

/**
 * Where a design comes from: a title, and optionally author, venue, year and address.
 * @public
 */
export interface SourceInfo {
  title: string;
  author?: string;
  venue?: string;
  year?: number;
  url?: string;
}

/**
 * Silences one review rule, for the whole design or for one node, with a reason.
 * @public
 */
export interface Suppression {
  rule: string;
  node?: NodeId;
  reason: string;
}

/**
 * A design as stored in a `.mlsd.json` file. Positions are optional.
 * @public
 */
export interface Document {
  /** The JSON Schema address editors read; kept as it was on save. */
  $schema?: string;
  format: typeof FORMAT;
  version: typeof CURRENT_VERSION;
  id: DocumentId;
  title: string;
  summary: string;
  source?: SourceInfo;
  tags?: string[];
  /**
   * How the stored positions were laid out; "right" when absent. "rows" (what `mlsd layout`
   * makes by default) stacks the stage bands as rows with the flow running right inside them,
   * fitted to `target`.
   */
  layout?: { direction: LayoutDirection; target?: string };
  nodes: DesignNode[];
  edges: DesignEdge[];
  notes: DesignNote[];
  suppressions?: Suppression[];
}
