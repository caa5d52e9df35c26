import { format } from "node:util";
import type { Command } from "commander";
import type { Io } from "../io.js";

interface ServeFlags {
  port: string;
  host: string;
  data: string;
  redis?: string;
  saveDelay: string;
  web?: string;
}

const wholeNumber = (text: string, min: number, max: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export const registerServe = (program: Command, io: Io, setCode: (code: number) => void) =>
  program
    .command("serve")
    .description("serve the editor and its live rooms (several people on one design) on one port; logs are JSON lines")
    .option("--port <port>", "the port to listen on", "8080")
    .option("--host <address>", "the address to listen on (0.0.0.0 for every interface)", "127.0.0.1")
    .option("--data <folder>", "the folder of the rooms database (one SQLite file)", "./mlsd-data")
    .option("--redis <url>", "share rooms with other instances through Redis, e.g. redis://127.0.0.1:6379")
    .option("--save-delay <ms>", "the longest a change waits before it is written to the database", "1000")
    .option("--web <folder>", "serve this build of the editor instead of the one inside @mlsd/server")
    .action(async (flags: ServeFlags) => {
      const port = wholeNumber(flags.port, 0, 65535);
      const saveDelayMs = wholeNumber(flags.saveDelay, 10, 60_000);
      if (port === undefined) {
        io.err(`mlsd serve: --port must be a whole number from 0 to 65535, got "${flags.port}"\n`);
        return setCode(2);
      }
      if (saveDelayMs === undefined) {
        io.err(`mlsd serve: --save-delay must be a whole number of milliseconds from 10 to 60000, got "${flags.saveDelay}"\n`);
        return setCode(2);
      }
      if (flags.redis !== undefined && !/^redis:\/\/[^\s/]+/.test(flags.redis)) {
        io.err(`mlsd serve: --redis must look like redis://host:6379, got "${flags.redis}"\n`);
        return setCode(2);
      }
      // Loaded only for this command, from an optional package: the rest of mlsd never pays
      // for Hocuspocus and a native SQLite build.
      let serverModule: typeof import("@mlsd/server");
      try {
        serverModule = await import("@mlsd/server");
      } catch (e) {
        if ((e as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw e;
        io.err("mlsd serve: the server is a package of its own; install it next to @mlsd/cli: npm install @mlsd/server\n");
        return setCode(1);
      }
      const { jsonLogger, startServer } = serverModule;
      const log = jsonLogger(io.out);
      // Libraries that print (Hocuspocus) come out as JSON lines too.
      console.log = (...args: unknown[]) => log("info", "library", { message: format(...args) });
      console.warn = (...args: unknown[]) => log("warn", "library", { message: format(...args) });
      console.error = (...args: unknown[]) => log("error", "library", { message: format(...args) });
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({
          port,
          host: flags.host,
          data: flags.data,
          saveDelayMs,
          log,
          ...(flags.redis ? { redis: flags.redis } : {}),
          ...(flags.web ? { web: flags.web } : {}),
        });
      } catch (e) {
        const code = (e as { code?: string }).code;
        io.err(
          code === "EADDRINUSE"
            ? `mlsd serve: port ${port} on ${flags.host} is in use; choose another with --port\n`
            : `mlsd serve: ${e instanceof Error ? e.message : String(e)}\n`,
        );
        return setCode(1);
      }
      io.err(`mlsd serve: the editor is at ${server.url}/ (stop with Ctrl+C)\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          log("info", "signal", { signal });
          server.close().then(resolve, (e: unknown) => {
            log("error", "server.stop_failed", { error: e instanceof Error ? e.message : String(e) });
            resolve();
          });
        };
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      });
      setCode(0);
    });
