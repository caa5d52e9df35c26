/**
 * Size limits: past them a document is refused with a clear message rather than slowing every tool down.
 * @public
 */
export const LIMITS = {
  nodes: 2000,
  edges: 5000,
  notes: 500,
  labelLength: 200,
  titleLength: 200,
  summaryLength: 4000,
  notesLength: 5000,
  propStringLength: 200,
  urlLength: 2000,
  coordinate: 1_000_000,
  /** Bytes of JSON text accepted by parseDocumentText. */
  textBytes: 20 * 1024 * 1024,
} as const;
