import { compareStages, STAGE_IDS, STAGES } from "@mlsd/core";
import { expect, it } from "vitest";
import { getDocument } from "./index.js";

it("draws the booklet's project flow: four stages, a step forward between neighbours, a loop back from each later stage to each earlier one", async () => {
  const doc = await getDocument("project-flow");
  expect(doc.nodes.map((n) => [n.stage, n.label])).toEqual(STAGES.map((s) => [s.id, s.title]));
  const stageOf = new Map(doc.nodes.map((n) => [n.id, n.stage]));
  const pairs = (kind: "forward" | "feedback") =>
    doc.edges
      .filter((e) => (e.kind === "feedback") === (kind === "feedback"))
      .map((e) => `${stageOf.get(e.source)}>${stageOf.get(e.target)}`)
      .sort();
  expect(pairs("forward")).toEqual(["data>modeling", "modeling>serving", "setup>data"]);
  const loops = STAGE_IDS.flatMap((later) =>
    STAGE_IDS.filter((earlier) => compareStages(earlier, later) < 0).map((earlier) => `${later}>${earlier}`),
  );
  expect(pairs("feedback")).toEqual(loops.sort());
  expect(loops).toHaveLength(6);
  expect(doc.notes.length).toBeGreaterThanOrEqual(4);
});
