import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { type Document, parseDocumentText, starterDocument } from "@mlsd/core";
import { layout } from "@mlsd/layout";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const sample = (name: string): Document => {
  const result = parseDocumentText(readFileSync(here(`../../samples/${name}`), "utf8"));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

let server: Server;
let browser: Browser;
let origin = "";

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [here("./page.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@mlsd/source"],
    logLevel: "silent",
  });
  const page = bundle.outputFiles[0]?.text ?? "";
  const layoutDir = here("../../packages/layout/package.json");
  const worker = readFileSync(createRequire(layoutDir).resolve("elkjs/lib/elk-worker.min.js"), "utf8");
  const files: Record<string, [string, string]> = {
    "/": ["text/html", '<!doctype html><meta charset="utf-8"><title>layout worker</title><script type="module" src="/page.js"></script>'],
    "/page.js": ["text/javascript", page],
    "/elk-worker.min.js": ["text/javascript", worker],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? ""];
    res.writeHead(file ? 200 : 404, { "content-type": file?.[0] ?? "text/plain" });
    res.end(file?.[1] ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const openPage = async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(origin);
  await page.waitForFunction(() => typeof window.mlsdLayout === "function");
  return { page, errors };
};

describe("layout in a Web Worker (Chromium)", () => {
  it("computes the same scene in the worker as in-process, on one worker", async () => {
    const { page, errors } = await openPage();
    for (const doc of [sample("project-flow.mlsd.json"), sample("fraud-detection.mlsd.json"), starterDocument("Starter")]) {
      const { scene, workers } = await page.evaluate((d) => window.mlsdLayout(d), doc);
      expect(scene).toEqual(JSON.parse(JSON.stringify(await layout(doc))));
      expect(workers).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("cancels with an AbortError by replacing the worker, then lays out again", async () => {
    const { page, errors } = await openPage();
    const doc = sample("fraud-detection.mlsd.json");
    const { error, after, workers } = await page.evaluate((d) => window.mlsdCancel(d), doc);
    expect(error).toBe("AbortError");
    expect(workers).toBe(2);
    expect(after).toEqual(JSON.parse(JSON.stringify(await layout(doc))));
    expect(errors).toEqual([]);
    await page.close();
  });
});
