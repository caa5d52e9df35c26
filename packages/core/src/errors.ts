import { escapeControls } from "./escape.js";

/**
 * One problem found in a document: where it is and what is wrong, in plain words.
 * @public
 */
export interface Problem {
  /** A path such as `nodes[3].props.latencyMs`; empty for the document as a whole. */
  path: string;
  message: string;
}

/**
 * Why a document could not be loaded: not JSON, not a document, from a newer version, a failed migration, or invalid; each with every problem and its path.
 * @public
 */
export type LoadError =
  | { kind: "notJson"; message: string; problems: Problem[] }
  | { kind: "notADocument"; message: string; problems: Problem[] }
  | { kind: "versionTooNew"; message: string; problems: Problem[]; version: number; supported: number }
  | { kind: "migrationFailed"; message: string; problems: Problem[]; from: number; to: number }
  | { kind: "invalid"; message: string; problems: Problem[] };

/**
 * The kinds of `LoadError`.
 * @public
 */
export type LoadErrorKind = LoadError["kind"];

/**
 * `nodes[3].props.latencyMs` from `["nodes", 3, "props", "latencyMs"]`.
 * @public
 */
export const formatPath = (path: readonly PropertyKey[]): string => {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const key = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
      else out += `[${escapeControls(JSON.stringify(key))}]`;
    }
  }
  return out;
};

const MAX_SHOWN = 40;

/**
 * A short, safe rendering of a bad value for messages: `"fast"`, `42`, `an array`. Control
 * and bidi-override characters come out escaped, so a message never carries a terminal
 * escape sequence from a file.
 * @public
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string": {
      const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      return (
        escapeControls(JSON.stringify(shown)) + (value.length > MAX_SHOWN ? ` (${value.length.toLocaleString("en-US")} characters)` : "")
      );
    }
    case "number":
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
};

/**
 * `file: path: message` lines, as the CLI and the editor's import dialog show them; control characters escaped.
 * @public
 */
export const formatProblems = (problems: readonly Problem[], prefix = ""): string[] =>
  problems.map((p) => escapeControls([prefix, p.path, p.message].filter(Boolean).join(": ")));
