import { type Document, type PlacedDocument, serializeDocument } from "@mlsd/core";
import { sceneFromDocument } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";
import { fileStem } from "./download.js";
import { withBoxes } from "./geometry.js";

/**
 * Copy-paste snippets that put the design on screen into another page. Every snippet
 * carries the design with a position and size for each node (placed the way the SVG
 * export places them), so the embeds draw it as is and never load a layout engine.
 */
export const embedDocument = (doc: Document): PlacedDocument => withBoxes(doc);

export const embedFileName = (doc: Document) => `${fileStem(doc.title)}.mlsd.json`;

/** The saved file's text, as "Download .mlsd.json" writes it. */
export const embedJson = (doc: Document) => serializeDocument(embedDocument(doc));

/**
 * JSON that is safe inside an HTML <script> element: every `<` becomes `\u003c`, so no
 * `</script` or `<!--` in a label can end the element or open a comment. JSON.parse reads
 * the escape back as `<`, so the document is unchanged.
 */
export const scriptSafeJson = (doc: Document) => JSON.stringify(embedDocument(doc)).replace(/</g, "\\u003c");

export const reactSnippet = (doc: Document) => `// npm install @mlsd/react react react-dom
// Save the design beside this file with "Download .mlsd.json".
import { MlsdDiagram } from "@mlsd/react";
import design from "./${embedFileName(doc)}";

export function Design() {
  return <MlsdDiagram document={design} />;
}
`;

export const elementSnippet = (
  doc: Document,
) => `<!-- npm install @mlsd/element (or load it from a CDN that serves npm packages as ES modules) -->
<script type="module">
  import "@mlsd/element/define";
</script>
<mlsd-diagram>
  <script type="application/json">${scriptSafeJson(doc)}</script>
</mlsd-diagram>
`;

/** The static picture: the same SVG as "Export SVG", with no script needed on the page. */
export const svgSnippet = (doc: Document, theme: "light" | "dark") => {
  return renderSvg(sceneFromDocument(embedDocument(doc)), { theme });
};
