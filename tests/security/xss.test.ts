import { type Document, isPlaced, parseDocument } from "@mlsd/core";
import { MlsdDiagram } from "@mlsd/react";
import { type Scene, sceneFromDocument } from "@mlsd/scene";
import { escapeXml, renderSvg } from "@mlsd/svg";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { hostileDocument, JAVASCRIPT_URL, liveMarkupProblems, PAYLOADS, withJavascriptLink } from "./hostile.js";

const loaded = (): Document => {
  const parsed = parseDocument(JSON.parse(JSON.stringify(hostileDocument())));
  if (!parsed.ok) throw new Error(parsed.error.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.value;
};

const sceneOf = (document: Document): Scene => {
  if (!isPlaced(document)) throw new Error("the hostile document lost its positions");
  return sceneFromDocument(document);
};

describe("the checker itself", () => {
  it("flags live markup and passes escaped text", () => {
    expect(liveMarkupProblems('<svg><text>&lt;script&gt;</text><a href="https://x.org">x</a></svg>')).toEqual([]);
    expect(liveMarkupProblems("<svg><script>x</script></svg>")).toContain("<script> element");
    expect(liveMarkupProblems('<g onclick="x">')).toContain("event handler attribute onclick on <g>");
    expect(liveMarkupProblems('<a href="javascript:x">')).toEqual(['href="javascript:x" on <a>']);
    expect(liveMarkupProblems('<a href="jav&#x61;script:x">')).toHaveLength(1);
  });
});

describe("a document with a script payload in every string field", () => {
  it("is a valid document, so the payloads reach every renderer", () => {
    const document = loaded();
    expect(document.nodes.length).toBeGreaterThan(20);
    expect(document.nodes.every((n) => n.position && n.size)).toBe(true);
  });

  it.each(["light", "dark"] as const)("@mlsd/svg (%s) writes every payload as text only", (theme) => {
    const svg = renderSvg(sceneOf(loaded()), { theme });
    expect(liveMarkupProblems(svg)).toEqual([]);
    // The payloads are shown, escaped, not dropped.
    expect(svg).toContain(escapeXml(PAYLOADS[0]));
    expect(svg).not.toContain(PAYLOADS[1]);
  });

  it("@mlsd/svg stays inert for a Scene whose source link is javascript:", () => {
    const svg = renderSvg(withJavascriptLink(sceneOf(loaded())));
    expect(liveMarkupProblems(svg)).toEqual([]);
  });

  it("@mlsd/react renders on the server with every payload as text and only http(s) links", () => {
    const document = loaded();
    const html = renderToString(createElement(MlsdDiagram, { document }));
    expect(liveMarkupProblems(html)).toEqual([]);
    expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    // The source address tries to close the attribute: it is not linked at all.
    expect(hrefs).toEqual([]);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  });

  it("@mlsd/react drops a javascript: link of a Scene given directly", () => {
    const html = renderToString(createElement(MlsdDiagram, { scene: withJavascriptLink(sceneOf(loaded())), theme: "dark" }));
    expect(liveMarkupProblems(html)).toEqual([]);
    expect(html).not.toContain(`href="${JAVASCRIPT_URL}"`);
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it("the loader refuses a javascript: source address, with a message the element shows as text", () => {
    const document = { ...hostileDocument(), source: { title: "x", url: JAVASCRIPT_URL } };
    const parsed = parseDocument(document);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.problems.map((p) => p.path)).toContain("source.url");
  });

  it("a Scene from an untrusted source with script in its kinds, stage and ids draws nothing live (or refuses)", () => {
    const scene = sceneOf(loaded());
    const bad = PAYLOADS[0];
    const forged = {
      ...scene,
      documentId: bad,
      stages: scene.stages.map((f) => ({ ...f, stage: bad })),
      nodes: scene.nodes.map((n) => ({ ...n, id: bad, kind: bad })),
      edges: scene.edges.map((e) => ({ ...e, id: bad, kind: bad })),
    } as unknown as Scene;
    for (const render of [() => renderSvg(forged), () => renderToString(createElement(MlsdDiagram, { scene: forged }))]) {
      let out = "";
      try {
        out = render();
      } catch {
        continue; // refusing to draw is safe too
      }
      expect(liveMarkupProblems(out)).toEqual([]);
    }
  });
});
