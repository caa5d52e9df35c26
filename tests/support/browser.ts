import { type Browser, chromium, type Page } from "playwright-core";
import { type LogLevel, type PreviewServer, preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { freePort } from "./port.js";

/** This machine's Chromium with the flags it needs (see TOOLCHAIN.md); never a downloaded browser. */
export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

export interface StaticPreview {
  server: PreviewServer;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
}

/** `vite preview` of an already built `outDir` on a free port of 127.0.0.1; close it with `server.close()`. */
export const previewBuild = async (root: string, outDir: string, logLevel: LogLevel = "warn"): Promise<StaticPreview> => {
  const port = await freePort();
  const server = await preview({
    root,
    configFile: false,
    logLevel,
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });
  return { server, origin: `http://127.0.0.1:${port}` };
};

/** Console errors and uncaught exceptions of a page, collected from the moment it opens. */
export const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on("console", (m) => {
    // The browser asks every origin for a favicon; a page without one is not an error.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
};
