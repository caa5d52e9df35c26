import { getDocument, getExercise, getReference, isCatalogId, isExerciseId, listCatalog } from "@mlsd/catalog";
import { type Document, parseDocument } from "@mlsd/core";
import { openByKey } from "./open.js";

/**
 * What the comparison view can put side by side, named in its address
 * (`#/compare/<before>/<after>`): `design:<key>` (a design of "My designs", or a preview
 * such as an exercise's copy), `reference:<exercise id>`, `catalog:<id>` (a catalogue
 * entry as shipped) and `file:<id>` (a file imported on the comparison page, kept in this
 * tab's session storage so a reload still finds it).
 */
export type SourceKind = "design" | "reference" | "catalog" | "file";

export const sourceRef = (kind: SourceKind, id: string) => `${kind}:${id}`;

const parseRef = (ref: string): { kind: SourceKind; id: string } | undefined => {
  const at = ref.indexOf(":");
  const kind = ref.slice(0, at);
  const id = ref.slice(at + 1);
  return at > 0 && id && ["design", "reference", "catalog", "file"].includes(kind) ? { kind: kind as SourceKind, id } : undefined;
};

export interface Source {
  ref: string;
  kind: SourceKind;
  /** How the view names it: the design's title, or "Reference: <exercise>". */
  title: string;
  doc: Document;
  /** The exercise it answers or is the reference of, and the catalogue entry it came from: the view offers those to compare with. */
  exercise?: string;
  catalogId?: string;
  /** The editor address of a design of "My designs". */
  editKey?: string;
}

export type SourceResult = Source | { ref: string; error: string };

const titleOf = (id: string) => listCatalog().find((e) => e.id === id)?.title ?? id;

// Files imported on the comparison page: in memory, and in session storage for a reload of the tab.
const FILE_PREFIX = "mlsd-compare-file:";
const files = new Map<string, Document>();

/** Keeps an imported design for the comparison view; returns its source reference. */
export const keepImportedFile = (doc: Document): string => {
  const id = Math.random().toString(36).slice(2, 10);
  files.set(id, doc);
  try {
    sessionStorage.setItem(FILE_PREFIX + id, JSON.stringify(doc));
  } catch {
    // Too large for session storage: this page still has it; a reload asks for the file again.
  }
  return sourceRef("file", id);
};

const readFile = (id: string): Document | undefined => {
  const kept = files.get(id);
  if (kept) return kept;
  const text = sessionStorage.getItem(FILE_PREFIX + id);
  if (text === null) return undefined;
  const parsed = parseDocument(JSON.parse(text) as unknown);
  return parsed.ok ? parsed.value : undefined;
};

/** Loads one side of a comparison; a reference is fetched only here, when a comparison names it. */
export const loadSource = async (ref: string): Promise<SourceResult> => {
  const parsed = parseRef(ref);
  const fail = (error: string) => ({ ref, error });
  if (!parsed) return fail(`“${ref}” does not name a design to compare.`);
  const { kind, id } = parsed;
  try {
    switch (kind) {
      case "design": {
        const opened = await openByKey(id);
        if (opened === "missing") return fail("No design is saved under this address in this browser.");
        if (!("doc" in opened)) return fail(opened.message);
        const { exercise, catalogId } = opened.origin;
        return {
          ref,
          kind,
          title: opened.doc.title || "Untitled",
          doc: opened.doc,
          ...(exercise ? { exercise } : {}),
          ...(catalogId ? { catalogId } : {}),
          editKey: id,
        };
      }
      case "reference": {
        if (!isExerciseId(id)) return fail(`There is no exercise “${id}”.`);
        const [doc, exercise] = await Promise.all([getReference(id), getExercise(id)]);
        return { ref, kind, title: `Reference: ${exercise.title}`, doc, exercise: id };
      }
      case "catalog": {
        if (!isCatalogId(id)) return fail(`There is no catalogue entry “${id}”.`);
        const doc = await getDocument(id);
        return { ref, kind, title: `${titleOf(id)} (catalogue)`, doc, catalogId: id, ...(isExerciseId(id) ? { exercise: id } : {}) };
      }
      case "file": {
        const doc = readFile(id);
        if (!doc) return fail("The imported file is no longer kept in this tab: import it again.");
        return { ref, kind, title: `${doc.title || "Untitled"} (imported file)`, doc };
      }
    }
  } catch (e) {
    return fail(`It could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
};
