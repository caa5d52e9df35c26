import { layout } from "@mlsd/layout";
import { sceneQuality } from "@mlsd/layout/testing";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../scripts/documents.mjs";

// Quality budgets of the default ("rows", fitted to a screen) layout of every catalogue design:
// a routing or layout change that makes one of them worse fails here. Lower a budget when a
// change improves a design; never raise one without saying why in the commit.

/** Crossings of each design's fresh "rows" layout, as measured when the budget was set (92 in all). */
const CROSSINGS: Record<string, number> = {
  "project-flow": 0,
  "airbnb-experiences-ranking": 7,
  "airbnb-home-value": 5,
  "booking-150-models": 6,
  "chicisimo-fashion": 8,
  "dropbox-ocr": 2,
  "instacart-groceries": 8,
  "lyft-fraud": 9,
  "netflix-dl-recsys": 7,
  "netflix-reliable-ml": 6,
  "netflix-streaming-quality": 16,
  "uber-big-data": 5,
  "uber-michelangelo": 10,
  "airbnb-top-listings": 0,
  autocompletion: 0,
  "birthday-estimation": 0,
  "checkout-time": 0,
  "cifar10-out-of-distribution": 0,
  "credit-card-fraud": 0,
  "document-qa": 0,
  "duolingo-story-difficulty": 1,
  "ecommerce-replacements": 0,
  "fake-high-schools": 0,
  "hotel-booking-chatbot": 1,
  "house-price-investment": 0,
  "image-search": 0,
  "jaguar-disambiguation": 0,
  "language-id": 0,
  "next-app-prediction": 0,
  "nickname-mapping": 0,
  "pool-rider-matching": 0,
  "portfolio-rebalancing": 0,
  "quora-answer-ranking": 0,
  "related-searches": 0,
  "shape-recognition": 1,
  "show-abandonment": 0,
  "similar-questions": 0,
  "trending-hashtags": 0,
  "trigger-word": 0,
  "twitter-who-to-follow": 0,
};

const designs = readDocuments().filter((i) => !i.file.startsWith("references"));

it("budgets every catalogue design (40: the project flow, 12 case studies, 27 exercises)", () => {
  expect(designs.map((i) => i.document.id).sort()).toEqual(Object.keys(CROSSINGS).sort());
});

// Each layout routes every edge on a grid: seconds on a busy 2-core machine.
describe.each(designs.map((i) => [i.document.id, i.document] as const))("the rows layout of %s", { timeout: 120_000 }, (id, doc) => {
  it("keeps its budgets: crossings, width:height, no label on a part or a label, no edge through a part", async () => {
    const q = sceneQuality(await layout(doc, { direction: "rows" }));
    expect(q.labelCollisions).toBe(0);
    expect(q.edgesThroughBoxes).toBe(0);
    expect(q.crossings).toBeLessThanOrEqual(CROSSINGS[id] ?? 0);
    expect(q.aspect).toBeGreaterThanOrEqual(0.5);
    expect(q.aspect).toBeLessThanOrEqual(2.5);
  });
});
