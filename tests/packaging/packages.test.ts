import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getDocument } from "@mlsd/catalog";
import { type Document, isPlaced } from "@mlsd/core";
import { applyScene, layout } from "@mlsd/layout";
import { nodeTitle } from "@mlsd/scene";
import react from "@vitejs/plugin-react";
import type { Browser } from "playwright-core";
import { build, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestProblems, PUBLISHED, ROOT, tarballProblems, untar } from "../../scripts/check-packages.mjs";
import { launchChromium, previewBuild, watchErrors } from "../support/browser.js";
import { createProject, type Project } from "./project.js";
import { readmeExamples } from "./readme-examples.js";

const CASE_STUDY = "uber-michelangelo";
const SCREENS = join(ROOT, "test-results", "packaging");
const reactExamples = readmeExamples(join(ROOT, "packages/react/README.md"));
const elementExamples = readmeExamples(join(ROOT, "packages/element/README.md"));
const cliExamples = readmeExamples(join(ROOT, "packages/cli/README.md"));
const pdfExamples = readmeExamples(join(ROOT, "packages/pdf/README.md"));
const interopExamples = readmeExamples(join(ROOT, "packages/interop/README.md"));
const collabExamples = readmeExamples(join(ROOT, "packages/collab/README.md"));

const example = (examples: Map<string, string>, path: string): string => {
  const code = examples.get(path);
  if (!code) throw new Error(`the README has no example marked <!-- example: ${path} -->`);
  return code;
};

/** The case study with stored positions: what a writer embeds after saving it from the editor. */
const laidOut = async (): Promise<Document> => {
  const design = await getDocument(CASE_STUDY);
  return isPlaced(design) ? design : applyScene(design, await layout(design));
};

/** The lazy-layout page: fetches a design without positions and reports the hovered node. */
const UNPLACED_PAGE = `import { parseDocument } from "@mlsd/core";
import { MlsdDiagram } from "@mlsd/react";
import { createRoot } from "react-dom/client";

const parsed = parseDocument(await (await fetch("/unplaced.mlsd.json")).json());
if (!parsed.ok) throw new Error(parsed.error.message);
const hovered = document.getElementById("hovered");
createRoot(document.getElementById("root")).render(
  <MlsdDiagram document={parsed.value} height={600} onNodeHover={(node) => { hovered.textContent = node ? node.label : "(none)"; }} />,
);
`;

let project: Project;
let design: Document;

beforeAll(async () => {
  project = createProject();
  design = await laidOut();
  writeFileSync(join(project.dir, "design.mlsd.json"), JSON.stringify(design, null, 2));
}, 300_000);

afterAll(() => project?.dispose());

describe("every publishable package", () => {
  it.each(PUBLISHED)("@mlsd/%s: manifest, clean tarball, publint and attw (esm-only)", async (name) => {
    const tarball = project.tarballs[name]!;
    expect([...manifestProblems(join(ROOT, "packages", name)), ...(await tarballProblems(tarball))]).toEqual([]);
    const manifest = JSON.parse(untar(tarball).get("package/package.json")!.toString("utf8"));
    expect(JSON.stringify(manifest.exports)).not.toContain("@mlsd/source");
    expect(manifest.exports["."].types).toMatch(/\.d\.ts$/);
  });
});

