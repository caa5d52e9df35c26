import type { Document } from "@mlsd/core";
import { sceneFromDocument } from "@mlsd/scene";
import { download, fileStem } from "./download.js";
import { withBoxes } from "./geometry.js";

/** "Export PDF": @mlsd/pdf (react-pdf and the fonts) loads only when a PDF is asked for. */
export const pdfAvailable = true;

export const exportPdf = async (doc: Document): Promise<void> => {
  const [{ renderHandoutToBlob }, regular, bold] = await Promise.all([
    import("@mlsd/pdf"),
    import("dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url"),
    import("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url"),
  ]);
  const document = withBoxes(doc);
  const scene = sceneFromDocument(document);
  const blob = await renderHandoutToBlob({ document, scene }, { fonts: { regular: regular.default, bold: bold.default } });
  download(blob, `${fileStem(doc.title)}.pdf`);
};
