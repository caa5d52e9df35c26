import { describe, expect, it } from "vitest";
import { NodeId } from "./ids.js";
import { parseDocument } from "./parse.js";
import { renameIds } from "./rename.js";
import { healthy } from "./review/sketch.js";

describe("renameIds", () => {
  it("renames nodes, edges and notes, and every reference follows, so the result still loads", () => {
    const doc = healthy({
      notes: [{ id: "n1", text: "about the API", nodes: [NodeId("api")] }],
      suppressions: [{ rule: "serving/no-online-experiment", node: NodeId("api"), reason: "launch first" }],
    });
    const renamed = renameIds(doc, (id, sort) => `${sort}.${id}`);
    expect(renamed.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => `node.${n.id}`));
    expect(renamed.edges[0]).toMatchObject({ id: `edge.${doc.edges[0]!.id}`, source: `node.${doc.edges[0]!.source}` });
    expect(renamed.notes[0]).toMatchObject({ id: "note.n1", nodes: ["node.api"] });
    expect(renamed.suppressions).toEqual([{ rule: "serving/no-online-experiment", node: "node.api", reason: "launch first" }]);
    expect(parseDocument(renamed).ok).toBe(true);
    expect(doc.nodes[0]!.id).toBe("goal");
  });
});
