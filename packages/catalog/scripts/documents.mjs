// Reads every documents/**/*.mlsd.json, checks it with @mlsd/core and describes it for the
// catalogue. Shared by generate.mjs, readme.mjs and layout.mjs, and imported by the tests
// (where @mlsd/core resolves to its sources; under plain node it resolves to its dist).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblems, NODE_KINDS, parseDocumentText, parseRubric, STAGE_IDS } from "@mlsd/core";

export const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
export const DOCUMENTS_DIR = join(PACKAGE_DIR, "documents");
export const GENERATED_DIR = join(PACKAGE_DIR, "src", "generated");

const SUFFIX = ".mlsd.json";
/** A reference design's id is its exercise's id with this suffix. */
export const REFERENCE_SUFFIX = "-reference";

/** Which catalogue kind a file is, from where it sits under documents/. */
const KIND_BY_FOLDER = { "case-studies": "case-study", exercises: "exercise", references: "reference", ".": "flow" };

/** Every .mlsd.json path under dir, sorted so output never depends on the file system's order. */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith(SUFFIX) ? [path] : [];
    })
    .sort();

/** The order and organisations listed in documents/catalog.json. */
export const readManifest = (documentsDir = DOCUMENTS_DIR) => JSON.parse(readFileSync(join(documentsDir, "catalog.json"), "utf8"));

/**
 * Loads every document. Throws one error naming every bad file and problem, so a broken
 * document never reaches the generated sources.
 */
export const readDocuments = (documentsDir = DOCUMENTS_DIR) => {
  const manifest = readManifest(documentsDir);
  const failures = [];
  const items = [];
  for (const path of walk(documentsDir)) {
    const file = relative(documentsDir, path);
    const folder = file.includes("/") ? file.slice(0, file.indexOf("/")) : ".";
    const kind = KIND_BY_FOLDER[folder];
    if (!kind || file.split("/").length > 2) {
      failures.push(`${file}: documents belong in case-studies/, exercises/, references/ or the top folder`);
      continue;
    }
    const result = parseDocumentText(readFileSync(path, "utf8"));
    if (!result.ok) {
      failures.push(`${file}: ${result.error.message}\n${formatProblems(result.error.problems)}`);
      continue;
    }
    const document = result.value;
    const expected = file.slice(file.lastIndexOf("/") + 1, -SUFFIX.length);
    if (document.id !== expected) failures.push(`${file}: id "${document.id}" must match the file name "${expected}${SUFFIX}"`);
    items.push({ file, kind, document });
  }
  const seen = new Map();
  for (const { file, document } of items) {
    if (seen.has(document.id)) failures.push(`${file}: id "${document.id}" is already used by ${seen.get(document.id)}`);
    else seen.set(document.id, file);
  }
  for (const { file, kind, document } of items) {
    if (kind !== "reference") continue;
    const exercise = exerciseOf(document.id);
    if (!document.id.endsWith(REFERENCE_SUFFIX) || !manifest.exercises.includes(exercise))
      failures.push(`${file}: a reference's id is an exercise id from catalog.json followed by "${REFERENCE_SUFFIX}"`);
  }
  if (failures.length) throw new Error(`invalid catalogue documents:\n${failures.join("\n")}`);
  return sortByManifest(items, manifest);
};

/** `credit-card-fraud` from `credit-card-fraud-reference`. */
export const exerciseOf = (referenceId) => referenceId.slice(0, -REFERENCE_SUFFIX.length);

/** The flow first, then case studies, exercises and references in the booklet's order; unlisted files last, by id. */
const sortByManifest = (items, manifest) => {
  const order = [
    manifest.flow,
    ...manifest.caseStudies.map((c) => c.id),
    ...manifest.exercises,
    ...manifest.exercises.map((id) => `${id}${REFERENCE_SUFFIX}`),
  ];
  const rank = (id) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...items].sort((a, b) => rank(a.document.id) - rank(b.document.id) || a.document.id.localeCompare(b.document.id));
};

/** The metadata listCatalog() returns: everything a gallery needs without loading a document. */
export const describe = ({ kind, document }, manifest) => {
  const org = kind === "case-study" ? manifest.caseStudies.find((c) => c.id === document.id)?.org : undefined;
  const present = new Set(document.nodes.map((n) => n.stage));
  const kinds = new Set(document.nodes.map((n) => n.kind));
  return {
    id: document.id,
    kind,
    title: document.title,
    ...(org ? { org } : {}),
    ...(document.source?.year ? { year: document.source.year } : {}),
    tags: document.tags ?? [],
    nodeCount: document.nodes.length,
    edgeCount: document.edges.length,
    feedbackEdgeCount: document.edges.filter((e) => e.kind === "feedback").length,
    stages: STAGE_IDS.filter((s) => present.has(s)),
    partKinds: NODE_KINDS.filter((k) => kinds.has(k)),
    summary: document.summary,
    ...(document.source ? { source: document.source } : {}),
  };
};

export const RUBRICS_DIR = "rubrics";
const BASE_RUBRIC = "base.json";

const readRubricFile = (documentsDir, name, failures) => {
  const file = `${RUBRICS_DIR}/${name}`;
  let value;
  try {
    value = JSON.parse(readFileSync(join(documentsDir, file), "utf8"));
  } catch (e) {
    failures.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
  const result = parseRubric(value);
  if (!result.ok) {
    failures.push(`${file}: ${result.error.message}\n${formatProblems(result.error.problems).join("\n")}`);
    return undefined;
  }
  return result.value;
};

/**
 * The shared items (rubrics/base.json) and every exercise's rubric: those items followed by
 * the exercise's own (rubrics/<exercise>.json). Throws one error naming every bad file,
 * path and problem.
 */
export const readRubrics = (documentsDir = DOCUMENTS_DIR) => {
  const manifest = readManifest(documentsDir);
  const failures = [];
  const base = readRubricFile(documentsDir, BASE_RUBRIC, failures);
  const rubrics = new Map();
  for (const id of manifest.exercises) {
    const own = readRubricFile(documentsDir, `${id}.json`, failures);
    if (!base || !own) continue;
    const taken = new Set(base.items.map((i) => i.id));
    own.items.forEach((item, i) => {
      if (taken.has(item.id)) failures.push(`${RUBRICS_DIR}/${id}.json: items[${i}].id: "${item.id}" is already an item of ${BASE_RUBRIC}`);
    });
    rubrics.set(id, { items: [...base.items, ...own.items] });
  }
  const known = new Set([BASE_RUBRIC, ...manifest.exercises.map((id) => `${id}.json`)]);
  for (const name of readdirSync(join(documentsDir, RUBRICS_DIR)))
    if (!known.has(name)) failures.push(`${RUBRICS_DIR}/${name}: no exercise in catalog.json has this id`);
  if (failures.length) throw new Error(`invalid rubrics:\n${failures.join("\n")}`);
  return { base, exercises: rubrics };
};
