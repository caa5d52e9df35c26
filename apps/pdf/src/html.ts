import { formatPropValue, KINDS, type PropSpec, STAGE_QUESTIONS, STAGES } from "@mlsd/core";
import type { HandoutInput } from "@mlsd/pdf";
import { escapeXml as esc, renderSvg } from "@mlsd/svg";

/**
 * The benchmark's other contender: the same handout as an HTML page (inline SVG from
 * @mlsd/svg and the same texts), for Chromium to print. Not a product: a fair comparison.
 */
const handoutBody = ({ document, scene }: HandoutInput): string => {
  const rows = STAGES.flatMap((stage) => {
    const nodes = scene.nodes.filter((n) => n.stage === stage.id);
    if (!nodes.length) return [];
    return [
      `<tr class="stage"><td colspan="2">${esc(stage.title)}</td></tr>`,
      ...nodes.map((n) => {
        const specs = KINDS[n.kind].props as Record<string, PropSpec>;
        const props = Object.entries(n.props)
          .map(([k, v]) => (specs[k] ? `${esc(specs[k].label)}: ${esc(formatPropValue(specs[k], v))}` : ""))
          .filter(Boolean)
          .join("<br>");
        return `<tr><td><b>${esc(n.label)}</b><br><small>${esc(KINDS[n.kind].title)}</small></td><td>${props}</td></tr>`;
      }),
    ];
  });
  const source = document.source
    ? `<p class="cite">Source: “${esc(document.source.title)}”${document.source.author ? `, ${esc(document.source.author)}` : ""}.` +
      `${document.source.url ? `<br><a href="${esc(document.source.url)}">${esc(document.source.url)}</a>` : ""}</p>`
    : "";
  const notes = document.notes.map((n) => `<h3>${esc(n.title ?? "")}</h3><p>${esc(n.text)}</p>`).join("");
  const checklist = STAGES.map(
    (s) =>
      `<h3>${esc(s.title)}</h3><ol>${STAGE_QUESTIONS[s.id].map((q) => `<li>${esc(q)}<div class="rule"></div><div class="rule"></div></li>`).join("")}</ol>`,
  ).join("");
  return (
    `<section><h1>${esc(document.title)}</h1>${source}<p>${esc(document.summary)}</p>` +
    `<div class="fig">${renderSvg(scene)}</div>` +
    `<h2>Components by stage</h2><table>${rows.join("")}</table>` +
    `<h2>Design notes</h2>${notes}<h2 class="break">Checklist</h2>${checklist}</section>`
  );
};

const STYLE = `
@page { size: A4; margin: 18mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.38; color: #1f2937; }
h1 { font-size: 20pt; margin: 0 0 4pt; } h2 { font-size: 13pt; border-bottom: 1px solid #1f2937; }
.cite { font-size: 8.5pt; color: #4b5563; } a { color: #1d4ed8; word-break: break-all; }
.fig svg { width: 100%; height: auto; max-height: 150mm; }
table { width: 100%; border-collapse: collapse; } td { border-bottom: 0.5pt solid #d1d5db; padding: 3pt; vertical-align: top; }
tr.stage td { background: #374151; color: white; font-weight: bold; }
.rule { border-bottom: 0.5pt solid #d1d5db; height: 14pt; } .break, section { break-before: page; }
`;

export const handoutHtml = (input: HandoutInput): string =>
  `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${handoutBody(input)}</body></html>`;

export const coursePackHtml = (inputs: readonly HandoutInput[]): string =>
  `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>` +
  `<h1>Machine Learning Systems Design: course pack</h1><ol>${inputs.map((i) => `<li>${esc(i.document.title)}</li>`).join("")}</ol>` +
  `${inputs.map(handoutBody).join("")}</body></html>`;
