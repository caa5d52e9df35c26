#!/usr/bin/env node
// Until the web editor lands, `pnpm start` checks and lists the sample designs.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("samples")
  .filter((f) => f.endsWith(".mlsd.json"))
  .map((f) => `samples/${f}`);
const { status } = spawnSync("pnpm", ["exec", "mlsd", "validate", ...files], { stdio: "inherit" });
process.exit(status ?? 1);
