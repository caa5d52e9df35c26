// A page that shows hostile designs every way an embed can: the React viewer (from a
// document and from a Scene with a javascript: link) and <mlsd-diagram> (inline JSON as a
// server would write it, fetched from a URL, and invalid input that ends in the error box).
import "@mlsd/element/define";
import { isPlaced, parseDocument } from "@mlsd/core";
import { MlsdDiagram } from "@mlsd/react";
import { sceneFromDocument } from "@mlsd/scene";
import { createRoot } from "react-dom/client";
import { hostileDocument, PAYLOADS, withJavascriptLink } from "../hostile.js";

const parsed = parseDocument(hostileDocument());
if (!parsed.ok) throw new Error(parsed.error.message);
const design = parsed.value;
if (!isPlaced(design)) throw new Error("no stored layout");
const scene = sceneFromDocument(design);

createRoot(document.getElementById("react-document")!).render(<MlsdDiagram document={design} height={500} onNodeClick={() => {}} />);
createRoot(document.getElementById("react-scene")!).render(<MlsdDiagram scene={withJavascriptLink(scene)} theme="dark" height={300} />);

const json = JSON.stringify(design);
const elements = document.getElementById("elements")!;
// Inline JSON the way a server must write it into HTML: "<" escaped, so "</script>" in a label cannot end the script.
elements.insertAdjacentHTML(
  "beforeend",
  `<mlsd-diagram id="el-inline"><script type="application/json">${json.replace(/</g, "\\u003c")}</script></mlsd-diagram>`,
);
const fetched = document.createElement("mlsd-diagram");
fetched.id = "el-src";
fetched.setAttribute("theme", "dark");
fetched.setAttribute("src", URL.createObjectURL(new Blob([json], { type: "application/json" })));
elements.append(fetched);

const bad = document.createElement("mlsd-diagram");
bad.id = "el-bad";
const script = document.createElement("script");
script.type = "application/json";
script.textContent = JSON.stringify({
  ...design,
  title: 42,
  nodes: [{ ...design.nodes[0], kind: PAYLOADS[1], label: 3 }],
  source: { title: PAYLOADS[0], url: "javascript:window.__pwned=1" },
});
bad.append(script);
elements.append(bad);
