#!/usr/bin/env node
// Puts the built editor (apps/web/dist) inside this package as web/, so `mlsd serve` serves
// it from an installed package too. Run by `pnpm build` after the editor is built (turbo.json).
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../../../apps/web/dist/", import.meta.url));
const to = fileURLToPath(new URL("../web/", import.meta.url));
if (!existsSync(from)) {
  console.error(`copy-web: ${from} is missing; build the editor first (pnpm --filter @mlsd/web build)`);
  process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true, filter: (src) => !src.includes("/.vite") });
console.log("copy-web: the editor is in web/");
