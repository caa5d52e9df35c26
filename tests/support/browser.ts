import { type Browser, type ConsoleMessage, chromium, type Dialog, type Page } from "playwright-core";
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

/** A page, or a browser context (every page of it). */
interface Emitter {
  on(event: "console", listener: (m: ConsoleMessage) => void): unknown;
  on(event: "dialog", listener: (d: Dialog) => void): unknown;
}

/** Adds to `errors` the console errors of a page (or of every page of a context) and its dialogs, which it dismisses. */
export const watchConsole = (target: Emitter, errors: string[]) => {
  target.on("console", (m) => {
    // The browser asks every origin for a favicon; a page without one is not an error.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  target.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
};

/** Console errors and uncaught exceptions of a page, collected from the moment it opens. */
export const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  watchConsole(page, errors);
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
};
