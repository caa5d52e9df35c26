// Writes README.md, whose table lists every catalogue entry with its source and its size.
// Run: pnpm --filter @mlsd/catalog readme   (a test fails when README.md is out of date)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { review, reviewSummary, ruleInfo } from "@mlsd/core/review";
import { describe, PACKAGE_DIR, readDocuments, readManifest } from "./documents.mjs";

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

/** The README text for the documents under documentsDir. Pure, so a test can compare it. */
export const renderReadme = (documentsDir) => {
  const manifest = readManifest(documentsDir);
  const entries = readDocuments(documentsDir).map((item) => describe(item, manifest));
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
\`\`\`

Each document is its own module, so a bundler that meets \`getDocument\` splits them and
loading one does not load the others. \`CATALOG_IDS\` lists every id.

## Editing a document

The sources are \`documents/**/*.mlsd.json\`. After changing one:

\`\`\`sh
pnpm --filter @mlsd/catalog layout     # store fresh positions in every document, then regenerate
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
