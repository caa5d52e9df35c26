import { getDocument, listCatalog } from "@mlsd/catalog";
import { KINDS, NODE_KINDS, serializeDocument } from "@mlsd/core";
import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { TOOLS, ToolError } from "./tools.js";

const VERSION = "0.1.0";

/** The mlsd tools and resources on an MCP server (not yet connected to a transport). */
export const createMcpServer = (): McpServer => {
  const server = new McpServer(
    { name: "mlsd", version: VERSION },
    {
      instructions:
        "mlsd checks machine-learning system designs. Draft a design as .mlsd.json (the `mlsd://kinds` resource lists the component kinds; `mlsd://catalog` holds 40 worked designs), then call validate and review, and render or export it.",
    },
  );
  for (const def of TOOLS)
    server.registerTool(def.name, { title: def.title, description: def.description, inputSchema: def.input }, async (args: unknown) => {
      try {
        const out = await def.run(args as never);
        return { content: [{ type: "text" as const, text: out.text }], ...(out.data ? { structuredContent: out.data } : {}) };
      } catch (e) {
        // A bad design or diagram is the caller's to fix: say what is wrong and keep serving.
        const text = e instanceof ToolError ? e.message : `${def.name} failed: ${e instanceof Error ? e.message : String(e)}`;
        return { isError: true, content: [{ type: "text" as const, text }] };
      }
    });

  server.registerResource(
    "kinds",
    "mlsd://kinds",
    {
      title: "Component kinds",
      description: "The node kinds of a design with their stage, description and typed properties",
      mimeType: "application/json",
    },
    (uri) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: "application/json",
          text: JSON.stringify(
            NODE_KINDS.map((kind) => ({ kind, ...KINDS[kind] })),
            null,
            2,
          ),
        },
      ],
    }),
  );
  server.registerResource(
    "catalog",
    "mlsd://catalog",
    {
      title: "Catalogue",
      description: "The 12 case studies, 27 exercises and the project flow: ids, titles and sources",
      mimeType: "application/json",
    },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(listCatalog(), null, 2) }] }),
  );
  server.registerResource(
    "design",
    new ResourceTemplate("mlsd://catalog/{id}", {
      list: () => ({
        resources: listCatalog().map((e) => ({ uri: `mlsd://catalog/${e.id}`, name: e.id, title: e.title, mimeType: "application/json" })),
      }),
    }),
    { title: "Catalogue design", description: "One catalogue design as a .mlsd.json document", mimeType: "application/json" },
    async (uri, { id }) => ({
      contents: [{ uri: uri.href, mimeType: "application/json", text: serializeDocument(await getDocument(String(id))) }],
    }),
  );
  return server;
};

/** `mlsd mcp`: serve over standard input and output until the client closes them. */
export const serveStdio = async (): Promise<void> => {
  const server = createMcpServer();
  // Done when the client closes the session or its end of the pipe (a pending promise alone
  // would leave the process's top-level await unfinished).
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
    process.stdin.once("end", () => resolve());
  });
  await server.connect(new StdioServerTransport());
  await closed;
};
