import { err, ok, type Result } from "./result.js";

/**
 * A parsed JSON object not yet validated: what migrations work on.
 * @internal
 */
export type RawDocument = Record<string, unknown>;

/**
 * One step of the file format: turns a version `from` document into a version `from + 1` one.
 * @internal
 */
export interface Migration {
  readonly from: number;
  readonly description: string;
  /** Receives a private deep copy: it may change it in place and return it. */
  readonly up: (doc: RawDocument) => RawDocument;
}

/**
 * The real chain. Version 1 is the first format, so it is empty today; the first change
 * to the format adds `{ from: 1, … }` here and bumps CURRENT_VERSION to 2.
 * @internal
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Problems with a chain: it must start at `first`, step by one and end at `current`.
 * @internal
 */
export const checkMigrationChain = (chain: readonly Migration[], first: number, current: number): string[] => {
  const problems: string[] = [];
  chain.forEach((m, i) => {
    if (m.from !== first + i) problems.push(`migration ${i} starts at version ${m.from}, expected ${first + i}`);
  });
  if (first + chain.length !== current)
    problems.push(`the chain reaches version ${first + chain.length}, but the current version is ${current}`);
  return problems;
};

export interface MigrationFailure {
  from: number;
  to: number;
  message: string;
}

/**
 * Runs every migration from the document's version up to `current`, never touching the input.
 * @internal
 */
export const runMigrations = (
  input: RawDocument,
  version: number,
  chain: readonly Migration[],
  first: number,
): Result<RawDocument, MigrationFailure> => {
  let doc = input;
  const start = version - first;
  for (let i = Math.max(0, start); i < chain.length; i++) {
    const m = chain[i] as Migration;
    try {
      const copy = doc === input ? structuredClone(input) : doc;
      doc = { ...m.up(copy), version: m.from + 1 };
    } catch (e) {
      return err({ from: m.from, to: m.from + 1, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return ok(doc);
};
