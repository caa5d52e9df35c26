// The architecture's layering (see the table in README.md and each CONTEXT.md), checked by
// dependency-cruiser on the sources: arrows point down, no React in the framework-free
// packages, no Node built-ins in core or scene, no cycles (type-only imports included).
// `pnpm lint` runs it; `npx depcruise packages apps --output-type text` lists every import.

const TESTS = "\\.test(\\.util)?\\.tsx?$|/test-helpers\\.ts$|/testing/";

/** A rule that a package's sources (tests may reach further) import no workspace package outside `allowed`. */
const layer = (pkg, allowed, comment) => ({
  name: `${pkg}-imports-down`,
  comment,
  severity: "error",
  from: { path: `^packages/${pkg}/src/`, pathNot: TESTS },
  to: { path: `^(packages|apps|tests)/`, pathNot: `^(packages/(${[pkg, ...allowed].join("|")})|node_modules)/` },
});

const SOURCES = "^packages/[^/]+/src/";

module.exports = {
  forbidden: [
    layer("core", [], "core holds the model: it imports no other package"),
    layer("scene", ["core"], "scene draws core's documents"),
    layer("catalog", ["core"], "the shipped catalogue only reads documents"),
    layer("layout", ["core", "scene"], "layout is the ELK adapter on top of scene"),
    layer("svg", ["core", "scene"], "svg translates scene's paint list"),
    layer("react", ["core", "scene", "layout"], "the viewer draws scene's paint list; layout only lazily (next rule)"),
    {
      name: "react-layout-lazily",
      comment: "a page of laid-out designs never downloads elkjs: @mlsd/react loads @mlsd/layout with import() only",
      severity: "error",
      from: { path: "^packages/react/src/", pathNot: TESTS },
      to: { path: "^packages/layout/", dependencyTypesNot: ["dynamic-import"] },
    },
    layer("pdf", ["core", "scene"], "the handout draws scene's paint list; it never lays out"),
    layer("element", ["core", "scene", "svg"], "the web component carries no layout engine and no React"),
    layer("interop", ["core", "scene"], "Mermaid and draw.io in and out: the model, and scene's frames and colours for draw.io"),
    layer("collab", ["core"], "a design as a Yjs document: the model only, so the editor and the server share it"),
    layer("server", ["core", "collab"], "live rooms: stores and checks designs, never draws them"),
    layer("cli", ["core", "scene", "layout", "svg", "catalog", "pdf", "interop", "server"], "the command uses every package, no app"),
    {
      name: "cli-server-lazily",
      comment: "only `mlsd serve` loads @mlsd/server (Hocuspocus, SQLite): import() only",
      severity: "error",
      from: { path: "^packages/cli/src/", pathNot: TESTS },
      to: { path: "^packages/server/", dependencyTypesNot: ["dynamic-import", "type-only", "type-import"] },
    },
    {
      name: "no-react-in-framework-free-packages",
      comment:
        "core, scene, layout, svg, interop, collab and server run anywhere or on a server: no React, React DOM, React Flow or react-pdf",
      severity: "error",
      from: { path: "^packages/(core|scene|layout|svg|interop|collab|server)/src/" },
      to: { path: "node_modules/(react|react-dom|@xyflow/react|@react-pdf/renderer)/" },
    },
    {
      name: "no-node-builtins-in-shared-packages",
      comment: "core, scene, interop and collab run in browsers and workers as they are (tests may use Node)",
      severity: "error",
      from: { path: "^packages/(core|scene|interop|collab)/src/", pathNot: TESTS },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-app-imports",
      comment: "nothing imports an app or the test suites",
      severity: "error",
      from: { path: SOURCES },
      to: { path: "^(apps|tests)/" },
    },
    {
      name: "not-to-unresolvable",
      comment: "an import must resolve: a workspace package is imported only where package.json declares it",
      severity: "error",
      from: {},
      // Vite resolves the editor's ?url and ?worker imports through aliases (apps/web/vite.config.ts).
      to: { couldNotResolve: true, pathNot: "\\?(url|worker)$" },
    },
    {
      name: "no-circular",
      comment: "no cycles, not even type-only ones",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // dist/ and the editor build copied into the server package are outputs, not sources.
    exclude: { path: "(^|/)dist/|^packages/server/web/" },
    // Type-only imports count: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    // Workspace packages resolve to their sources, as in vitest and Vite.
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["@mlsd/source", "import", "types", "default"],
      extensions: [".ts", ".tsx", ".d.ts", ".js", ".mjs"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
