import type { Page } from "@playwright/test";
import axeCore from "axe-core";

/** axe-core's own source, injected into the page under test (never fetched from a CDN). */
const AXE = axeCore.source;

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules the editor is held to. */
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on the page as it is now and returns its serious and critical WCAG AA
 * violations, each with where it is and why (an empty list is a pass).
 */
export const seriousViolations = async (page: Page): Promise<Violation[]> => {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    type AxeResult = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] };
    const { violations } = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? "",
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
      }));
  }, WCAG_AA);
};

/**
 * The contrast of text axe cannot judge (drawn over the canvas, whose background it does
 * not compute): each element's text colour against its own background, composed down its
 * ancestors to the first opaque one. Colours are read through a canvas, so any CSS colour
 * (color-mix included) is measured as the browser paints it.
 */
export const textContrasts = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const ctx = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "rgba(0,0,0,0)";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + under[i]! * (1 - top[3]!));
    const luminance = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => el.getClientRects().length && el.textContent?.trim())
      .map((el) => {
        const layers: number[][] = [];
        for (let at: Element | null = el; at; at = at.parentElement) {
          const bg = rgba(getComputedStyle(at).backgroundColor);
          if (bg[3] > 0) layers.push(bg);
          if (bg[3] >= 1) break;
        }
        let back = [255, 255, 255];
        for (const layer of layers.reverse()) back = over(layer, back);
        const fg = over(rgba(getComputedStyle(el).color), back);
        const [hi, lo] = [luminance(fg), luminance(back)].sort((a, b) => b - a);
        const style = getComputedStyle(el);
        const large =
          Number.parseFloat(style.fontSize) >= 24 || (Number.parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        return { text: el.textContent!.trim().slice(0, 40), ratio: (hi! + 0.05) / (lo! + 0.05), needed: large ? 3 : 4.5 };
      });
  }, selector);
