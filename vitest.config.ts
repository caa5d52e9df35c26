import { defineConfig } from "vitest/config";

/**
 * One vitest run for the whole monorepo, so CI reads one report. Workspace packages
 * resolve to their TypeScript sources through the "@mlsd/source" export condition, so
 * tests never run against a stale build.
 */
const SOURCE = "@mlsd/source";

// Layout runs ELK: on a busy 2-core machine a sound test can take longer than vitest's 5 s default.
const unit = (name: string, root: string, environment: "node" | "jsdom" = "node") => ({
  extends: true as const,
  test: { name, root, environment, include: ["src/**/*.test.ts", "src/**/*.test.tsx"], testTimeout: 30_000 },
});

export default defineConfig({
  resolve: { conditions: [SOURCE, "module", "browser", "development|production"] },
  ssr: { resolve: { conditions: [SOURCE, "module", "node", "development|production"] } },
  test: {
    projects: [
      unit("core", "packages/core"),
      unit("scene", "packages/scene"),
      unit("layout", "packages/layout"),
      unit("svg", "packages/svg"),
      unit("catalog", "packages/catalog"),
      unit("cli", "packages/cli"),
      unit("interop", "packages/interop"),
      unit("collab", "packages/collab"),
      unit("server", "packages/server"),
      unit("react", "packages/react"),
      unit("element", "packages/element"),
      unit("pdf", "packages/pdf"),
      unit("web", "apps/web"),
      unit("pdf-app", "apps/pdf"),
      {
        extends: true as const,
        test: {
          name: "tests",
          root: "tests",
          include: ["**/*.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
    passWithNoTests: true,
  },
});
