import { createRequire } from "node:module";
import { dirname } from "node:path";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// elkjs (of @mlsd/layout) and the DejaVu fonts (of @mlsd/pdf) are not dependencies of the
// app: the app imports files of theirs (the ELK worker, the TTFs for PDF export), so they
// are resolved from the package that owns them (pnpm keeps them out of this node_modules).
const packageDir = (owner: string, name: string) => {
  try {
    return dirname(createRequire(new URL(`../../packages/${owner}/package.json`, import.meta.url)).resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
};
const aliases = [
  ["elkjs", packageDir("layout", "elkjs")],
  ["dejavu-fonts-ttf", packageDir("pdf", "dejavu-fonts-ttf")],
].flatMap(([name, dir]) => (dir ? [{ find: new RegExp(`^${name}/`), replacement: `${dir}/` }] : []));

export default defineConfig({
  base: "./",
  plugins: [react()],
  // Workspace packages resolve to their TypeScript sources, as in the root vitest config.
  resolve: {
    conditions: ["@mlsd/source", ...defaultClientConditions],
    alias: aliases,
  },
  worker: { format: "es" },
  build: { manifest: true, target: "es2022", chunkSizeWarningLimit: 1200 },
  preview: { host: "127.0.0.1" },
  server: { host: "127.0.0.1" },
});
