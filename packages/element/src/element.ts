import type { Scene, ThemeName } from "@mlsd/scene";
import { renderSvg } from "@mlsd/svg";
import { type Failure, fetchFailure, type Loaded, sceneFromText } from "./load.js";
import { aspectOf, shadowCss } from "./styles.js";

// Importing this module on a server (no DOM) must not throw: the class extends a stand-in there.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** Space around the drawing inside the SVG, in Scene units. */
const PADDING = 16;

const themeOf = (value: string | null): ThemeName => {
  if (value === "dark" || value === "light") return value;
  if (value === "auto") return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  return "light";
};

/**
 * `<mlsd-diagram src="design.mlsd.json" theme="dark">`, or with the design inline in a
 * `<script type="application/json">` child. Draws the design's stored layout with @mlsd/svg
 * into a shadow root; bad input shows a box listing the problems. Fires `mlsd-load`
 * (detail: { scene }) and `mlsd-error` (detail: { failure }).
 * @public
 */
export class MlsdDiagramElement extends Base {
  static observedAttributes = ["src", "theme", "label"];

  #root: ShadowRoot;
  #scene: Scene | undefined;
  #failure: Failure | undefined;
  #abort: AbortController | undefined;
  #waiting = false;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
  }

  connectedCallback(): void {
    this.#load();
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after || !this.isConnected) return;
    if (name === "src") this.#load();
    else this.#render();
  }

  /** The Scene on show, once loaded. */
  get scene(): Scene | undefined {
    return this.#scene;
  }

  #load(): void {
    this.#abort?.abort();
    const src = this.getAttribute("src");
    if (src) {
      void this.#fetch(src);
      return;
    }
    const script = this.querySelector('script[type="application/json"]');
    if (!script && this.ownerDocument.readyState === "loading" && !this.#waiting) {
      // Upgraded while the parser is still reading our children: try again once it is done.
      this.#waiting = true;
      this.ownerDocument.addEventListener("DOMContentLoaded", () => this.#load(), { once: true });
      this.#status("Loading the design…");
      return;
    }
    this.#show(script ? sceneFromText(script.textContent ?? "") : { ok: false, failure: NO_SOURCE });
  }

  async #fetch(src: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.#status("Loading the design…");
    try {
      const response = await fetch(new URL(src, this.ownerDocument.baseURI), { signal: abort.signal });
      const text = await response.text();
      if (abort.signal.aborted) return;
      this.#show(response.ok ? sceneFromText(text) : { ok: false, failure: fetchFailure(src, `HTTP ${response.status}`) });
    } catch (e) {
      if (abort.signal.aborted) return;
      this.#show({ ok: false, failure: fetchFailure(src, e instanceof Error ? e.message : String(e)) });
    }
  }

  #show(loaded: Loaded): void {
    this.#scene = loaded.ok ? loaded.scene : undefined;
    this.#failure = loaded.ok ? undefined : loaded.failure;
    this.#render();
    this.dispatchEvent(
      loaded.ok
        ? new CustomEvent("mlsd-load", { detail: { scene: loaded.scene } })
        : new CustomEvent("mlsd-error", { detail: { failure: loaded.failure } }),
    );
  }

  #status(text: string): void {
    const div = this.ownerDocument.createElement("div");
    div.className = "status";
    div.setAttribute("role", "status");
    div.textContent = text;
    this.#replace(undefined, div);
  }

  #render(): void {
    const scene = this.#scene;
    if (scene) {
      const frame = this.ownerDocument.createElement("div");
      frame.className = "frame";
      frame.setAttribute("part", "frame");
      // @mlsd/svg escapes every string of the Scene, so its markup is safe to parse here; the
      // SVG names itself (role="img", <title>, <desc>), the label attribute overrides the title.
      const label = this.getAttribute("label");
      frame.innerHTML = renderSvg(scene, {
        theme: themeOf(this.getAttribute("theme")),
        padding: PADDING,
        ...(label ? { title: label } : {}),
      });
      this.#replace(aspectOf(scene.bounds, PADDING), frame);
    } else if (this.#failure) this.#replace(undefined, errorBox(this.ownerDocument, this.#failure));
  }

  #replace(aspect: string | undefined, content: Node): void {
    const style = this.ownerDocument.createElement("style");
    style.textContent = shadowCss(themeOf(this.getAttribute("theme")), aspect);
    this.#root.replaceChildren(style, content);
  }
}

const NO_SOURCE: Failure = {
  title: "No design to show.",
  lines: ['Give <mlsd-diagram> a src="design.mlsd.json" attribute, or put the design in a <script type="application/json"> child.'],
};

/** The problems as text nodes: nothing from the document is ever parsed as markup. */
const errorBox = (doc: globalThis.Document, failure: Failure): HTMLElement => {
  const box = doc.createElement("div");
  box.className = "error";
  box.setAttribute("role", "alert");
  box.setAttribute("part", "error");
  const title = doc.createElement("strong");
  title.textContent = failure.title;
  const list = doc.createElement("ul");
  for (const line of failure.lines) {
    const item = doc.createElement("li");
    item.textContent = line;
    list.append(item);
  }
  box.append(title, list);
  return box;
};
