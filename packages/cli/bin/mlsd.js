#!/usr/bin/env node
import { main } from "../dist/main.js";

// A reader that stops early (`mlsd kinds | head -1`) closes the pipe: that ends mlsd quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });

process.exitCode = await main(process.argv);
