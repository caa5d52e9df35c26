import { describe, expect, it } from "vitest";
import { describeRequirement } from "./describe.js";
import { parseRubric, type Requirement } from "./rubric.js";

const item = (requirement: unknown, extra: Record<string, unknown> = {}) => ({
  id: "item",
  title: "An item",
  why: "Because it matters.",
  points: 2,
  requirement,
  ...extra,
});

const problems = (input: unknown) => {
  const result = parseRubric(input);
  return result.ok ? [] : result.error.problems;
};

describe("parseRubric", () => {
  it("accepts every requirement type, nested alternatives included", () => {
    const rubric = {
      items: [
        item({ type: "stages" }, { id: "stages" }),
        item({ type: "node", match: { kinds: ["monitoring"], stages: ["serving"] } }, { id: "monitoring" }),
        item(
          {
            type: "any",
            of: [
              { type: "node", match: { kinds: ["feature-store", "feature-pipeline"] } },
              { type: "path", from: { kinds: ["dataset"] }, to: { kinds: ["online-service"] }, edgeKinds: ["data"], direct: true },
            ],
          },
          { id: "features" },
        ),
        item({ type: "loop", from: { kinds: ["monitoring"] }, to: { stages: ["data", "modeling"] }, min: 2 }, { id: "loops" }),
        item({ type: "review", severities: ["error", "warning"], costPerFinding: 1 }, { id: "review" }),
        item(
          { type: "all", of: [{ type: "node", match: { kinds: ["online-service"], props: { latencyMs: { max: 100 } } } }] },
          { id: "latency" },
        ),
      ],
    };
    const result = parseRubric(rubric);
    expect(result.ok ? result.value.items.map((i) => i.id) : result.error.problems).toEqual([
      "stages",
      "monitoring",
      "features",
      "loops",
      "review",
      "latency",
    ]);
  });

  it("names the path and the problem of a bad field", () => {
    expect(problems({ items: [item({ type: "node", match: { kinds: ["monitor"] } })] })).toEqual([
      { path: "items[0].requirement.match.kinds[0]", message: expect.stringMatching(/^expected one of .*"monitoring".*, got "monitor"$/) },
    ]);
    expect(problems({ items: [item({ type: "loops" })] })).toEqual([
      { path: "items[0].requirement.type", message: 'unknown type "loops"' },
    ]);
    expect(problems({ items: [item({ type: "stages" }, { points: "two" })] })).toEqual([
      { path: "items[0].points", message: 'expected a number, got "two"' },
    ]);
    expect(problems({ items: [] })).toEqual([{ path: "items", message: "expected at least 1, got an array" }]);
    expect(problems("rubric")).toEqual([{ path: "", message: 'expected an object, got "rubric"' }]);
  });

  it("refuses properties no listed kind has, bounds on text, bad patterns and reused ids", () => {
    const bad = {
      items: [
        item({ type: "node", match: { kinds: ["online-service"], props: { latencyMS: { max: 100 } } } }),
        item({ type: "node", match: { kinds: ["labeling"], props: { delay: { min: 1 }, source: { matches: "(" } } } }),
        item({ type: "path", from: { label: "[a-" }, to: { kinds: ["model"] } }, { id: "path" }),
        item({ type: "stages" }, { id: "path" }),
        item({ type: "node", match: { kinds: ["constraint"], props: { latencyMs: { min: 5, max: 1 } } } }, { id: "range" }),
        item(
          { type: "path", from: { kinds: ["model"] }, to: { kinds: ["online-service"] }, through: { kinds: ["evaluation"] }, direct: true },
          { id: "direct" },
        ),
        item({ type: "any", of: [{ type: "loop", to: { kinds: ["dataset"], props: { nope: { present: true } } } }] }, { id: "nested" }),
      ],
    };
    expect(problems(bad)).toEqual([
      { path: "items[0].requirement.match.props.latencyMS", message: 'no kind online-service has a property "latencyMS"' },
      { path: "items[1].id", message: '"item" is already the id of items[0]' },
      { path: "items[1].requirement.match.props.delay.min", message: '"delay" is not a number property' },
      { path: "items[1].requirement.match.props.source.matches", message: expect.stringMatching(/^not a valid regular expression/) },
      { path: "items[2].requirement.from.label", message: expect.stringMatching(/^not a valid regular expression/) },
      { path: "items[3].id", message: '"path" is already the id of items[2]' },
      { path: "items[4].requirement.match.props.latencyMs.min", message: "min 5 is above max 1" },
      { path: "items[5].requirement.through", message: "a direct path (one edge) cannot pass through a third node" },
      { path: "items[6].requirement.of[0].to.props.nope", message: 'no kind dataset has a property "nope"' },
    ]);
  });

  it("refuses an empty property test and free-text note nodes, and never throws on hostile nesting", () => {
    expect(problems({ items: [item({ type: "node", match: { props: { latencyMs: {} } } })] })).toEqual([
      { path: "items[0].requirement.match.props.latencyMs", message: expect.stringContaining("at least one of present") },
    ]);
    expect(problems({ items: [item({ type: "node", match: { kinds: ["note"] } })] })[0]?.path).toBe("items[0].requirement.match.kinds[0]");
    let deep: unknown = { type: "stages" };
    for (let i = 0; i < 20_000; i++) deep = { type: "all", of: [deep] };
    const result = parseRubric({ items: [item(deep)] });
    expect(result.ok).toBe(false);
  });
});

describe("describeRequirement", () => {
  it("says in words what satisfies each requirement type", () => {
    const say = (r: Requirement) => describeRequirement(r);
    expect(say({ type: "stages" })).toBe("a node in every stage");
    expect(say({ type: "node", match: { kinds: ["online-service"], props: { latencyMs: { max: 200 } } } })).toBe(
      "an Online prediction service node with latencyMs ≤ 200",
    );
    expect(
      say({
        type: "path",
        from: { kinds: ["model"] },
        to: { kinds: ["online-service", "batch-prediction"] },
        through: { kinds: ["evaluation"], props: { gate: { equals: true } } },
      }),
    ).toBe("a path from a Model node to an Online prediction service or Batch prediction node through an Evaluation node with gate = true");
    expect(say({ type: "loop", from: { kinds: ["monitoring"], name: "monitoring" }, to: { stages: ["data", "modeling"] } })).toBe(
      "a feedback edge from monitoring (a Monitoring node) or a part after it, back to a node in Data pipeline or Modeling",
    );
    expect(say({ type: "review", costPerFinding: 1 })).toBe("no unsuppressed review error findings, each costing 1 point");
    expect(
      say({
        type: "any",
        of: [
          { type: "stages", stages: ["serving"] },
          { type: "node", match: { kinds: ["dataset"] }, min: 2 },
        ],
      }),
    ).toBe("any of: (1) a node in each of Serving (2) at least 2 × a Dataset node");
  });
});
