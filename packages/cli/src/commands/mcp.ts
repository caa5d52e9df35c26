import type { Command } from "commander";
import type { Io } from "../io.js";

export const registerMcp = (program: Command, _io: Io, setCode: (code: number) => void) =>
  program
    .command("mcp")
    .description("serve mlsd's tools (validate, review, layout, render, import_mermaid, export) to AI assistants over MCP on stdio")
    .action(async () => {
      // Loaded only here, so every other command starts without the MCP SDK.
      const { serveStdio } = await import("../mcp/server.js");
      await serveStdio();
      setCode(0);
    });
