#!/usr/bin/env node

import { readFileSync } from "node:fs";
// `pnpm bench` in apps/pdf: react-pdf handouts vs. Chromium printing the same pages as HTML.
import { renderCoursePack, renderHandouts } from "@mlsd/pdf/node";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../scripts/chromium.mjs";
import { inCoursePack, loadCatalog } from "./catalog.js";
import { coursePackHtml, handoutHtml } from "./html.js";

const seconds = (t0: number) => (performance.now() - t0) / 1000;
/** CPU seconds of this process (user + system): steadier than wall time on a shared machine. */
const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/**
 * CPU seconds of this process's reaped children (cutime + cstime of /proc/self/stat): once the
 * browser is closed, that is Chromium's every process. Linux only; NaN elsewhere.
 */
const childCpu = () => {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
    // After "pid (comm) ", field 16 (cutime) and 17 (cstime) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
};
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const entries = await loadCatalog();
const pack = entries.filter(inCoursePack);

// react-pdf: every handout, then the course pack (its page counts come from the first pass).
const pdfCpu0 = ownCpu();
let t0 = performance.now();
let pdfBytes = 0;
// On worker threads, one per core (`renderHandouts`); the pack binds these PDFs.
for (const [i, out] of (await renderHandouts(entries)).entries()) {
  entries[i]!.pages = out.pages;
  entries[i]!.pdf = out.bytes;
  pdfBytes += out.bytes.length;
}
const pdfHandouts = seconds(t0);
t0 = performance.now();
const packOut = await renderCoursePack(pack);
const pdfPack = seconds(t0);
const pdfCpu = ownCpu() - pdfCpu0;
const ownBefore = ownCpu();
const childBefore = childCpu();

// Chromium: launch once, then print each page as HTML with inline SVG.
t0 = performance.now();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM_PATH, args: CHROMIUM_ARGS });
const launch = seconds(t0);
let htmlBytes = 0;
let htmlPackBytes = 0;
let htmlHandouts = 0;
let htmlPack = 0;
try {
  const page = await browser.newPage();
  t0 = performance.now();
  for (const e of entries) {
    await page.setContent(handoutHtml(e), { waitUntil: "load" });
    htmlBytes += (await page.pdf({ format: "A4", printBackground: true })).length;
  }
  htmlHandouts = seconds(t0);
  t0 = performance.now();
  await page.setContent(coursePackHtml(pack), { waitUntil: "load" });
  htmlPackBytes = (await page.pdf({ format: "A4", printBackground: true })).length;
  htmlPack = seconds(t0);
} finally {
  await browser.close();
}
// Chromium's own processes, plus what this process spent driving it (playwright's protocol).
const chromiumCpu = childCpu() - childBefore + (ownCpu() - ownBefore);

const rows = [
  ["", "react-pdf (@mlsd/pdf)", "Chromium page.pdf()"],
  [`${entries.length} handouts`, `${pdfHandouts.toFixed(1)} s, ${mb(pdfBytes)}`, `${htmlHandouts.toFixed(1)} s, ${mb(htmlBytes)}`],
  [
    `course pack (${pack.length})`,
    `${pdfPack.toFixed(1)} s, ${mb(packOut.bytes.length)}, ${packOut.pages} pages`,
    `${htmlPack.toFixed(1)} s, ${mb(htmlPackBytes)}`,
  ],
  ["browser launch", "-", `${launch.toFixed(1)} s`],
  ["CPU time (all processes)", `${pdfCpu.toFixed(1)} s`, `${chromiumCpu.toFixed(1)} s (ratio ${(pdfCpu / chromiumCpu).toFixed(2)})`],
  [
    "total",
    `${(pdfHandouts + pdfPack).toFixed(1)} s`,
    `${(launch + htmlHandouts + htmlPack).toFixed(1)} s (ratio react-pdf / Chromium: ${((pdfHandouts + pdfPack) / (launch + htmlHandouts + htmlPack)).toFixed(2)})`,
  ],
];
console.log(rows.map((r) => `| ${r.join(" | ")} |`).join("\n"));