describe("a stranger's project", () => {
  const node = (file: string) => execFileSync(process.execPath, [file], { cwd: project.dir, encoding: "utf8" });

  it("renders a catalogue case study to SVG in a Node ESM script (the element README's example)", async () => {
    writeFileSync(join(project.dir, "render-svg.mjs"), example(elementExamples, "render-svg.mjs"));
    expect(node("render-svg.mjs")).toMatch(/wrote uber-michelangelo\.svg: \d+ components/);
    const svg = readFileSync(join(project.dir, "uber-michelangelo.svg"), "utf8");
    const original = await getDocument(CASE_STUDY);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/class="mlsd-node"/g)?.length).toBe(original.nodes.length);
  });

  it("renders every node label on the server (the React README's example)", () => {
    writeFileSync(join(project.dir, "ssr.mjs"), example(reactExamples, "ssr.mjs"));
    const html = node("ssr.mjs");
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    const escaped = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
    for (const n of design.nodes) expect(svg).toContain(`<title>${escaped(nodeTitle(n))}</title>`);
  });

  // Twelve npx runs, three of them laying out with ELK.
  it("runs the mlsd command from the CLI README's example", { timeout: 180_000 }, () => {
    writeFileSync(join(project.dir, "cli.sh"), example(cliExamples, "cli.sh"));
    execFileSync("bash", ["cli.sh"], { cwd: project.dir, encoding: "utf8", stdio: "pipe" });
    const read = (f: string) => readFileSync(join(project.dir, f));
    const stored = JSON.parse(read("fraud.mlsd.json").toString("utf8"));
    expect(stored.nodes.every((n: { position?: unknown; size?: unknown }) => n.position && n.size)).toBe(true);
    expect(read("fraud.svg").toString("utf8")).toMatch(/^<svg[\s\S]*Card fraud detection[\s\S]*<\/svg>\s*$/);
    expect(read("fraud.png").subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(read("fraud.pdf").subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const review = JSON.parse(read("review.json").toString("utf8"));
    expect(review[0]).toMatchObject({ file: "fraud.mlsd.json", valid: true });
    // Out to Mermaid and draw.io and back in: the same parts.
    expect(read("fraud.mmd").toString("utf8")).toMatch(/^---\ntitle: "Card fraud detection"\n---\n%% mlsd design[\s\S]*flowchart LR\n/);
    expect(
      read("fraud.drawio")
        .toString("utf8")
        .match(/<UserObject /g),
    ).toHaveLength(stored.nodes.length);
    const again = JSON.parse(read("fraud-again.mlsd.json").toString("utf8"));
    expect(again.nodes.map((n: { id: string; kind: string }) => `${n.id} ${n.kind}`)).toEqual(
      stored.nodes.map((n: { id: string; kind: string }) => `${n.id} ${n.kind}`),
    );
    const grades = read("grades.csv").toString("utf8").split("\r\n");
    expect(grades[0]).toMatch(/^file,score,max,four-stages,goal-and-metrics,/);
    expect(grades).toContainEqual(expect.stringMatching(/^fraud\.mlsd\.json,\d+,25,/));
  });

  it("imports a README's Mermaid flowchart and exports it again (the interop README's example)", () => {
    writeFileSync(join(project.dir, "interop.mjs"), example(interopExamples, "interop.mjs"));
    const out = node("interop.mjs");
    expect(out).toMatch(/^6 parts and 6 edges from Mermaid block 1 of 1 \(line 4\)\n/);
    expect(out).toContain("fs: feature-store (data)\ntrain: training-job (modeling)");
    const saved = JSON.parse(readFileSync(join(project.dir, "churn.mlsd.json"), "utf8"));
    expect(saved.edges.filter((e: { kind: string }) => e.kind === "feedback")).toHaveLength(1);
    expect(readFileSync(join(project.dir, "churn.mmd"), "utf8")).toContain('subgraph stage_data["Data pipeline"]');
  });

  it("merges two replicas of a room and undoes only one person's change (the collab README's example)", async () => {
    writeFileSync(join(project.dir, "collab.mjs"), example(collabExamples, "collab.mjs"));
    const original = await getDocument(CASE_STUDY);
    expect(node("collab.mjs")).toBe(`same on both: true\nlabels: Renamed by them / ${original.nodes[1]!.label}\n`);
  });

  it("ships the built editor inside @mlsd/server for mlsd serve, and the CLI says how to get the server", () => {
    const files = untar(project.tarballs.server!);
    expect(files.get("package/web/index.html")?.toString("utf8")).toContain('<div id="root">');
    expect([...files.keys()].some((f) => /^package\/web\/assets\/.+\.js$/.test(f))).toBe(true);
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync("npx", ["mlsd", "serve", "--port", "0"], { cwd: project.dir, encoding: "utf8", stdio: "pipe" });
    } catch (e) {
      failure = e as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain("npm install @mlsd/server");
  });

  it("writes a handout and a course pack with the PDF README's Node example", () => {
    writeFileSync(join(project.dir, "handout.mjs"), example(pdfExamples, "handout.mjs"));
    node("handout.mjs");
    for (const file of ["credit-card-fraud.pdf", "pack.pdf"]) {
      const info = execFileSync("pdfinfo", [join(project.dir, file)], { encoding: "utf8" });
      expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(1);
    }
  });

  describe("in Chromium, built with Vite", () => {
    let server: PreviewServer;
    let browser: Browser;
    let origin: string;
    let outDir: string;

    beforeAll(async () => {
      const dir = project.dir;
      mkdirSync(join(dir, "src"), { recursive: true });
      mkdirSync(join(dir, "public"), { recursive: true });
      copyFileSync(join(dir, "design.mlsd.json"), join(dir, "public", "design.mlsd.json"));
      writeFileSync(
        join(dir, "index.html"),
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>React embed</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>\n',
      );
      writeFileSync(join(dir, "src", "main.jsx"), example(reactExamples, "src/main.jsx"));
      writeFileSync(join(dir, "element.html"), example(elementExamples, "element.html"));
      // Not a README example: a design without positions, laid out in the browser on demand.
      const { nodes, ...rest } = design;
      const unplaced = { ...rest, nodes: nodes.map(({ position: _p, size: _s, ...n }) => n) };
      writeFileSync(join(dir, "public", "unplaced.mlsd.json"), JSON.stringify(unplaced));
      writeFileSync(
        join(dir, "unplaced.html"),
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Lazy layout</title></head>\n<body><div id="root"></div><p id="hovered"></p><script type="module" src="/src/unplaced.jsx"></script></body></html>\n',
      );
      writeFileSync(join(dir, "src", "unplaced.jsx"), UNPLACED_PAGE);
      outDir = join(dir, "dist");
      const input = { main: join(dir, "index.html"), element: join(dir, "element.html"), unplaced: join(dir, "unplaced.html") };
      await build({ root: dir, configFile: false, logLevel: "warn", plugins: [react()], build: { outDir, rollupOptions: { input } } });
      ({ server, origin } = await previewBuild(dir, outDir));
      browser = await launchChromium();
      mkdirSync(SCREENS, { recursive: true });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("shows the React embed: nodes visible, clicks and zoom work, no errors, no elkjs loaded", async () => {
      // The build does hold ELK, in a chunk of its own that only a design without positions loads.
      const assets = join(outDir, "assets");
      const elkChunks = readdirSync(assets).filter(
        (f) => f.endsWith(".js") && readFileSync(join(assets, f), "utf8").includes("org.eclipse.elk"),
      );
      expect(elkChunks.length).toBeGreaterThan(0);

      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = watchErrors(page);
      const scripts: string[] = [];
      page.on("response", async (r) => {
        if (r.request().resourceType() === "script") scripts.push(r.url());
      });
      await page.goto(`${origin}/`);
      const nodes = page.locator("svg[data-mlsd-scene] [data-node-id]");
      await expect.poll(() => nodes.count()).toBe(design.nodes.length);
      await expect.poll(() => nodes.first().isVisible()).toBe(true);
      expect(scripts.length).toBeGreaterThan(0);
      for (const url of scripts)
        expect(
          elkChunks.some((f) => url.endsWith(f)),
          url,
        ).toBe(false);

      // A click on a node reaches onNodeClick with the node's data.
      const first = design.nodes[0]!;
      await page.locator(`[data-node-id="${first.id}"]`).click();
      await expect.poll(() => page.locator("#picked").textContent()).toBe(`${first.label} (${first.kind})`);

      // The keyboard reaches the same: a node is a button, Enter presses it.
      const last = design.nodes.at(-1)!;
      await page.locator(`[data-node-id="${last.id}"]`).focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("#picked").textContent()).toBe(`${last.label} (${last.kind})`);

      // The button and the keyboard zoom; 0 fits again.
      const svg = page.locator("svg[data-mlsd-scene]");
      const fitted = await svg.getAttribute("viewBox");
      await page.getByRole("button", { name: "Zoom in" }).click();
      const zoomed = await svg.getAttribute("viewBox");
      expect(zoomed).not.toBe(fitted);
      await page.locator("[data-mlsd-diagram] > div[tabindex]").focus();
      await page.keyboard.press("-");
      expect(await svg.getAttribute("viewBox")).not.toBe(zoomed);
      await page.keyboard.press("0");
      expect(await svg.getAttribute("viewBox")).toBe(fitted);

      await page.screenshot({ path: join(SCREENS, "react-embed.png") });
      expect(errors).toEqual([]);
      await page.close();
    });

    it("lays out a design without positions on demand, loading the ELK chunk only then", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = watchErrors(page);
      const scripts: string[] = [];
      page.on("response", (r) => {
        if (r.request().resourceType() === "script") scripts.push(r.url());
      });
      await page.goto(`${origin}/unplaced.html`);
      const nodes = page.locator("svg[data-mlsd-scene] [data-node-id]");
      await expect.poll(() => nodes.count(), { timeout: 30_000 }).toBe(design.nodes.length);
      const assets = join(outDir, "assets");
      const elkChunks = readdirSync(assets).filter(
        (f) => f.endsWith(".js") && readFileSync(join(assets, f), "utf8").includes("org.eclipse.elk"),
      );
      expect(scripts.some((url) => elkChunks.some((f) => url.endsWith(f)))).toBe(true);

      // Hovering a node reports it; leaving it reports null.
      const first = design.nodes[0]!;
      await page.locator(`[data-node-id="${first.id}"]`).hover();
      await expect.poll(() => page.locator("#hovered").textContent()).toBe(first.label);
      await page.mouse.move(2, 790);
      await expect.poll(() => page.locator("#hovered").textContent()).toBe("(none)");
      expect(errors).toEqual([]);
      await page.close();
    });

    it("shows the web component page: a fetched and an inline design, an error box for bad input, resizes", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
      const errors = watchErrors(page);
      await page.goto(`${origin}/element.html`);
      const count = (id: string) =>
        page.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelectorAll("svg g.mlsd-node").length ?? 0, id);
      await expect.poll(() => count("from-file")).toBe(design.nodes.length);
      await expect.poll(() => count("inline")).toBe(3);

      // The theme attribute switches the drawing's colors in place.
      const background = () =>
        page.evaluate(() => document.getElementById("from-file")!.shadowRoot!.querySelector("svg > rect")?.getAttribute("fill"));
      const light = await background();
      await page.evaluate(() => document.getElementById("from-file")!.setAttribute("theme", "dark"));
      await expect.poll(background).not.toBe(light);
      await page.evaluate(() => document.getElementById("from-file")!.removeAttribute("theme"));
      await expect.poll(background).toBe(light);

      // It follows its container's width.
      const width = await page.evaluate(async () => {
        const el = document.getElementById("from-file")!;
        el.style.width = "600px";
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return el.shadowRoot!.querySelector("svg")!.getBoundingClientRect().width;
      });
      expect(Math.round(width)).toBeGreaterThan(590);
      expect(Math.round(width)).toBeLessThanOrEqual(600);
      await page.evaluate(() => document.getElementById("from-file")!.style.removeProperty("width"));

      // Bad input: a box listing each problem with its path.
      const text = await page.evaluate(async () => {
        const el = document.createElement("mlsd-diagram");
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = JSON.stringify({
          format: "mlsd",
          version: 1,
          id: "bad",
          title: "Bad",
          summary: "",
          nodes: [{ id: "a", kind: "model", stage: "modeling", label: 3, props: {} }],
          edges: [],
          notes: [],
        });
        el.append(script);
        const failed = new Promise((r) => el.addEventListener("mlsd-error", r, { once: true }));
        document.body.append(el);
        await failed;
        return el.shadowRoot!.querySelector("[role=alert]")!.textContent;
      });
      expect(text).toContain("could not be shown");
      expect(text).toContain("nodes[0].label");

      await page.screenshot({ path: join(SCREENS, "web-component.png"), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
