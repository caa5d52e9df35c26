// What the web editor's "Export PDF" does: a Scene from stored positions, then a Blob.
import { type PlacedDocument, starterDocument } from "@mlsd/core";
import { renderCoursePackToBlob, renderHandoutToBlob } from "@mlsd/pdf";
import { sceneFromDocument } from "@mlsd/scene";

const run = async () => {
  const starter = starterDocument("Browser export → ✓ Ω");
  const document: PlacedDocument = {
    ...starter,
    nodes: starter.nodes.map((n, i) => ({ ...n, position: { x: 20 + i * 260, y: 60 }, size: { width: 200, height: 60 } })),
  };
  const scene = sceneFromDocument(document);
  const blob = await renderHandoutToBlob({ document, scene });
  const head = new TextDecoder().decode(new Uint8Array(await blob.slice(0, 5).arrayBuffer()));
  const text = new TextDecoder("latin1").decode(new Uint8Array(await blob.arrayBuffer()));
  // A course pack binds PDFs with pdf-lib: one entry brings its handout's bytes, one is rendered.
  const pdf = new Uint8Array(await blob.arrayBuffer());
  const pack = await renderCoursePackToBlob([
    { document, scene, group: "Browser", pdf },
    { document, scene, group: "Browser" },
  ]);
  const packText = new TextDecoder("latin1").decode(new Uint8Array(await pack.arrayBuffer()));
  const pages = (pdfText: string) => (pdfText.match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  return {
    type: blob.type,
    size: blob.size,
    head,
    embedded: (text.match(/\/FontFile2/g) ?? []).length,
    helvetica: text.includes("/Helvetica"),
    handoutPages: pages(text),
    pack: { type: pack.type, head: packText.slice(0, 5), pages: pages(packText), dests: /\(h-0-1\)/.test(packText) },
  };
};

(window as unknown as { mlsdResult: Promise<unknown> }).mlsdResult = run().catch((e: unknown) => ({ error: String(e) }));
