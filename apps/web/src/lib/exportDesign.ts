import { type Document, LIMITS, serializeDocument } from "@mlsd/core";
import { download, fileStem } from "./download.js";
import { designSvg, svgDataUrl } from "./thumbnail.js";

export const exportJson = (doc: Document) =>
  download(new Blob([serializeDocument(doc)], { type: "application/json" }), `${fileStem(doc.title)}.mlsd.json`);

/** @mlsd/interop is loaded on first use, like the PDF export. */
export const exportMermaidFile = async (doc: Document) => {
  const { exportMermaid } = await import("@mlsd/interop");
  download(new Blob([exportMermaid(doc)], { type: "text/plain" }), `${fileStem(doc.title)}.mmd`);
};

/** The editor's designs always carry positions, so draw.io gets the drawing as it is on the canvas. */
export const exportDrawioFile = async (doc: Document) => {
  const { exportDrawio } = await import("@mlsd/interop");
  const drawio = exportDrawio(doc);
  if (!drawio.ok) throw new Error(drawio.error.message);
  download(new Blob([drawio.value], { type: "application/vnd.jgraph.mxfile" }), `${fileStem(doc.title)}.drawio`);
};

export const exportSvg = (doc: Document, theme: "light" | "dark") =>
  download(new Blob([designSvg(doc, theme)], { type: "image/svg+xml" }), `${fileStem(doc.title)}.svg`);

const svgSize = (svg: string) => {
  const m = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 1200, height: 800 };
};

/** PNG at twice the SVG's size, scaled down to LIMITS.pngSide pixels a side (as `mlsd render`): the SVG is drawn onto a canvas through an <img>. */
export const pngBlob = async (doc: Document, theme: "light" | "dark", scale = 2): Promise<Blob> => {
  const svg = designSvg(doc, theme);
  const { width, height } = svgSize(svg);
  const img = new Image();
  img.src = svgDataUrl(svg);
  await img.decode();
  const canvas = document.createElement("canvas");
  const max = LIMITS.pngSide;
  const s = Math.min(scale, max / width, max / height);
  canvas.width = Math.max(1, Math.round(width * s));
  canvas.height = Math.max(1, Math.round(height * s));
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw on a canvas");
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
};

export const exportPng = async (doc: Document, theme: "light" | "dark") =>
  download(await pngBlob(doc, theme), `${fileStem(doc.title)}.png`);
