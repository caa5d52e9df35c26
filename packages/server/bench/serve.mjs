// One mlsd server process for the load bench, from this package's build (dist/).
// Usage: node bench/serve.mjs <port> <data folder> [redis url]
import { jsonLogger, startServer } from "../dist/index.js";

const [port, data, redis] = process.argv.slice(2);
const log = jsonLogger((line) => process.stderr.write(line), "warn");
const server = await startServer({ port: Number(port), data, log, saveDelayMs: 1000, ...(redis ? { redis } : {}) });
process.stdout.write(`ready ${server.url}\n`);
process.once("SIGTERM", () => server.close().then(() => process.exit(0)));
