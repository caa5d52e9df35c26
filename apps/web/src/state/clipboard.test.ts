import { NodeId, parseDocument, starterDocument } from "@mlsd/core";
import { describe, expect, it } from "vitest";
import { clipboardDocument } from "./clipboard.js";

describe("the clipboard's document", () => {
  it("loads again when the design keeps a finding about a part that was not copied", () => {
    const doc = {
      ...starterDocument("Kept findings"),
      suppressions: [{ rule: "serving/no-monitoring", node: NodeId("online-service"), reason: "watched by the platform team" }],
    };
    expect(parseDocument(doc).ok).toBe(true);
    const snippet = clipboardDocument(doc, new Set(["model"]));
    expect(parseDocument(JSON.parse(JSON.stringify(snippet))).ok).toBe(true);
    expect(snippet.nodes.map((n) => n.id)).toEqual(["model"]);
  });
});
