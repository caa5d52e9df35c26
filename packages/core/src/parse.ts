import type { z } from "zod";
import { checkTextSize, decodeDocumentBytes } from "./encoding.js";
import { describeValue, type LoadError, type Problem } from "./errors.js";
import { escapeControls } from "./escape.js";
import { problemFromIssue } from "./issues.js";
import { LIMITS } from "./limits.js";
import { checkMigrationChain, MIGRATIONS, type Migration, type RawDocument, runMigrations } from "./migrations.js";
import { checkReferences } from "./references.js";
import { err, ok, type Result } from "./result.js";
import { CURRENT_VERSION, type Document, DocumentSchema, FORMAT } from "./schema.js";

const FIRST_VERSION = 1;

/**
 * What `createLoader` needs: the version it produces, the migrations to get there, and the validation.
 * @internal
 */
export interface LoaderConfig<T> {
  /** The version this loader produces. */
  version: number;
  migrations: readonly Migration[];
  /** Every problem of a migrated document, or none when it is valid. */
  validate: (doc: RawDocument) => Problem[];
  /** Builds the value once `validate` found nothing. */
  build: (doc: RawDocument) => T;
}

const isRecord = (v: unknown): v is RawDocument => typeof v === "object" && v !== null && !Array.isArray(v);

const fail = (kind: "notADocument" | "invalid", problems: Problem[]): { ok: false; error: LoadError } =>
  err({
    kind,
    message:
      kind === "notADocument"
        ? "This is not an mlsd document."
        : `The document has ${problems.length} problem${problems.length === 1 ? "" : "s"}.`,
    problems,
  });

/**
 * A loader: check the envelope → refuse a too-new version → migrate → validate. Built as a
 * factory so tests can drive the same path with a chain of their own.
 * @internal
 */
export const createLoader = <T>(config: LoaderConfig<T>) => {
  const chainProblems = checkMigrationChain(config.migrations, FIRST_VERSION, config.version);
  if (chainProblems.length) throw new Error(`broken migration chain: ${chainProblems.join("; ")}`);

  return (input: unknown): Result<T, LoadError> => {
    try {
      if (!isRecord(input))
        return fail("notADocument", [
          { path: "", message: `expected a JSON object with "format": "${FORMAT}", got ${describeValue(input)}` },
        ]);
      if (input.format !== FORMAT)
        return fail("notADocument", [{ path: "format", message: `expected "${FORMAT}", got ${describeValue(input.format)}` }]);
      const version = input.version;
      if (typeof version !== "number" || !Number.isInteger(version) || version < FIRST_VERSION)
        return fail("notADocument", [
          { path: "version", message: `expected a whole number from ${FIRST_VERSION}, got ${describeValue(version)}` },
        ]);
      if (version > config.version) {
        const message = `version ${version} was written by a newer mlsd; this one reads up to version ${config.version}. Update mlsd to open it.`;
        return err({ kind: "versionTooNew", message, problems: [{ path: "version", message }], version, supported: config.version });
      }
      const migrated = runMigrations(input, version, config.migrations, FIRST_VERSION);
      if (!migrated.ok) {
        const { from, to, message } = migrated.error;
        const text = `could not upgrade from version ${from} to ${to}: ${message}`;
        return err({ kind: "migrationFailed", message: text, problems: [{ path: "", message: text }], from, to });
      }
      const problems = config.validate(migrated.value);
      if (problems.length) return fail("invalid", problems);
      return ok(config.build(migrated.value));
    } catch (e) {
      // Only reachable on hostile input (e.g. nesting deeper than the stack): refuse, never throw.
      return fail("invalid", [{ path: "", message: `could not be read: ${escapeControls(e instanceof Error ? e.message : String(e))}` }]);
    }
  };
};

const sizeProblems = (doc: RawDocument): Problem[] => {
  const problems: Problem[] = [];
  for (const [field, max] of [
    ["nodes", LIMITS.nodes],
    ["edges", LIMITS.edges],
    ["notes", LIMITS.notes],
  ] as const) {
    const items = doc[field];
    if (Array.isArray(items) && items.length > max)
      problems.push({
        path: field,
        message: `too many: ${items.length.toLocaleString("en-US")} ${field}, at most ${max.toLocaleString("en-US")}. Split the design into smaller documents.`,
      });
  }
  return problems;
};

/**
 * Schema problems and reference problems together, so a user sees everything at once.
 * @public
 */
export const validateDocument = (doc: RawDocument): Problem[] => {
  // A too-large document is refused before per-item work, so the cost stays bounded.
  const tooLarge = sizeProblems(doc);
  if (tooLarge.length) return tooLarge;
  const parsed = DocumentSchema.safeParse(doc, { reportInput: true });
  const schemaProblems = parsed.success ? [] : parsed.error.issues.flatMap((i) => problemFromIssue(i as z.core.$ZodIssue));
  return [...schemaProblems, ...checkReferences(doc)];
};

const loadDocument = createLoader<Document>({
  version: CURRENT_VERSION,
  migrations: MIGRATIONS,
  validate: validateDocument,
  // Validation passed, so the zod parse succeeds; its output drops nothing we keep.
  build: (doc) => DocumentSchema.parse(doc) as unknown as Document,
});

/**
 * Reads a value (already parsed from JSON) into a Document. Never throws.
 * @public
 */
export const parseDocument = (input: unknown): Result<Document, LoadError> => loadDocument(input);

/** V8 reports a character offset; people look for a line and a column. */
const withLineAndColumn = (text: string, message: string): string => {
  const match = /at position (\d+)/.exec(message);
  if (!match) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message.replace(/ in JSON at position \d+.*$/, "")} (line ${line}, column ${column})`;
};

/**
 * Reads the text of a `.mlsd.json` file: at most LIMITS.textBytes bytes of UTF-8. Never throws.
 * @public
 */
export const parseDocumentText = (text: string): Result<Document, LoadError> => {
  const tooLarge = checkTextSize(text);
  if (tooLarge) return err(tooLarge);
  if (text.trim() === "")
    return err({ kind: "notJson", message: "The file is empty.", problems: [{ path: "", message: "the file is empty" }] });
  let value: unknown;
  try {
    // Editors on Windows may save a byte-order mark; it is not part of the JSON.
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    // V8 quotes the text around the error: it is the file's text, so escape it.
    const detail = escapeControls(withLineAndColumn(text, e instanceof Error ? e.message : String(e)));
    return err({ kind: "notJson", message: "The file is not valid JSON.", problems: [{ path: "", message: `not valid JSON: ${detail}` }] });
  }
  return parseDocument(value);
};

/**
 * Reads the bytes of a `.mlsd.json` file (what the CLI reads from disk or a pipe, what the
 * editor reads from a dropped file): UTF-8 only, at most LIMITS.textBytes. Never throws.
 * @public
 */
export const parseDocumentBytes = (bytes: Uint8Array): Result<Document, LoadError> => {
  const text = decodeDocumentBytes(bytes);
  return text.ok ? parseDocumentText(text.value) : text;
};
