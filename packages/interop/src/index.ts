export type { ImportError } from "./errors.js";
export { type DrawioExportError, exportDrawio } from "./export/drawio.js";
export { exportMermaid } from "./export/mermaid.js";
export { type ImportOptions, type ImportOutcome, importMermaid } from "./import/import.js";
export type { KindReason } from "./import/infer-kind.js";
export { formatImportReport, type ImportedEdge, type ImportedPart, type ImportReport, type ReportEntry } from "./import/report.js";
export { type MermaidBlock, mermaidBlocks } from "./mermaid/markdown.js";
