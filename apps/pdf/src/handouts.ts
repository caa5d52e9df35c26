#!/usr/bin/env node
// `pnpm handouts`: every catalogue handout and the course pack, into apps/pdf/out/.
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import cliProgress from "cli-progress";
import { buildHandouts, summarize } from "./build.js";

const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "out");
const bar = new cliProgress.SingleBar(
  { format: "handouts [{bar}] {value}/{total} {name}", hideCursor: true, clearOnComplete: true, stream: process.stderr },
  cliProgress.Presets.shades_classic,
);

try {
  let started = false;
  const result = await buildHandouts({
    outDir,
    onProgress: (done, total, name) => {
      if (!started) {
        bar.start(total, 0, { name });
        started = true;
      }
      bar.update(done, { name });
    },
  });
  bar.stop();
  console.log(summarize(result, relative(process.cwd(), outDir) || "."));
} catch (e) {
  bar.stop();
  console.error(`handouts: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
