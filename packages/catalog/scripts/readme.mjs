// Writes README.md, whose table lists every catalogue entry with its source and its size.
// Run: pnpm --filter @mlsd/catalog readme   (a test fails when README.md is out of date)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describeRequirement, gradeDesign } from "@mlsd/core";
import { review, reviewSummary, ruleInfo } from "@mlsd/core/review";
import { describe, exerciseOf, PACKAGE_DIR, readDocuments, readManifest, readRubrics } from "./documents.mjs";

const KIND_TITLES = { flow: "flow", "case-study": "case study", exercise: "exercise" };

/** Markdown table cells: a pipe or a newline would break the row, brackets a link. */
const cell = (text) => String(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/[[\]]/g, "\\$&").replace(/\s+/g, " ");

const sourceCell = (source) => {
  if (!source) return "";
  const text = cell([source.author, source.venue ?? source.title, source.year].filter((v) => v !== undefined).join(", ") || source.title);
  return source.url ? `[${text}](${source.url.replace(/[()\s]/g, encodeURIComponent)})` : text;
};

const stagesCell = (stages) => (stages.length === 4 ? "all four" : stages.join(", "));

const row = (e) =>
  `| \`${e.id}\` | ${KIND_TITLES[e.kind]} | ${cell(e.title)} | ${sourceCell(e.source)} | ${e.nodeCount} | ${e.edgeCount} | ${e.feedbackEdgeCount} | ${stagesCell(e.stages)} |`;

/** One row per case study: open findings by severity, and what was kept on purpose. */
const reviewRow = (document) => {
  const findings = review(document);
  const summary = reviewSummary(findings);
  const kept = findings.filter((f) => f.suppressed);
  const keptCell = kept.length
    ? [
        ...new Set(
          kept.map(
            (f) =>
              `${ruleInfo(f.rule)?.severity === "error" ? "**" : ""}\`${f.rule}\`${ruleInfo(f.rule)?.severity === "error" ? "**" : ""}`,
          ),
        ),
      ].join(", ")
    : "none";
  return `| \`${document.id}\` | ${summary.error} | ${summary.warning} | ${summary.info} | ${keptCell} |`;
};

/** Why each error-severity finding was kept rather than fixed: the teaching points. */
const teachingPoints = (documents) =>
  documents.flatMap((document) =>
    review(document)
      .filter((f) => f.suppressed && f.severity === "error")
      .map(
        (f) =>
          `- \`${document.id}\`, \`${f.rule}\`${f.nodes.length ? ` (${f.nodes.map((n) => `\`${n}\``).join(", ")})` : ""}: ${cell(f.suppressed.reason)}`,
      ),
  );

/** One row per exercise: its reference's size and loops, its rubric, and how the untouched starter scores. */
const referenceRows = (items, { base, exercises }) => {
  const starters = new Map(items.filter((i) => i.kind === "exercise").map((i) => [i.document.id, i.document]));
  return items
    .filter((i) => i.kind === "reference")
    .map(({ document }) => {
      const id = exerciseOf(document.id);
      const rubric = exercises.get(id);
      const own = rubric.items.length - base.items.length;
      const reference = gradeDesign(document, { rubric });
      const starter = gradeDesign(starters.get(id), { rubric });
      const loops = document.edges.filter((e) => e.kind === "feedback").length;
      return `| \`${id}\` | ${document.nodes.length} | ${loops} | ${base.items.length} + ${own} | ${reference.score} / ${reference.max} | ${starter.score} |`;
    });
};

const baseItemRows = (rubric) =>
  rubric.items.map((item) => `| \`${item.id}\` | ${cell(item.title)} | ${item.points} | ${cell(describeRequirement(item.requirement))} |`);

