/**
 * Size limits: past them a document (or a picture, or a share link) is refused with a clear
 * message rather than slowing every tool down. The README's "Limits" table is checked
 * against these values.
 * @public
 */
export const LIMITS = {
  nodes: 2000,
  edges: 5000,
  notes: 500,
  tags: 20,
  tagLength: 40,
  suppressions: 500,
  reasonLength: 500,
  labelLength: 200,
  titleLength: 200,
  summaryLength: 4000,
  notesLength: 5000,
  propStringLength: 200,
  urlLength: 2000,
  /** Stored positions and sizes lie within ±coordinate (pixels). */
  coordinate: 1_000_000,
  /** The smallest side mlsd stores for a box (pixels): the schema wants sizes above 0. */
  minSide: 1,
  /** Bytes (UTF-8) of JSON text accepted from a file, standard input or an import. */
  textBytes: 20 * 1024 * 1024,
  /** The longest side of a PNG picture, in pixels (the editor's export and `mlsd render`). */
  pngSide: 8000,
  /** Bytes a share link may unpack to; unpacking stops as soon as it passes this. */
  shareLinkBytes: 2 * 1024 * 1024,
} as const;
