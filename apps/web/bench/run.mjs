#!/usr/bin/env node
// `pnpm bench`: times the built editor in headless Chromium on generated designs.
//   - time from importing a 1,000-node design to the canvas showing its nodes
//   - frame times (median, p95) while panning and while dragging a node
//   - the longest main-thread task while auto layout runs on 300 nodes (ELK is in a worker)
// Prints a table; the figures in README.md come from here.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../scripts/chromium.mjs";
import { generateDesign } from "./generate.mjs";

// playwright-core is installed for the end-to-end tests; the bench borrows it from there.
const { chromium } = createRequire(new URL("../../../tests/package.json", import.meta.url))("playwright-core");
const WEB = fileURLToPath(new URL("..", import.meta.url));
const VITE = fileURLToPath(new URL("../node_modules/vite/bin/vite.js", import.meta.url));
const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x) => `${x.toFixed(1)} ms`;

const port = await freePort();
const server = spawn(process.execPath, [VITE, "preview", "--host", "127.0.0.1", "--strictPort", "--port", String(port)], {
  cwd: WEB,
  stdio: "ignore",
});
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {}
  if (i > 150) throw new Error("vite preview did not start");
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const importDesign = async (doc) => {
    await page.goto(url);
    await page.getByRole("button", { name: "New design" }).waitFor();
    const t0 = await page.evaluate(() => performance.now());
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "bench.mlsd.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
    await page.waitForURL(/#\/edit\//);
    // Drawn = node elements present, measured (React Flow shows a node once it knows its size) and two frames painted.
    const t1 = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const check = () => {
            const shown = [...document.querySelectorAll(".react-flow__node-kind")].filter((n) => n.style.visibility !== "hidden");
            if (shown.length)
              requestAnimationFrame(() => requestAnimationFrame(() => resolve({ at: performance.now(), shown: shown.length })));
            else requestAnimationFrame(check);
          };
          check();
        }),
    );
    return { ms: t1.at - t0, shown: t1.shown };
  };
  const recordFrames = async (action) => {
    await page.evaluate(() => {
      window.__frames = [];
      window.__stop = false;
      let last = performance.now();
      const tick = (t) => {
        window.__frames.push(t - last);
        last = t;
        if (!window.__stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await action();
    return page.evaluate(() => {
      window.__stop = true;
      return window.__frames.slice(1);
    });
  };

  // 1. First render of 1,000 nodes.
  const big = generateDesign(1000);
  const first = await importDesign(big);
  results.push(["first render, 1,000-node design (import → nodes drawn)", ms(first.ms), `${first.shown} nodes in view`]);

  // 2. Panning: drag the empty canvas around, first in the opening view, then with every node in view.
  const canvas = await page.getByRole("region", { name: "Canvas" }).boundingBox();
  const cx = canvas.x + canvas.width / 2;
  const panOnce = async (label) => {
    const inView = await page.locator(".react-flow__node-kind").count();
    const frames = await recordFrames(async () => {
      await page.mouse.move(cx, canvas.y + canvas.height - 30);
      await page.mouse.down();
      for (let i = 0; i < 60; i++)
        await page.mouse.move(cx + Math.sin(i / 10) * 200, canvas.y + canvas.height - 30 - Math.cos(i / 10) * 100);
      await page.mouse.up();
    });
    const p = stats(frames);
    results.push([`pan, ${label}: frame time median / p95`, `${ms(p.median)} / ${ms(p.p95)}`, `${p.n} frames, ${inView} nodes in the DOM`]);
  };
  await panOnce("opening view");
  await page.keyboard.press("f"); // fit view: every node in view, the heaviest case
  await page.waitForTimeout(800);
  await panOnce("all 1,000 nodes in view");

  // 3. Dragging a node.
  await page.keyboard.press("f");
  await page.waitForTimeout(600);
  const node = page.locator(".react-flow__node-kind").nth(500);
  const box = await node.boundingBox();
  const drag = await recordFrames(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 90; i++) await page.mouse.move(box.x + box.width / 2 + i * 3, box.y + box.height / 2 + Math.sin(i / 8) * 60);
    await page.mouse.up();
  });
  const d = stats(drag);
  results.push(["drag one node of 1,000: frame time median / p95", `${ms(d.median)} / ${ms(d.p95)}`, `${d.n} frames`]);

  // 4. Auto layout of 300 nodes: longest main-thread task while ELK runs in the worker. The first
  // run also loads and evaluates the layout module; the second shows the steady state.
  await importDesign(generateDesign(300, { positions: false }));
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: false });
  });
  for (const run of ["first run", "second run"]) {
    const l0 = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Auto layout" }).click();
    // A plain CSS poll: Playwright's role queries would themselves add main-thread work.
    await page.waitForTimeout(100); // the glide alone takes longer than this
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll(".toolbar button")].some(
          (b) => b.textContent === "Auto layout" && b.getAttribute("aria-busy") !== "true",
        ),
      null,
      { polling: 100, timeout: 120_000 },
    );
    const notice = await page.locator(".notice").textContent();
    if (!/Laid out/.test(notice ?? "")) throw new Error(`auto layout did not finish: ${notice}`);
    const { l1, longest, count } = await page.evaluate((start) => {
      const l = window.__long.filter((e) => e.start >= start);
      return { l1: performance.now(), longest: Math.max(0, ...l.map((e) => e.duration)), count: l.length };
    }, l0);
    results.push([
      `auto layout, 300 nodes, ${run}: longest main-thread task`,
      ms(longest),
      `${count} tasks over 50 ms; layout + glide ${ms(l1 - l0)}`,
    ]);
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

const width = Math.max(...results.map((r) => r[0].length));
console.log("\nmlsd editor benchmark (headless Chromium, vite preview build)\n");
for (const [what, value, note] of results) console.log(`${what.padEnd(width)}  ${value.padStart(18)}  ${note}`);