/** The README text for the documents under documentsDir. Pure, so a test can compare it. */
export const renderReadme = (documentsDir) => {
  const manifest = readManifest(documentsDir);
  const items = readDocuments(documentsDir);
  const rubrics = readRubrics(documentsDir);
  const entries = items.filter((item) => item.kind !== "reference").map((item) => describe(item, manifest));
  const count = (kind) => entries.filter((e) => e.kind === kind).length;
  const caseStudies = readDocuments(documentsDir)
    .filter((item) => item.kind === "case-study")
    .map((item) => item.document);
  return `# @mlsd/catalog

The designs that come with mlsd, as documents: the booklet's machine learning project flow,
the twelve case studies of *Machine Learning Systems Design* (Chip Huyen, 2019) and its
twenty-seven exercises as starter diagrams. Each document carries stored positions, so it
can be drawn without running the layout engine.

\`\`\`ts
import { listCatalog, getDocument } from "@mlsd/catalog";

const entries = listCatalog(); // metadata only: id, kind, title, org, year, tags, counts, stages, summary
const doc = await getDocument("credit-card-fraud"); // loads that one document's module

const reference = await getReference("credit-card-fraud"); // the exercise's reference design
const exercise = await getExercise("credit-card-fraud"); // { id, title, prompt, rubric }, without the reference
const rubric = await getRubric("credit-card-fraud"); // the rubric alone
\`\`\`

Each document is its own module, so a bundler that meets \`getDocument\` splits them and
loading one does not load the others. \`CATALOG_IDS\` lists every id; \`EXERCISE_IDS\` the
exercises, which \`getReference\`, \`getRubric\` and \`getExercise\` take. References and rubrics
are modules of their own too, loaded only when asked for, and references are not listed by
\`listCatalog()\`: a gallery shows the exercise, and the reference stays out of sight until a
learner asks for it. (Anything shipped to a browser can be read by a determined learner; a
teacher keeps exam references out of the build learners get.)

## Editing a document

The sources are \`documents/**/*.mlsd.json\` (references in \`documents/references/\`, named
\`<exercise>-reference.mlsd.json\`) and the rubrics in \`documents/rubrics/\` (\`base.json\`, the
items every exercise shares, and \`<exercise>.json\`, its own). After changing one:

\`\`\`sh
pnpm --filter @mlsd/catalog layout     # store fresh positions in every document, then regenerate
                                       # (--direction rows|right|down, --target: another arrangement)
pnpm --filter @mlsd/catalog generate   # rewrite src/generated/ from the documents
pnpm --filter @mlsd/catalog readme     # rewrite this file
\`\`\`

Tests fail when \`src/generated/\`, a stored layout or this README is out of date.

## Contents

${count("flow")} flow, ${count("case-study")} case studies, ${count("exercise")} exercises.
Feedback counts the edges of kind \`feedback\`: the loops from a later stage back to an earlier one.

| id | kind | title | source | nodes | edges | feedback | stages |
|---|---|---|---|--:|--:|--:|---|
${entries.map(row).join("\n")}

The case studies retell public write-ups in fresh words; the source column links each
original. Exercise prompts are paraphrased from the booklet's exercise list.

## The case studies under design review

\`mlsd review\` (core's \`review()\`) over the twelve case studies. Open findings are counted by
severity; "kept on purpose" lists the rules whose findings the document suppresses, with
a reason kept in the document (error-severity rules in bold). Where a write-up does not
describe a part (how personal data is protected, how a model is monitored), the diagram
does not invent it: the finding stays, explained, as a question for the reader.

| case study | errors | warnings | info | kept on purpose |
|---|--:|--:|--:|---|
${caseStudies.map(reviewRow).join("\n")}

Why each error-severity finding was kept rather than fixed:

${teachingPoints(caseStudies).join("\n")}

## Exercise references and rubrics

Each exercise has a reference design: one strong answer, written for mlsd (the booklet poses
the exercises without answers), with notes on its key decisions and at least one trade-off.
Each reference reviews with no open error and earns full marks on its exercise's rubric; the
untouched starter earns at most half. \`gradeDesign(design, exercise)\` in \`@mlsd/core\` and
\`mlsd grade --exercise <id>\` grade any design against a rubric. Grading is structural: ids do
not matter, kinds, stages, labels, properties, edges and loops do.

| exercise | reference nodes | feedback loops | rubric items (shared + own) | reference | starter |
|---|--:|--:|---|--:|--:|
${referenceRows(items, rubrics).join("\n")}

Every rubric starts with the shared items of \`documents/rubrics/base.json\`:

| item | title | points | satisfied by |
|---|---|--:|---|
${baseItemRows(rubrics.base).join("\n")}

A rubric is data (validated by \`parseRubric\` in \`@mlsd/core\`, which names the path of any
problem). Each item has an \`id\`, a \`title\`, \`why\` it matters, \`points\` and a
\`requirement\`: \`stages\` covered, a \`node\` of given kinds (alternatives allowed) in given
stages with properties present or in range, a \`path\` between kinds (optionally through a
third, such as an evaluation gate), a feedback \`loop\` from a later stage back to an earlier
one, \`review\` findings that cost points, or \`all\` / \`any\` of these.
`;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    writeFileSync(join(PACKAGE_DIR, "README.md"), renderReadme());
    console.log("wrote README.md");
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
